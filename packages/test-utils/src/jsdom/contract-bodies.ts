/** Test-only: contract answers with warnings, in the shape the server sends. */
import { createWarning, isKnownWarningTag, type LivenessWarning } from '@liveness-kit/core';
import { diditApprovedBody } from '../fake-didit-server.js';

function warning(tag: string): LivenessWarning {
  if (isKnownWarningTag(tag)) return createWarning(tag);
  return { risk: tag, log_type: 'warning', short_description: tag, long_description: null };
}

/** A 200 body with `status` and one warning per tag (unknown tags allowed). */
export function bodyWith(status: string, tags: string[] = []): Record<string, unknown> {
  return diditApprovedBody({ status, warnings: tags.map(warning), score: status === 'Approved' ? 95 : 12 });
}
