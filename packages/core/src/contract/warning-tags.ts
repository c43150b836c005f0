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

/** A known warning tag. */
export type WarningTag = (typeof WARNING_TAGS)[number];

export function isKnownWarningTag(tag: unknown): tag is WarningTag {
  return typeof tag === 'string' && (WARNING_TAGS as readonly string[]).includes(tag);
}

/** The three `log_type` values of a warning. */
export const WARNING_LOG_TYPES = ['information', 'warning', 'error'] as const;
export type WarningLogType = (typeof WARNING_LOG_TYPES)[number];
