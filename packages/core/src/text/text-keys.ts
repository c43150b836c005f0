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
 * Which text says what to do about an error, with its values: a `RATE_LIMITED` error with
 * `retryAfterMs` names the seconds to wait (`error.RATE_LIMITED.actionWithDelay`), every other
 * error its `error.<code>.action`.
 */
export function errorActionText(error: Pick<LivenessError, 'code' | 'retryAfterMs'>): {
  key: CoreTextKey;
  values?: { seconds: number };
} {
  const wait = error.retryAfterMs ?? 0;
  if (error.code === 'RATE_LIMITED' && wait > 0) {
    return {
      key: 'error.RATE_LIMITED.actionWithDelay',
      values: { seconds: Math.max(1, Math.ceil(wait / 1000)) },
    };
  }
  return { key: errorTextKeys(error.code).action };
}

/**
 * The user-facing text of an error, from a text table (English by default) in `locale` (for its
 * plural forms; default `en`): `message` says what happened, `action` what to do
 * ({@link errorActionText}).
 */
export function errorText(
  error: Pick<LivenessError, 'code' | 'retryAfterMs'>,
  text: CoreText = en,
  locale = 'en',
): { message: string; action: string } {
  const { key, values } = errorActionText(error);
  const action = values ? formatText(text[key], values, locale) : text[key];
  return { message: text[errorTextKeys(error.code).message], action };
}
