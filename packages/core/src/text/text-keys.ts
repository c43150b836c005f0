import type { LivenessStatus } from '../contract/liveness-response.js';
import type { LivenessError } from '../errors/liveness-error.js';
import type { LivenessErrorCode } from '../errors/error-codes.js';
import type { GuidanceCode } from '../frame/guidance-code.js';
import { en, type CoreText, type CoreTextKey } from './en.js';
import { formatText } from './format-text.js';

/** The text key of a framing guidance code. */
export function hintTextKey(code: GuidanceCode): CoreTextKey {
  return `hint.${code}`;
}

/** The text key of a check's outcome. */
export function statusTextKey(status: LivenessStatus): CoreTextKey {
  switch (status) {
    case 'Approved':
      return 'status.APPROVED';
    case 'Declined':
      return 'status.DECLINED';
    case 'In Review':
      return 'status.IN_REVIEW';
    case 'Not Finished':
      return 'status.NOT_FINISHED';
  }
}

/** The text keys of an error code: what happened, and what to do. */
export function errorTextKeys(code: LivenessErrorCode): { message: CoreTextKey; action: CoreTextKey } {
  return { message: `error.${code}`, action: `error.${code}.action` };
}

/**
 * The user-facing text of an error, from a text table (English by default) in `locale` (for its
 * plural forms; default `en`): `message` says what happened, `action` what to do. A `RATE_LIMITED`
 * error with `retryAfterMs` names the seconds to wait.
 */
export function errorText(
  error: Pick<LivenessError, 'code' | 'retryAfterMs'>,
  text: CoreText = en,
  locale = 'en',
): { message: string; action: string } {
  const keys = errorTextKeys(error.code);
  let action = text[keys.action];
  if (error.code === 'RATE_LIMITED' && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
    const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    action = formatText(text['error.RATE_LIMITED.actionWithDelay'], { seconds }, locale);
  }
  return { message: text[keys.message], action };
}
