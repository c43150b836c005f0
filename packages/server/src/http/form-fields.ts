import { MAX_IMAGE_BYTES, sniffImageType, type ImageType } from '@liveness-kit/core';
import { HttpProblem, type ProblemCode } from './problem.js';

/** An uploaded image that passed the contract's checks: not empty, at most 5 MB, a sniffed type. */
export interface UploadedImage {
  bytes: Uint8Array;
  type: ImageType;
}

/** Refuses a form that sends one of `names` more than once (which value would count is ambiguous). */
export function rejectDuplicateFields(form: FormData, names: Iterable<string>): void {
  for (const name of names) {
    if (form.getAll(name).length > 1) {
      throw new HttpProblem(400, 'DUPLICATE_FIELD', `The field "${name}" was sent more than once.`);
    }
  }
}

/**
 * The image file in the multipart field `field` (`what` says what it holds, e.g. "the selfie"),
 * checked by the contract's rules, each problem naming the field: missing or text → 400
 * `MISSING_IMAGE`, empty → 400 `INVALID_IMAGE`, over 5 MB → 413 `FILE_TOO_LARGE`, bytes that are
 * not JPEG, PNG, WebP or TIFF (whatever its declared type) → 415 `UNSUPPORTED_MEDIA_TYPE`.
 */
export async function readImageField(form: FormData, field: string, what: string): Promise<UploadedImage> {
  const file = form.get(field);
  if (file === null) {
    throw new HttpProblem(400, 'MISSING_IMAGE', `The multipart field "${field}" (${what}) is required.`);
  }
  if (typeof file === 'string') {
    throw new HttpProblem(
      400,
      'MISSING_IMAGE',
      `The field "${field}" (${what}) must be a file, not a text value.`,
    );
  }
  if (file.size === 0) {
    throw new HttpProblem(400, 'INVALID_IMAGE', `The image in "${field}" (${what}) is empty.`);
  }
  if (file.size > MAX_IMAGE_BYTES) {
    throw new HttpProblem(
      413,
      'FILE_TOO_LARGE',
      `The image in "${field}" (${what}) is larger than the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImageType(bytes);
  if (!type) {
    throw new HttpProblem(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `The image in "${field}" (${what}) must be a JPEG, PNG, WebP or TIFF file (decided from its bytes).`,
    );
  }
  return { bytes, type };
}

/** The form fields of a request's text options, by option, and each option's problem code. */
export interface TextOptionFields<K extends string> {
  names: Readonly<Record<K, string>>;
  codes: Readonly<Record<K, ProblemCode>>;
}

/** The text of each option's field that was sent; a file where text belongs is that option's problem. */
export function readTextFields<K extends string>(
  form: FormData,
  { names, codes }: TextOptionFields<K>,
): Partial<Record<K, string>> {
  const texts: Partial<Record<K, string>> = {};
  for (const option of Object.keys(codes) as K[]) {
    const value = form.get(names[option]);
    if (value === null) continue;
    if (typeof value !== 'string') {
      throw new HttpProblem(400, codes[option], `"${names[option]}" must be a text field, not a file.`);
    }
    texts[option] = value;
  }
  return texts;
}

/** What a core option check (`checkRequestOptions`, `checkFaceMatchRequestOptions`) answers. */
export type OptionsCheck<K extends string, T> =
  { success: true; data: T } | { success: false; option: K; message: string };

/** The checked options, or a 400 with the bad option's code, naming its field and what is wrong. */
export function checkedOptions<K extends string, T>(
  check: OptionsCheck<K, T>,
  fields: TextOptionFields<K>,
): T {
  if (check.success) return check.data;
  throw new HttpProblem(
    400,
    fields.codes[check.option],
    `"${fields.names[check.option]}" is invalid: ${check.message}.`,
  );
}

/** The options every upload shares (flags, vendor data, metadata), with the contract's defaults. */
export interface CommonUploadOptions {
  rotateImage?: boolean;
  saveApiRequest?: boolean;
  vendorData?: string;
  metadata?: Record<string, unknown> | string;
}

/** An engine request's common part: `rotate_image` false and `save_api_request` true unless sent. */
export function commonEngineFields(options: CommonUploadOptions): {
  rotateImage: boolean;
  saveApiRequest: boolean;
  vendorData?: string;
  metadata?: string;
} {
  return {
    rotateImage: options.rotateImage ?? false,
    saveApiRequest: options.saveApiRequest ?? true,
    ...(options.vendorData !== undefined && { vendorData: options.vendorData }),
    // A form's metadata is text (JSON), and stays so.
    ...(typeof options.metadata === 'string' && { metadata: options.metadata }),
  };
}
