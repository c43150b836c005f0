import type { CoreTextKey } from '../text/en.js';
import type { LivenessWarning } from './liveness-response.js';
import { isKnownWarningTag, type WarningLogType, type WarningTag } from './warning-tags.js';

/**
 * What a warning does to the outcome: `decline` (log_type `error`), `review` (log_type `warning`:
 * reported, does not decline the standalone check) or `info` (log_type `information`).
 */
export type WarningSeverity = 'decline' | 'review' | 'info';

/**
 * What a warning is about: the photo itself (`capture-quality`, a retake with better framing or
 * light helps; for a face match, no face found in one of the two photos), the liveness `score`,
 * the face-match similarity (`match`: the two photos do not look like the same person), who the
 * face belongs to (`identity`: blocklists, duplicates), or a presentation attack (`fraud`).
 * `unknown` for tags this version does not know.
 */
export type WarningKind = 'capture-quality' | 'score' | 'match' | 'identity' | 'fraud' | 'unknown';

export interface WarningCatalogueEntry {
  tag: WarningTag | 'UNKNOWN';
  /** The severity when nothing else says otherwise (the local engine's default). */
  severity: WarningSeverity;
  kind: WarningKind;
  /** Whether taking the photo again can clear this warning. */
  retakeHelps: boolean;
  /**
   * True for fraud, blocklist and duplicate tags: the user text is neutral and never explains what
   * was detected or how to pass.
   */
  neutral: boolean;
  /** The retake prompt's title and advice in the text table. */
  titleKey: CoreTextKey;
  adviceKey: CoreTextKey;
  /** `log_type` for {@link severity}. */
  logType: WarningLogType;
  /** Server-side texts the local engine puts in `short_description` / `long_description`. */
  shortDescription: string;
  longDescription: string;
}

const LOG_TYPES: Record<WarningSeverity, WarningLogType> = {
  decline: 'error',
  review: 'warning',
  info: 'information',
};

/** The `log_type` that goes with a severity (decline → error, review → warning, info → information). */
export function logTypeForSeverity(severity: WarningSeverity): WarningLogType {
  return LOG_TYPES[severity];
}

/** The severity a `log_type` stands for; `undefined` for a missing or unknown one. */
export function severityForLogType(logType: string | null | undefined): WarningSeverity | undefined {
  switch (logType) {
    case 'error':
      return 'decline';
    case 'warning':
      return 'review';
    case 'information':
      return 'info';
    default:
      return undefined;
  }
}

type EntryInput = Omit<WarningCatalogueEntry, 'tag' | 'titleKey' | 'adviceKey' | 'logType'>;

function entry<T extends WarningTag | 'UNKNOWN'>(tag: T, input: EntryInput): WarningCatalogueEntry {
  return {
    tag,
    ...input,
    titleKey: `warning.${tag}.title`,
    adviceKey: `warning.${tag}.advice`,
    logType: LOG_TYPES[input.severity],
  };
}

/**
 * Every warning tag of the two references (passive liveness, then face match) with its default
 * severity, kind, retake decision, text keys and server-side descriptions. NO_FACE_DETECTED, LIVENESS_FACE_ATTACK, FACE_IN_BLOCKLIST and
 * POSSIBLE_FACE_IN_BLOCKLIST always decline; MULTIPLE_FACES_DETECTED is reported without declining;
 * the duplicate-face tags are information only; the score, quality and luminance tags decline by
 * default (their severity is configurable on the server).
 *
 * Retakes: a presentation attack may be a false positive on a poor photo, so a retake is allowed
 * but its text stays neutral; a blocklist match does not change with a new photo, so no retake.
 *
 * Face match: both tags always decline on the standalone endpoint, and both can be cleared by new
 * photos: NO_REFERENCE_IMAGE (no face found in one of the two images: a clearer ID photo or selfie)
 * and LOW_FACE_MATCH_SIMILARITY (score at or below the decline threshold: a new selfie or a
 * clearer ID photo; a different person stays declined).
 */
export const WARNING_CATALOGUE: Readonly<Record<WarningTag, WarningCatalogueEntry>> = {
  NO_FACE_DETECTED: entry('NO_FACE_DETECTED', {
    severity: 'decline',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'No face detected',
    longDescription: 'No face was detected in the image, so liveness could not be checked.',
  }),
  LIVENESS_FACE_ATTACK: entry('LIVENESS_FACE_ATTACK', {
    severity: 'decline',
    kind: 'fraud',
    retakeHelps: true,
    neutral: true,
    shortDescription: 'Possible presentation attack',
    longDescription:
      'The image shows signs of a presentation attack, such as a printed photo, a screen replay or a mask.',
  }),
  FACE_IN_BLOCKLIST: entry('FACE_IN_BLOCKLIST', {
    severity: 'decline',
    kind: 'identity',
    retakeHelps: false,
    neutral: true,
    shortDescription: 'Face in blocklist',
    longDescription: 'The face matches an entry in the face blocklist.',
  }),
  POSSIBLE_FACE_IN_BLOCKLIST: entry('POSSIBLE_FACE_IN_BLOCKLIST', {
    severity: 'decline',
    kind: 'identity',
    retakeHelps: false,
    neutral: true,
    shortDescription: 'Possible face in blocklist',
    longDescription: 'The face may match an entry in the face blocklist.',
  }),
  LOW_LIVENESS_SCORE: entry('LOW_LIVENESS_SCORE', {
    severity: 'decline',
    kind: 'score',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'Low liveness score',
    longDescription: 'The liveness score is below the decline threshold.',
  }),
  DUPLICATED_FACE: entry('DUPLICATED_FACE', {
    severity: 'info',
    kind: 'identity',
    retakeHelps: false,
    neutral: true,
    shortDescription: 'Duplicated face',
    longDescription: 'The face matches the face of an already approved session.',
  }),
  POSSIBLE_DUPLICATED_FACE: entry('POSSIBLE_DUPLICATED_FACE', {
    severity: 'info',
    kind: 'identity',
    retakeHelps: false,
    neutral: true,
    shortDescription: 'Possible duplicated face',
    longDescription: 'The face may match the face of another user.',
  }),
  MULTIPLE_FACES_DETECTED: entry('MULTIPLE_FACES_DETECTED', {
    severity: 'review',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'Multiple faces detected',
    longDescription: 'More than one face was detected in the image; the largest face was used for the check.',
  }),
  LOW_FACE_QUALITY: entry('LOW_FACE_QUALITY', {
    severity: 'decline',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'Low face quality',
    longDescription: 'The quality of the face image is below the threshold.',
  }),
  LOW_FACE_LUMINANCE: entry('LOW_FACE_LUMINANCE', {
    severity: 'decline',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'Low face luminance',
    longDescription: 'The face is too dark to be checked reliably.',
  }),
  HIGH_FACE_LUMINANCE: entry('HIGH_FACE_LUMINANCE', {
    severity: 'decline',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'High face luminance',
    longDescription: 'The face is too bright or overexposed to be checked reliably.',
  }),
  NO_REFERENCE_IMAGE: entry('NO_REFERENCE_IMAGE', {
    severity: 'decline',
    kind: 'capture-quality',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'No face to compare',
    longDescription: 'A face could not be found in one of the two images, so no similarity was computed.',
  }),
  LOW_FACE_MATCH_SIMILARITY: entry('LOW_FACE_MATCH_SIMILARITY', {
    severity: 'decline',
    kind: 'match',
    retakeHelps: true,
    neutral: false,
    shortDescription: 'Low face match similarity',
    longDescription:
      'The similarity between the two faces is at or below the decline threshold, so they are not considered the same person.',
  }),
};

/**
 * The entry for tags this version does not know: a generic prompt, a retake allowed, severity from
 * the warning's own `log_type` when it has one.
 */
export const UNKNOWN_WARNING_ENTRY: WarningCatalogueEntry = entry('UNKNOWN', {
  severity: 'review',
  kind: 'unknown',
  retakeHelps: true,
  neutral: false,
  shortDescription: 'Unknown warning',
  longDescription: 'The check raised a warning this version does not know.',
});

/** The catalogue entry of a tag, or {@link UNKNOWN_WARNING_ENTRY} for one it does not know. */
export function describeWarningTag(tag: string): WarningCatalogueEntry {
  return isKnownWarningTag(tag) ? WARNING_CATALOGUE[tag] : UNKNOWN_WARNING_ENTRY;
}

export interface CreateWarningOptions {
  /** Overrides the catalogue's default severity (sets `log_type`). */
  severity?: WarningSeverity;
  /** Overrides the catalogue's `long_description`, e.g. to give the measured value. */
  longDescription?: string;
  feature?: string;
  additionalData?: unknown;
}

/** A contract warning for a known tag, with the catalogue's texts: what the local engine emits. */
export function createWarning(tag: WarningTag, options: CreateWarningOptions = {}): LivenessWarning {
  const known = WARNING_CATALOGUE[tag];
  const warning: LivenessWarning = {
    risk: tag,
    log_type: logTypeForSeverity(options.severity ?? known.severity),
    short_description: known.shortDescription,
    long_description: options.longDescription ?? known.longDescription,
  };
  if (options.feature !== undefined) warning.feature = options.feature;
  if (options.additionalData !== undefined) warning.additional_data = options.additionalData;
  return warning;
}
