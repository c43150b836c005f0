import type { CoreTextKey } from '../text/en.js';
import { statusTextKey } from '../text/text-keys.js';
import type { LivenessResponse, LivenessStatus } from './liveness-response.js';
import { buildPrompts, canRetakeAfter, type LivenessPrompt } from './warning-prompts.js';
import { isKnownLivenessWarningTag } from './warning-tags.js';

export type { LivenessPrompt } from './warning-prompts.js';

export interface LivenessInterpretation {
  status: LivenessStatus;
  /** `status === 'Approved'`. */
  approved: boolean;
  /**
   * Whether offering another photo makes sense: never when approved or in review; for a declined
   * check, unless a declining warning cannot be cleared by a retake (a blocklist match); always for
   * a check that was not finished.
   */
  canRetake: boolean;
  /** The text key of the outcome (`status.*`). */
  statusTextKey: CoreTextKey;
  /**
   * One prompt per distinct tag, most actionable first: capture quality, then the score, then
   * unknown tags, then identity and fraud (neutral text); within a group, declining before review
   * before information, then the server's order. Face-match tags are not liveness tags: on a
   * liveness answer they get the generic text.
   */
  prompts: LivenessPrompt[];
  response: LivenessResponse;
}

/** Turns a parsed response into what a UI needs: the outcome, whether to offer a retake, and prompts. */
export function interpretResult(response: LivenessResponse): LivenessInterpretation {
  const { status, warnings } = response.liveness;
  const prompts = buildPrompts(warnings, isKnownLivenessWarningTag);
  return {
    status,
    approved: status === 'Approved',
    canRetake: canRetakeAfter(status, prompts),
    statusTextKey: statusTextKey(status),
    prompts,
    response,
  };
}
