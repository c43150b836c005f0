import type { CoreTextKey } from '../text/en.js';
import { statusTextKey } from '../text/text-keys.js';
import type { LivenessResponse, LivenessStatus, LivenessWarning } from './liveness-response.js';
import {
  describeWarningTag,
  severityForLogType,
  type WarningKind,
  type WarningSeverity,
} from './warning-catalogue.js';
import { isKnownWarningTag } from './warning-tags.js';

/** What to tell the user about one warning. */
export interface LivenessPrompt {
  /** The warning's tag, as sent (unknown tags included). */
  tag: string;
  /** Whether the tag is in the catalogue (else the generic `warning.UNKNOWN.*` text is used). */
  known: boolean;
  /** The advice to show (`warning.<TAG>.advice`). */
  textKey: CoreTextKey;
  /** A short title for it (`warning.<TAG>.title`). */
  titleKey: CoreTextKey;
  /** From the warning's `log_type` when it has a known one, else the catalogue's default. */
  severity: WarningSeverity;
  kind: WarningKind;
  /** Whether a new photo can clear this warning. */
  retakeHelps: boolean;
  /** Neutral text (fraud, blocklist, duplicates): never explain what was detected. */
  neutral: boolean;
  warning: LivenessWarning;
}

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
   * before information, then the server's order.
   */
  prompts: LivenessPrompt[];
  response: LivenessResponse;
}

const KIND_RANK: Record<WarningKind, number> = {
  'capture-quality': 0,
  score: 1,
  match: 1,
  unknown: 2,
  identity: 3,
  fraud: 3,
};

const SEVERITY_RANK: Record<WarningSeverity, number> = { decline: 0, review: 1, info: 2 };

/** Turns a parsed response into what a UI needs: the outcome, whether to offer a retake, and prompts. */
export function interpretResult(response: LivenessResponse): LivenessInterpretation {
  const { status, warnings } = response.liveness;
  const seen = new Set<string>();
  const prompts: LivenessPrompt[] = [];
  for (const warning of warnings) {
    if (seen.has(warning.risk)) continue;
    seen.add(warning.risk);
    const entry = describeWarningTag(warning.risk);
    prompts.push({
      tag: warning.risk,
      known: isKnownWarningTag(warning.risk),
      textKey: entry.adviceKey,
      titleKey: entry.titleKey,
      severity: severityForLogType(warning.log_type) ?? entry.severity,
      kind: entry.kind,
      retakeHelps: entry.retakeHelps,
      neutral: entry.neutral,
      warning,
    });
  }
  // Array.prototype.sort is stable, so equal ranks keep the server's order.
  prompts.sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );

  const approved = status === 'Approved';
  let canRetake: boolean;
  switch (status) {
    case 'Approved':
    case 'In Review':
      canRetake = false;
      break;
    case 'Not Finished':
      canRetake = true;
      break;
    case 'Declined':
      // A warning that declines (as sent, or always, like a blocklist match) and that a new photo
      // cannot clear rules a retake out.
      canRetake = !prompts.some(
        (p) =>
          !p.retakeHelps && (p.severity === 'decline' || describeWarningTag(p.tag).severity === 'decline'),
      );
      break;
  }
  return { status, approved, canRetake, statusTextKey: statusTextKey(status), prompts, response };
}
