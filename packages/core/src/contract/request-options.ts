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

/** The range of `face_liveness_score_decline_threshold` (floats allowed, both ends included). */
export const LIVENESS_THRESHOLD_RANGE = Object.freeze({ min: 0, max: 100 });

/** Longest `vendor_data` accepted, in characters. */
export const MAX_VENDOR_DATA_LENGTH = 1024;

/** Longest `metadata` accepted, in characters of its JSON text. */
export const MAX_METADATA_LENGTH = 16 * 1024;

/**
 * The optional parameters both checks (passive liveness and face match) take besides their decline
 * threshold. Leave a field out to not send it.
 */
export interface SharedRequestOptions {
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

/** The optional parameters of a check (everything but the image). Leave a field out to not send it. */
export interface LivenessRequestOptions extends SharedRequestOptions {
  /** `face_liveness_score_decline_threshold`: decline below this score, 0-100 (floats allowed). */
  threshold?: number;
}

function isJsonText(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** The length of `value`'s JSON text; `undefined` when it has none (a cycle, a bigint). */
function jsonLength(value: unknown): number | undefined {
  try {
    const json: unknown = JSON.stringify(value);
    return typeof json === 'string' ? json.length : undefined;
  } catch {
    return undefined;
  }
}

const { min, max } = LIVENESS_THRESHOLD_RANGE;
const thresholdSchema = z
  .number('threshold must be a finite number')
  .check(
    z.gte(min, `threshold must be between ${min} and ${max}`),
    z.lte(max, `threshold must be between ${min} and ${max}`),
  );

const metadataTooLong = `metadata must be at most ${MAX_METADATA_LENGTH} characters as JSON`;

/**
 * The zod (`zod/mini`) schema of each option, shared by the liveness and the face-match options
 * (their thresholds have the same 0-100 range).
 */
export const requestOptionsShape = {
  threshold: z.optional(thresholdSchema),
  rotateImage: z.optional(z.boolean('rotateImage must be a boolean')),
  saveApiRequest: z.optional(z.boolean('saveApiRequest must be a boolean')),
  vendorData: z.optional(
    z
      .string('vendorData must be a string')
      .check(
        z.maxLength(
          MAX_VENDOR_DATA_LENGTH,
          `vendorData must be at most ${MAX_VENDOR_DATA_LENGTH} characters`,
        ),
      ),
  ),
  metadata: z.optional(
    z.union(
      [
        z
          .string()
          .check(
            z.refine(isJsonText, 'metadata must be JSON text when given as a string'),
            z.maxLength(MAX_METADATA_LENGTH, metadataTooLong),
          ),
        z.record(z.string(), z.unknown()).check(
          z.refine((value) => jsonLength(value) !== undefined, 'metadata must be JSON-serialisable'),
          z.refine((value) => (jsonLength(value) ?? 0) <= MAX_METADATA_LENGTH, metadataTooLong),
        ),
      ],
      'metadata must be an object or a JSON string',
    ),
  ),
};

/** The zod (`zod/mini`) schema of {@link LivenessRequestOptions}; unknown keys are ignored. */
export const livenessRequestOptionsSchema = z.object(requestOptionsShape);

/** True for a decline threshold the contract accepts: a finite number in {@link LIVENESS_THRESHOLD_RANGE}. */
export function isLivenessThreshold(value: unknown): value is number {
  return thresholdSchema.safeParse(value).success;
}

/** What is wrong with request options: the first bad option and why, or nothing. */
export type RequestOptionsCheck<T extends object = LivenessRequestOptions> =
  { success: true; data: T } | { success: false; option: keyof T; message: string };

/** `schema.safeParse(options)`, naming the first bad option: the body of the `check*` functions. */
export function checkOptionsWith<T extends object>(
  schema: z.ZodMiniType<T>,
  options: unknown,
): RequestOptionsCheck<T> {
  const result = schema.safeParse(options, { error: issueMessage });
  if (result.success) return { success: true, data: result.data };
  const issue = result.error.issues[0]!;
  return { success: false, option: issue.path[0] as keyof T, message: issue.message };
}

/** `schema.parse(options)`, throwing `INVALID_OPTIONS`: the body of the `validate*` functions. */
export function validateOptionsWith<T>(schema: z.ZodMiniType<T>, options: unknown): T {
  const result = schema.safeParse(options, { error: issueMessage });
  if (!result.success) {
    throw new LivenessError('INVALID_OPTIONS', { detail: describeIssues(result.error.issues) });
  }
  return result.data;
}

/**
 * {@link validateRequestOptions} without throwing, naming the first bad option (for callers that
 * answer each option with an error of their own, like the server's form parser).
 */
export function checkRequestOptions(options: unknown): RequestOptionsCheck {
  return checkOptionsWith<LivenessRequestOptions>(livenessRequestOptionsSchema, options);
}

/**
 * Checks request options before anything is sent.
 *
 * @throws LivenessError `INVALID_OPTIONS` (never retryable, no `status`) naming each bad field:
 * a threshold outside 0-100 or not a finite number, a non-boolean flag, a non-string vendor data or
 * one over {@link MAX_VENDOR_DATA_LENGTH} characters, metadata that is not an object or JSON text or
 * is over {@link MAX_METADATA_LENGTH} characters as JSON.
 */
export function validateRequestOptions(options: LivenessRequestOptions): LivenessRequestOptions {
  return validateOptionsWith<LivenessRequestOptions>(livenessRequestOptionsSchema, options);
}

/** The text sent as `metadata`: strings as they are, objects as JSON. */
export function metadataToText(metadata: Record<string, unknown> | string): string {
  return typeof metadata === 'string' ? metadata : JSON.stringify(metadata);
}
