import * as z from 'zod/mini';
import {
  LIVENESS_STATUSES,
  userImageOrEmptySchema,
  warningsOrEmptySchema,
  type LivenessUserImage,
  type LivenessWarning,
} from './liveness-response.js';
import { nullableScore, nullableString, parseResponseWith } from './schema-parts.js';

/**
 * The outcome of a face match: the standalone endpoint answers `Approved` or `Declined` (an older
 * page says `Rejected`, read as `Declined`); Didit's workflows also use `In Review` and
 * `Not Finished`, tolerated as in the liveness result. The same statuses as a liveness check.
 */
export const FACE_MATCH_STATUSES = LIVENESS_STATUSES;
export type FaceMatchStatus = (typeof FACE_MATCH_STATUSES)[number];

/** The face-match block of the result. */
export interface FaceMatchResult {
  /** Approved when `score` is strictly above the decline threshold and there is no warning. */
  status: FaceMatchStatus;
  /**
   * Similarity 0-100 (higher is more alike; may be a float); `null` when no pair of faces could be
   * scored (Didit sends `0` instead when the call is not saved).
   */
  score: number | null;
  /** The faces found in the selfie (`user_image`); no faces when missing. */
  user_image: LivenessUserImage;
  /** The faces found in the reference photo (`ref_image`); no faces when missing. */
  ref_image: LivenessUserImage;
  /** Empty when there is none (normalised from a missing or `null` value). Unknown tags are kept. */
  warnings: LivenessWarning[];
}

/**
 * The 200 body of `POST /v3/face-match/`, in the wire's own (snake_case) shape. Fields a newer
 * server adds are kept on the parsed object even though this type does not name them.
 */
export interface FaceMatchResponse {
  request_id: string;
  face_match: FaceMatchResult;
  /** ISO 8601 time of the match; `null` when missing. */
  created_at: string | null;
  /** The caller's `vendor_data`, echoed back (where Didit puts it: unconfirmed, read at the top level). */
  vendor_data?: string | null;
  /** The caller's `metadata`, echoed back (an object, or the string as sent). */
  metadata?: unknown;
}

/** The statuses a body may carry: {@link FACE_MATCH_STATUSES} and the older page's `Rejected`. */
const WIRE_STATUSES = [...FACE_MATCH_STATUSES, 'Rejected'] as const;

const faceMatchStatusSchema = z.pipe(
  z.enum(WIRE_STATUSES),
  z.transform((status: (typeof WIRE_STATUSES)[number]): FaceMatchStatus =>
    status === 'Rejected' ? 'Declined' : status,
  ),
);

export const faceMatchResultSchema = z.looseObject({
  status: faceMatchStatusSchema,
  score: nullableScore,
  user_image: userImageOrEmptySchema,
  ref_image: userImageOrEmptySchema,
  warnings: warningsOrEmptySchema,
});

/** The zod (`zod/mini`) schema of the 200 body; {@link parseFaceMatchResponse} wraps it. */
export const faceMatchResponseSchema = z.looseObject({
  request_id: z.string(),
  face_match: faceMatchResultSchema,
  created_at: nullableString,
  vendor_data: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.unknown()),
});

/**
 * Validates a face-match 200 body (already `JSON.parse`d) as tolerantly as
 * `parseLivenessResponse`: extra fields and unknown warning tags are kept, `Rejected` becomes
 * `Declined`, and missing or `null` optional parts are normalised (`warnings: []`, `score: null`,
 * images without faces). Only `request_id` and a known `face_match.status` are required; every
 * field present must have its documented type.
 *
 * @throws LivenessError `INVALID_RESPONSE` (with `detail` naming the first problems) otherwise.
 */
export function parseFaceMatchResponse(json: unknown): FaceMatchResponse {
  return parseResponseWith<FaceMatchResponse>(faceMatchResponseSchema, json);
}
