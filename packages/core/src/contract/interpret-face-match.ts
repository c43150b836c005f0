import type { CoreTextKey } from '../text/en.js';
import { statusTextKey } from '../text/text-keys.js';
import type { FaceMatchResponse, FaceMatchStatus } from './face-match-response.js';
import { buildPrompts, canRetakeAfter, type LivenessPrompt } from './warning-prompts.js';
import { isKnownFaceMatchWarningTag } from './warning-tags.js';

/**
 * Which photo to take again after a declined face match: `reference` when no face pair could be
 * scored (`NO_REFERENCE_IMAGE`: the selfie already passed liveness with a face, so the ID photo is
 * the likely culprit, though the text names both), `selfie-or-reference` when the faces do not
 * match (`LOW_FACE_MATCH_SIMILARITY`) or for any other reason.
 */
export type FaceMatchRetake = 'reference' | 'selfie-or-reference';

export interface FaceMatchInterpretation {
  status: FaceMatchStatus;
  /** `status === 'Approved'`: the two photos show the same person. */
  approved: boolean;
  /** The similarity 0-100, `null` when no pair of faces could be scored. */
  score: number | null;
  /** Whether offering new photos makes sense (as for a liveness check: never when approved or in review). */
  canRetake: boolean;
  /** What to take again; `null` when no retake makes sense. */
  retake: FaceMatchRetake | null;
  /** The text key of the status (`status.*`). */
  statusTextKey: CoreTextKey;
  /**
   * One prompt per distinct tag, ordered as for a liveness check (`NO_REFERENCE_IMAGE` first, then
   * `LOW_FACE_MATCH_SIMILARITY`, then unknown tags). Tags that are not face-match tags, liveness
   * ones included, are kept with the generic `warning.UNKNOWN.*` text.
   */
  prompts: LivenessPrompt[];
  response: FaceMatchResponse;
}

/** Turns a parsed face-match response into what a UI needs: the outcome, what to retake, and prompts. */
export function interpretFaceMatch(response: FaceMatchResponse): FaceMatchInterpretation {
  const { status, score, warnings } = response.face_match;
  const prompts = buildPrompts(warnings, isKnownFaceMatchWarningTag);
  const canRetake = canRetakeAfter(status, prompts);
  let retake: FaceMatchRetake | null = null;
  if (canRetake) {
    retake = prompts.some((p) => p.tag === 'NO_REFERENCE_IMAGE') ? 'reference' : 'selfie-or-reference';
  }
  return {
    status,
    approved: status === 'Approved',
    score,
    canRetake,
    retake,
    statusTextKey: statusTextKey(status),
    prompts,
    response,
  };
}
