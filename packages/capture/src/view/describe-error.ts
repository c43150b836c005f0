import type { LivenessError } from '@liveness-kit/core';
import type { Translate } from '../i18n/text-table.js';

/** What happened and what to do about an error, in the text of the view (`error.<code>` keys). */
export function describeError(error: LivenessError, t: Translate): { message: string; action: string } {
  const wait = error.retryAfterMs ?? 0;
  const action =
    error.code === 'RATE_LIMITED' && wait > 0
      ? t('error.RATE_LIMITED.actionWithDelay', { seconds: Math.max(1, Math.ceil(wait / 1000)) })
      : t(`error.${error.code}.action`);
  return { message: t(`error.${error.code}`), action };
}
