import {
  checkRequestOptions,
  LIVENESS_FORM_FIELDS,
  MAX_IMAGE_BYTES,
  optionsFromFormText,
  sniffImageType,
  type LivenessFormText,
  type LivenessRequestOptions,
} from '@liveness-kit/core';
import type { EngineRequest } from '../engine/engine.js';
import { HttpProblem, type ProblemCode } from './problem.js';

/** The contract's upload limit (core's). */
export { MAX_IMAGE_BYTES } from '@liveness-kit/core';

type TextOption = keyof LivenessRequestOptions;

/** The problem code of each text option; which values are valid is core's rule (`checkRequestOptions`). */
const OPTION_CODES: Record<TextOption, ProblemCode> = {
  threshold: 'INVALID_THRESHOLD',
  rotateImage: 'INVALID_BOOLEAN',
  saveApiRequest: 'INVALID_BOOLEAN',
  vendorData: 'INVALID_VENDOR_DATA',
  metadata: 'INVALID_METADATA',
};

const TEXT_OPTIONS = Object.keys(OPTION_CODES) as TextOption[];

/**
 * Validates the contract's multipart fields (core's `LIVENESS_FORM_FIELDS`, `MAX_IMAGE_BYTES` and
 * `checkRequestOptions`) and returns what an engine needs. Throws an `HttpProblem` (400/413/415)
 * for anything that is not a valid request; unknown fields are ignored.
 */
export async function parseLivenessForm(form: FormData): Promise<EngineRequest> {
  for (const name of Object.values(LIVENESS_FORM_FIELDS)) {
    if (form.getAll(name).length > 1) {
      throw new HttpProblem(400, 'DUPLICATE_FIELD', `The field "${name}" was sent more than once.`);
    }
  }

  const imageField = LIVENESS_FORM_FIELDS.image;
  const file = form.get(imageField);
  if (file === null) {
    throw new HttpProblem(
      400,
      'MISSING_IMAGE',
      `The multipart field "${imageField}" (the face image) is required.`,
    );
  }
  if (typeof file === 'string') {
    throw new HttpProblem(
      400,
      'MISSING_IMAGE',
      `The field "${imageField}" must be a file, not a text value.`,
    );
  }
  if (file.size === 0) {
    throw new HttpProblem(400, 'INVALID_IMAGE', 'The uploaded image is empty.');
  }
  if (file.size > MAX_IMAGE_BYTES) {
    throw new HttpProblem(
      413,
      'FILE_TOO_LARGE',
      `The image is larger than the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit.`,
    );
  }
  const image = new Uint8Array(await file.arrayBuffer());
  const imageType = sniffImageType(image);
  if (!imageType) {
    throw new HttpProblem(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The image must be a JPEG, PNG, WebP or TIFF file (decided from its bytes).',
    );
  }

  const texts: LivenessFormText = {};
  for (const option of TEXT_OPTIONS) {
    const value = text(form, option);
    if (value !== undefined) texts[option] = value;
  }
  const checked = checkRequestOptions(optionsFromFormText(texts));
  if (!checked.success) {
    throw new HttpProblem(
      400,
      OPTION_CODES[checked.option],
      `"${LIVENESS_FORM_FIELDS[checked.option]}" is invalid: ${checked.message}.`,
    );
  }
  const options = checked.data;
  const request: EngineRequest = {
    image,
    imageType,
    rotateImage: options.rotateImage ?? false,
    saveApiRequest: options.saveApiRequest ?? true,
  };
  if (options.threshold !== undefined) request.threshold = options.threshold;
  if (options.vendorData !== undefined) request.vendorData = options.vendorData;
  // A form's metadata is text (JSON), and stays so.
  if (typeof options.metadata === 'string') request.metadata = options.metadata;
  return request;
}

/** The text of an option's field; a file where text belongs is that option's problem. */
function text(form: FormData, option: TextOption): string | undefined {
  const name = LIVENESS_FORM_FIELDS[option];
  const value = form.get(name);
  if (value === null) return undefined;
  if (typeof value !== 'string') {
    throw new HttpProblem(400, OPTION_CODES[option], `"${name}" must be a text field, not a file.`);
  }
  return value;
}
