import { errorActionText, errorTextKeys, type LivenessError, type ModelLoadReason } from '@liveness-kit/core';
import type { Translate } from '../i18n/text-table.js';
import type { UiTextKey } from '../i18n/ui-text-en.js';

/**
 * The text keys of a `MODEL_LOAD_FAILED` whose `reason` is known: what happened and what to do
 * (`ui.modelError.<reason>` and `.action`). A page's security policy, a missing or broken file are
 * the site's to fix, not the user's connection.
 */
export function modelErrorTextKeys(reason: ModelLoadReason): { message: UiTextKey; action: UiTextKey } {
  return { message: `ui.modelError.${reason}`, action: `ui.modelError.${reason}.action` };
}

/**
 * What happened and what to do about an error, in the text of the view (its `displayText`
 * overrides and locale): the keys and values are core's ({@link errorActionText}), except for a
 * `MODEL_LOAD_FAILED` with a `reason` ({@link modelErrorTextKeys}).
 */
export function describeError(error: LivenessError, t: Translate): { message: string; action: string } {
  if (error.code === 'MODEL_LOAD_FAILED' && error.reason) {
    const keys = modelErrorTextKeys(error.reason);
    return { message: t(keys.message), action: t(keys.action) };
  }
  const { key, values } = errorActionText(error);
  return { message: t(errorTextKeys(error.code).message), action: t(key, values) };
}
