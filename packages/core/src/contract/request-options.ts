import * as z from 'zod/mini';
import { LivenessError } from '../errors/liveness-error.js';
import { describeIssues, issueMessage } from './describe-issues.js';

/** The multipart field names of `POST /v3/passive-liveness/`. */
export const LIVENESS_FORM_FIELDS = {
  image: 'user_image',
  threshold: 'face_liveness_score_decline_threshold',
  rotateImage: 'rotate_image',
  saveApiRequest: 'save_api_request',
  vendorData: 'vendor_data',
  metadata: 'metadata',
} as const;

/** The largest image the contract accepts (5 MB). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The optional parameters of a check (everything but the image). Leave a field out to not send it. */
export interface LivenessRequestOptions {
  /** `face_liveness_score_decline_threshold`: decline below this score, 0-100 (floats allowed). */
  threshold?: number;
  /** `rotate_image`: try 0/90/180/270 degrees to find an upright face. */
  rotateImage?: boolean;
  /** `save_api_request`: keep the result in Didit's console (the server's default is `true`). */
  saveApiRequest?: boolean;
  /** `vendor_data`: your identifier for the user or session. */
  vendorData?: string;
  /**
   * `metadata`, echoed back in the answer: a JSON-serialisable object (sent as its JSON text) or a
   * string that already holds JSON.
   */
  metadata?: Record<string, unknown> | string;
}

function isJsonText(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function isJsonSerialisable(value: unknown): boolean {
  try {
    return typeof JSON.stringify(value) === 'string';
  } catch {
    return false;
  }
}

/** The zod (`zod/mini`) schema of {@link LivenessRequestOptions}; unknown keys are ignored. */
export const livenessRequestOptionsSchema = z.object({
  threshold: z.optional(
    z
      .number('threshold must be a finite number')
      .check(
        z.gte(0, 'threshold must be between 0 and 100'),
        z.lte(100, 'threshold must be between 0 and 100'),
      ),
  ),
  rotateImage: z.optional(z.boolean('rotateImage must be a boolean')),
  saveApiRequest: z.optional(z.boolean('saveApiRequest must be a boolean')),
  vendorData: z.optional(z.string('vendorData must be a string')),
  metadata: z.optional(
    z.union(
      [
        z.string().check(z.refine(isJsonText, 'metadata must be JSON text when given as a string')),
        z
          .record(z.string(), z.unknown())
          .check(z.refine(isJsonSerialisable, 'metadata must be JSON-serialisable')),
      ],
      'metadata must be an object or a JSON string',
    ),
  ),
});

/**
 * Checks request options before anything is sent.
 *
 * @throws LivenessError `INVALID_OPTIONS` (never retryable, no `status`) naming each bad field:
 * a threshold outside 0-100 or not a finite number, a non-boolean flag, a non-string vendor data,
 * metadata that is not an object or JSON text.
 */
export function validateRequestOptions(options: LivenessRequestOptions): LivenessRequestOptions {
  const result = livenessRequestOptionsSchema.safeParse(options, { error: issueMessage });
  if (!result.success) {
    throw new LivenessError('INVALID_OPTIONS', { detail: describeIssues(result.error.issues) });
  }
  return result.data;
}

/** The text sent as `metadata`: strings as they are, objects as JSON. */
export function metadataToText(metadata: Record<string, unknown> | string): string {
  return typeof metadata === 'string' ? metadata : JSON.stringify(metadata);
}
