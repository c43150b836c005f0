/**
 * Every warning tag (`risk`) the passive-liveness reference lists. A response may carry others:
 * those are kept as plain strings and described by the generic `UNKNOWN` catalogue entry.
 */
export const WARNING_TAGS = [
  'NO_FACE_DETECTED',
  'LIVENESS_FACE_ATTACK',
  'FACE_IN_BLOCKLIST',
  'POSSIBLE_FACE_IN_BLOCKLIST',
  'LOW_LIVENESS_SCORE',
  'DUPLICATED_FACE',
  'POSSIBLE_DUPLICATED_FACE',
  'MULTIPLE_FACES_DETECTED',
  'LOW_FACE_QUALITY',
  'LOW_FACE_LUMINANCE',
  'HIGH_FACE_LUMINANCE',
] as const;

/** A passive-liveness warning tag. */
export type LivenessWarningTag = (typeof WARNING_TAGS)[number];

/**
 * The warning tags `POST /v3/face-match/` can raise (the face-match module's workflow-only tags,
 * such as `FACE_MATCH_NOT_COMPUTED`, never come from this endpoint and are read as unknown).
 */
export const FACE_MATCH_WARNING_TAGS = ['NO_REFERENCE_IMAGE', 'LOW_FACE_MATCH_SIMILARITY'] as const;

/** A face-match warning tag. */
export type FaceMatchWarningTag = (typeof FACE_MATCH_WARNING_TAGS)[number];

/** A known warning tag of either endpoint: what the catalogue and the text table describe. */
export type WarningTag = LivenessWarningTag | FaceMatchWarningTag;

function isIn<T extends string>(list: readonly T[], tag: unknown): tag is T {
  return typeof tag === 'string' && (list as readonly string[]).includes(tag);
}

/** True for a tag of either endpoint ({@link WARNING_TAGS} or {@link FACE_MATCH_WARNING_TAGS}). */
export function isKnownWarningTag(tag: unknown): tag is WarningTag {
  return isKnownLivenessWarningTag(tag) || isKnownFaceMatchWarningTag(tag);
}

/** True for a passive-liveness tag ({@link WARNING_TAGS}). */
export function isKnownLivenessWarningTag(tag: unknown): tag is LivenessWarningTag {
  return isIn(WARNING_TAGS, tag);
}

/** True for a face-match tag ({@link FACE_MATCH_WARNING_TAGS}). */
export function isKnownFaceMatchWarningTag(tag: unknown): tag is FaceMatchWarningTag {
  return isIn(FACE_MATCH_WARNING_TAGS, tag);
}

/** The three `log_type` values of a warning. */
export const WARNING_LOG_TYPES = ['information', 'warning', 'error'] as const;
export type WarningLogType = (typeof WARNING_LOG_TYPES)[number];
