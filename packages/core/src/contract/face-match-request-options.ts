import * as z from 'zod/mini';
import {
  checkOptionsWith,
  isLivenessThreshold,
  LIVENESS_THRESHOLD_RANGE,
  requestOptionsShape,
  validateOptionsWith,
  type RequestOptionsCheck,
  type SharedRequestOptions,
} from './request-options.js';

/** The multipart field names of `POST /v3/face-match/`. */
export const FACE_MATCH_FORM_FIELDS = {
  userImage: 'user_image',
  refImage: 'ref_image',
  threshold: 'face_match_score_decline_threshold',
  rotateImage: 'rotate_image',
  saveApiRequest: 'save_api_request',
  vendorData: 'vendor_data',
  metadata: 'metadata',
} as const;

/** The server's `face_match_score_decline_threshold` when none is sent (lenient; 50-60 is stricter). */
export const DEFAULT_FACE_MATCH_THRESHOLD = 30;

/**
 * The range of `face_match_score_decline_threshold` (floats allowed, both ends included): the same
 * 0-100 as the liveness threshold, and checked by the same rule.
 */
export const FACE_MATCH_THRESHOLD_RANGE = LIVENESS_THRESHOLD_RANGE;

/** The optional parameters of a face match (everything but the two images). Leave a field out to not send it. */
export interface FaceMatchRequestOptions extends SharedRequestOptions {
  /**
   * `face_match_score_decline_threshold`, 0-100 (floats allowed; the server's default is
   * {@link DEFAULT_FACE_MATCH_THRESHOLD}): Approved when the similarity score is strictly above it,
   * Declined (`LOW_FACE_MATCH_SIMILARITY`) when at or below it.
   */
  threshold?: number;
}

/** The zod (`zod/mini`) schema of {@link FaceMatchRequestOptions}; unknown keys are ignored. */
export const faceMatchRequestOptionsSchema = z.object(requestOptionsShape);

/** True for a threshold the contract accepts: a finite number in {@link FACE_MATCH_THRESHOLD_RANGE}. */
export function isFaceMatchThreshold(value: unknown): value is number {
  return isLivenessThreshold(value);
}

/**
 * {@link validateFaceMatchRequestOptions} without throwing, naming the first bad option (for callers
 * that answer each option with an error of their own, like the server's form parser).
 */
export function checkFaceMatchRequestOptions(options: unknown): RequestOptionsCheck<FaceMatchRequestOptions> {
  return checkOptionsWith<FaceMatchRequestOptions>(faceMatchRequestOptionsSchema, options);
}

/**
 * Checks face-match options before anything is sent, by the same rules as the liveness options.
 *
 * @throws LivenessError `INVALID_OPTIONS` (never retryable, no `status`) naming each bad field.
 */
export function validateFaceMatchRequestOptions(options: FaceMatchRequestOptions): FaceMatchRequestOptions {
  return validateOptionsWith<FaceMatchRequestOptions>(faceMatchRequestOptionsSchema, options);
}
