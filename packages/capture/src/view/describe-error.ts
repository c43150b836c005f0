import { errorActionText, errorTextKeys, type LivenessError } from '@liveness-kit/core';
import type { Translate } from '../i18n/text-table.js';

/**
 * What happened and what to do about an error, in the text of the view (its `displayText`
 * overrides and locale): the keys and values are core's ({@link errorActionText}).
 */
export function describeError(error: LivenessError, t: Translate): { message: string; action: string } {
  const { key, values } = errorActionText(error);
  return { message: t(errorTextKeys(error.code).message), action: t(key, values) };
}
