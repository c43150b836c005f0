/** Stories only: the contract's 200 bodies, with any warning tags (unknown ones too). */
import { createWarning, isKnownWarningTag, type LivenessWarning } from '@liveness-kit/core';
import { storyBody } from '@liveness-kit/test-utils/dom';

/** A tag this version of the catalogue does not know, as a newer server could send. */
export const UNKNOWN_TAG = 'FACE_MASK_DETECTED';

function warningFor(tag: string): LivenessWarning {
  if (isKnownWarningTag(tag)) return createWarning(tag);
  return {
    risk: tag,
    log_type: 'warning',
    short_description: 'Face mask detected',
    long_description: 'The face seems to be covered by a mask.',
  };
}

/** A 200 body with `status` and one warning per tag, in this order. */
export function livenessBody(status: string, tags: readonly string[] = []): Record<string, unknown> {
  const body = storyBody(status);
  const liveness = body.liveness as { warnings: LivenessWarning[] };
  liveness.warnings = tags.map(warningFor);
  return body;
}
