import { errorTextKeys, type LivenessError } from '@liveness-kit/core';
import type { Translate } from '../i18n/text-table.js';

/** What happened and what to do, through the view's text (with its `displayText` overrides). */
export function describeError(error: LivenessError, t: Translate): { message: string; action: string } {
  const keys = errorTextKeys(error.code);
  const wait = error.retryAfterMs ?? 0;
  const action =
    error.code === 'RATE_LIMITED' && wait > 0
      ? t('error.RATE_LIMITED.actionWithDelay', { seconds: Math.max(1, Math.ceil(wait / 1000)) })
      : t(keys.action);
  return { message: t(keys.message), action };
}
