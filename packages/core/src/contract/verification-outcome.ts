import type { CoreTextKey } from '../text/en.js';
import type { FaceMatchInterpretation } from './interpret-face-match.js';
import type { LivenessInterpretation } from './interpret-result.js';
import type { LivenessPrompt } from './warning-prompts.js';

/**
 * The outcome of the combined flow, liveness then face match against an ID photo:
 * - `verified`: both Approved;
 * - `liveness-failed`: the selfie did not pass liveness (so it was never compared);
 * - `no-match`: the selfie passed liveness, the face match did not approve it;
 * - `reference-unusable`: no face to compare in the reference photo (`NO_REFERENCE_IMAGE`, or the
 *   reference refused before the face match was sent).
 */
export const VERIFICATION_OUTCOMES = [
  'verified',
  'liveness-failed',
  'no-match',
  'reference-unusable',
] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

/** Which step to redo: the selfie (liveness), the ID photo, or either for a face match. */
export type VerificationRetake = 'selfie' | 'reference' | 'selfie-or-reference';

export interface VerificationResult {
  outcome: VerificationOutcome;
  /** `outcome === 'verified'`. */
  verified: boolean;
  /** The step that decided a failed outcome; `null` when verified. */
  failedStep: 'liveness' | 'face-match' | null;
  /** What to take again, `null` when no retake makes sense (verified, or e.g. a blocklist match). */
  retake: VerificationRetake | null;
  /** `outcome.<OUTCOME>.title`. */
  titleKey: CoreTextKey;
  /** `outcome.<OUTCOME>.body`. */
  bodyKey: CoreTextKey;
  /** The prompts of the step that failed (none when verified or when no face match was sent). */
  prompts: LivenessPrompt[];
  liveness: LivenessInterpretation;
  /** `null` when no face match was sent. */
  faceMatch: FaceMatchInterpretation | null;
}

/** The text keys of an outcome: a title and a body (`outcome.<OUTCOME>.title` / `.body`). */
export function outcomeTextKeys(outcome: VerificationOutcome): { title: CoreTextKey; body: CoreTextKey } {
  return { title: `outcome.${outcome}.title`, body: `outcome.${outcome}.body` };
}

/**
 * One outcome for the combined flow from its two steps. A liveness check that is not Approved
 * decides alone (`liveness-failed`, whatever `faceMatch` holds). After an Approved one, `faceMatch`
 * is `null` when the reference photo was refused before the face match could be sent (e.g. no face
 * found in it by the pre-check): `reference-unusable`. Otherwise an Approved face match is
 * `verified`, `NO_REFERENCE_IMAGE` is `reference-unusable`, and any other status (a low similarity,
 * an unknown reason, a workflow's `In Review`) is `no-match`.
 */
export function combineVerification(
  liveness: LivenessInterpretation,
  faceMatch: FaceMatchInterpretation | null,
): VerificationResult {
  const result = (
    outcome: VerificationOutcome,
    failedStep: VerificationResult['failedStep'],
    retake: VerificationRetake | null,
    prompts: LivenessPrompt[],
  ): VerificationResult => {
    const keys = outcomeTextKeys(outcome);
    return {
      outcome,
      verified: outcome === 'verified',
      failedStep,
      retake,
      titleKey: keys.title,
      bodyKey: keys.body,
      prompts,
      liveness,
      faceMatch,
    };
  };
  if (!liveness.approved) {
    return result('liveness-failed', 'liveness', liveness.canRetake ? 'selfie' : null, liveness.prompts);
  }
  if (faceMatch === null) return result('reference-unusable', 'face-match', 'reference', []);
  if (faceMatch.approved) return result('verified', null, null, []);
  const noFace = faceMatch.prompts.some((p) => p.tag === 'NO_REFERENCE_IMAGE');
  return result(
    noFace ? 'reference-unusable' : 'no-match',
    'face-match',
    faceMatch.retake,
    faceMatch.prompts,
  );
}
