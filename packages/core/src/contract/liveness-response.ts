import * as z from 'zod/mini';
import { nullableNumber, nullableScore, nullableString, orElse, parseResponseWith } from './schema-parts.js';
import type { WarningLogType, WarningTag } from './warning-tags.js';

/**
 * The outcome of a check. The standalone endpoint answers `Approved` or `Declined`; Didit's
 * workflows also use `In Review` and `Not Finished`.
 */
export const LIVENESS_STATUSES = ['Approved', 'Declined', 'In Review', 'Not Finished'] as const;
export type LivenessStatus = (typeof LIVENESS_STATUSES)[number];

/** One face found in the image. */
export interface LivenessEntity {
  /** Estimated age; `null` when the server gives none. */
  age: number | null;
  /** Face box in image pixels: `[x1, y1, x2, y2]`. */
  bbox: [number, number, number, number];
  /** Face detection confidence, 0-1. */
  confidence: number;
  /** `"male"` or `"female"` (kept as sent); `null` when the server gives none. */
  gender: string | null;
  /** [docs] Present and `null` in Didit's current answers. */
  race?: unknown;
}

/** The image part of the result. */
export interface LivenessUserImage {
  /** Faces found (empty when none; normalised from a missing or `null` value). */
  entities: LivenessEntity[];
  /** The rotation (degrees) that found the face; `null` when unknown. */
  best_angle: number | null;
}

/** A warning (`risk` tag) raised by the check. */
export interface LivenessWarning {
  /** The tag. Unknown tags are kept as they are. */
  risk: WarningTag | (string & {});
  /** `information`, `warning` or `error` (severity as configured); `null` when missing. */
  log_type: WarningLogType | (string & {}) | null;
  short_description: string | null;
  long_description: string | null;
  /** [docs] e.g. `"LIVENESS"`. */
  feature?: string | null;
  /** [docs] Free-form data about the warning. */
  additional_data?: unknown;
  /** [docs] The workflow node that raised it. */
  node_id?: string | null;
}

/** The liveness block of the result. */
export interface LivenessResult {
  status: LivenessStatus;
  /** Always `"PASSIVE"` for this endpoint (assumed when missing). */
  method: string;
  /** Liveness confidence 0-100 (may be a float); `null` when there was no face. */
  score: number | null;
  user_image: LivenessUserImage;
  /** Empty when there is none (normalised from a missing or `null` value). */
  warnings: LivenessWarning[];
  /** Face image quality 0-100; `null` when there was no face. */
  face_quality: number | null;
  /** Face brightness ([docs] 0-100); `null` when there was no face. */
  face_luminance: number | null;
}

/**
 * The 200 body of `POST /v3/passive-liveness/`, in the wire's own (snake_case) shape. Fields a newer
 * server adds are kept on the parsed object even though this type does not name them.
 */
export interface LivenessResponse {
  request_id: string;
  liveness: LivenessResult;
  /** ISO 8601 time of the check; `null` when missing. */
  created_at: string | null;
  /** [docs] The caller's `vendor_data`, echoed back. */
  vendor_data?: string | null;
  /** [docs] The caller's `metadata`, echoed back (an object, or the string as sent). */
  metadata?: unknown;
}

export const livenessEntitySchema = z.looseObject({
  age: nullableNumber,
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  confidence: z.number(),
  gender: nullableString,
  race: z.optional(z.unknown()),
});

export const livenessWarningSchema = z.looseObject({
  risk: z.string(),
  log_type: nullableString,
  short_description: nullableString,
  long_description: nullableString,
  feature: z.optional(z.nullable(z.string())),
  additional_data: z.optional(z.unknown()),
  node_id: z.optional(z.nullable(z.string())),
});

export const livenessUserImageSchema = z.looseObject({
  entities: orElse(z.array(livenessEntitySchema), () => []),
  best_angle: nullableNumber,
});

/** {@link livenessUserImageSchema}, with a missing or `null` image read as one without faces. */
export const userImageOrEmptySchema = orElse<LivenessUserImage>(livenessUserImageSchema, () => ({
  entities: [],
  best_angle: null,
}));

/** A list of {@link livenessWarningSchema}, with a missing or `null` list read as empty. */
export const warningsOrEmptySchema = orElse<LivenessWarning[]>(z.array(livenessWarningSchema), () => []);

export const livenessResultSchema = z.looseObject({
  status: z.enum(LIVENESS_STATUSES),
  method: orElse(z.string(), () => 'PASSIVE'),
  score: nullableScore,
  user_image: userImageOrEmptySchema,
  warnings: warningsOrEmptySchema,
  face_quality: nullableNumber,
  face_luminance: nullableNumber,
});

/** The zod (`zod/mini`) schema of the 200 body; {@link parseLivenessResponse} wraps it. */
export const livenessResponseSchema = z.looseObject({
  request_id: z.string(),
  liveness: livenessResultSchema,
  created_at: nullableString,
  vendor_data: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.unknown()),
});

/**
 * Validates a 200 body (already `JSON.parse`d) against the contract, tolerantly: both the spec's
 * shape and Didit's newer documented one pass, extra fields are kept, unknown warning tags are
 * kept, and missing or `null` optional parts are normalised (`warnings: []`, `score: null`, ...).
 * Only what a caller cannot do without is required: `request_id`, and `liveness.status` being one
 * of {@link LIVENESS_STATUSES}; every field present must have its documented type.
 *
 * @throws LivenessError `INVALID_RESPONSE` (with `detail` naming the first problems) otherwise.
 */
export function parseLivenessResponse(json: unknown): LivenessResponse {
  return parseResponseWith<LivenessResponse>(livenessResponseSchema, json);
}
