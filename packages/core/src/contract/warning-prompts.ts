import type { CoreTextKey } from '../text/en.js';
import type { LivenessStatus, LivenessWarning } from './liveness-response.js';
import {
  severityForLogType,
  UNKNOWN_WARNING_ENTRY,
  WARNING_CATALOGUE,
  type WarningKind,
  type WarningSeverity,
} from './warning-catalogue.js';
import type { WarningTag } from './warning-tags.js';

/** What to tell the user about one warning. */
export interface LivenessPrompt {
  /** The warning's tag, as sent (unknown tags included). */
  tag: string;
  /**
   * Whether the tag is in the catalogue for this endpoint (else the generic `warning.UNKNOWN.*`
   * text is used).
   */
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

const KIND_RANK: Record<WarningKind, number> = {
  'capture-quality': 0,
  score: 1,
  match: 1,
  unknown: 2,
  identity: 3,
  fraud: 3,
};

const SEVERITY_RANK: Record<WarningSeverity, number> = { decline: 0, review: 1, info: 2 };

/**
 * One prompt per distinct tag, most actionable first: capture quality, then the score (liveness)
 * or the similarity (face match), then unknown tags, then identity and fraud (neutral text);
 * within a group, declining before review before information, then the server's order. `isKnown`
 * says which tags the endpoint's catalogue describes; any other tag gets the generic entry.
 */
export function buildPrompts(
  warnings: readonly LivenessWarning[],
  isKnown: (tag: string) => tag is WarningTag,
): LivenessPrompt[] {
  const seen = new Set<string>();
  const prompts: LivenessPrompt[] = [];
  for (const warning of warnings) {
    if (seen.has(warning.risk)) continue;
    seen.add(warning.risk);
    const known = isKnown(warning.risk);
    const entry = known ? WARNING_CATALOGUE[warning.risk as WarningTag] : UNKNOWN_WARNING_ENTRY;
    prompts.push({
      tag: warning.risk,
      known,
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
  return prompts.sort(
    (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

/**
 * Whether offering new photos makes sense after a check with this status and these prompts: never
 * when approved or in review; always when not finished; for a declined check, unless a declining
 * warning (as sent, or always, like a blocklist match) cannot be cleared by a retake.
 */
export function canRetakeAfter(status: LivenessStatus, prompts: readonly LivenessPrompt[]): boolean {
  switch (status) {
    case 'Approved':
    case 'In Review':
      return false;
    case 'Not Finished':
      return true;
    case 'Declined':
      return !prompts.some(
        (p) =>
          !p.retakeHelps &&
          (p.severity === 'decline' ||
            (p.known && WARNING_CATALOGUE[p.tag as WarningTag].severity === 'decline')),
      );
  }
}
