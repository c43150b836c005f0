import { sniffImageType } from '@liveness-kit/core';
import type { EngineRequest } from '../engine/engine.js';
import { HttpProblem } from './problem.js';

/** The contract's upload limit. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Longest `vendor_data` accepted. */
export const MAX_VENDOR_DATA_LENGTH = 1024;
/** Longest `metadata` JSON accepted. */
export const MAX_METADATA_LENGTH = 16 * 1024;

const KNOWN_FIELDS = new Set([
  'user_image',
  'face_liveness_score_decline_threshold',
  'rotate_image',
  'save_api_request',
  'vendor_data',
  'metadata',
]);

/**
 * Validates the contract's multipart fields and returns what an engine needs. Throws an
 * `HttpProblem` (400/413/415) for anything that is not a valid request; unknown fields are ignored.
 */
export async function parseLivenessForm(form: FormData): Promise<EngineRequest> {
  for (const name of KNOWN_FIELDS) {
    if (form.getAll(name).length > 1) {
      throw new HttpProblem(400, 'DUPLICATE_FIELD', `The field "${name}" was sent more than once.`);
    }
  }

  const file = form.get('user_image');
  if (file === null) {
    throw new HttpProblem(
      400,
      'MISSING_IMAGE',
      'The multipart field "user_image" (the face image) is required.',
    );
  }
  if (typeof file === 'string') {
    throw new HttpProblem(400, 'MISSING_IMAGE', 'The field "user_image" must be a file, not a text value.');
  }
  if (file.size === 0) {
    throw new HttpProblem(400, 'INVALID_IMAGE', 'The uploaded image is empty.');
  }
  if (file.size > MAX_IMAGE_BYTES) {
    throw new HttpProblem(413, 'FILE_TOO_LARGE', 'The image is larger than the 5 MB limit.');
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

  const request: EngineRequest = {
    image,
    imageType,
    rotateImage: parseBoolean(form, 'rotate_image') ?? false,
    saveApiRequest: parseBoolean(form, 'save_api_request') ?? true,
  };

  const threshold = text(form, 'face_liveness_score_decline_threshold');
  if (threshold !== undefined) request.threshold = parseThreshold(threshold);

  const vendorData = text(form, 'vendor_data');
  if (vendorData !== undefined) {
    if (vendorData.length > MAX_VENDOR_DATA_LENGTH) {
      throw new HttpProblem(
        400,
        'INVALID_VENDOR_DATA',
        `"vendor_data" is longer than ${MAX_VENDOR_DATA_LENGTH} characters.`,
      );
    }
    request.vendorData = vendorData;
  }

  const metadata = text(form, 'metadata');
  if (metadata !== undefined) {
    if (metadata.length > MAX_METADATA_LENGTH) {
      throw new HttpProblem(
        400,
        'INVALID_METADATA',
        `"metadata" is longer than ${MAX_METADATA_LENGTH} characters.`,
      );
    }
    try {
      JSON.parse(metadata);
    } catch {
      throw new HttpProblem(400, 'INVALID_METADATA', '"metadata" must be a JSON string.');
    }
    request.metadata = metadata;
  }
  return request;
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (value === null) return undefined;
  if (typeof value !== 'string') {
    throw new HttpProblem(
      400,
      name === 'metadata' ? 'INVALID_METADATA' : codeFor(name),
      `"${name}" must be a text field, not a file.`,
    );
  }
  return value;
}

function codeFor(name: string) {
  if (name === 'face_liveness_score_decline_threshold') return 'INVALID_THRESHOLD' as const;
  if (name === 'vendor_data') return 'INVALID_VENDOR_DATA' as const;
  return 'INVALID_BOOLEAN' as const;
}

function parseBoolean(form: FormData, name: string): boolean | undefined {
  const value = text(form, name);
  if (value === undefined) return undefined;
  const normalised = value.trim().toLowerCase();
  if (normalised === 'true') return true;
  if (normalised === 'false') return false;
  throw new HttpProblem(400, 'INVALID_BOOLEAN', `"${name}" must be "true" or "false".`);
}

function parseThreshold(value: string): number {
  const trimmed = value.trim();
  // Number('') is 0 and Number('0x10') is 16: accept plain decimal numbers only.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
    throw new HttpProblem(
      400,
      'INVALID_THRESHOLD',
      '"face_liveness_score_decline_threshold" must be a number from 0 to 100.',
    );
  }
  const n = Number(trimmed);
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    throw new HttpProblem(
      400,
      'INVALID_THRESHOLD',
      '"face_liveness_score_decline_threshold" must be a number from 0 to 100.',
    );
  }
  return n;
}
