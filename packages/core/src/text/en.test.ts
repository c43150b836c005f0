import { describe, expect, it } from 'vitest';
import { LIVENESS_STATUSES } from '../contract/liveness-response.js';
import { outcomeTextKeys, VERIFICATION_OUTCOMES } from '../contract/verification-outcome.js';
import { FACE_MATCH_WARNING_TAGS, WARNING_TAGS } from '../contract/warning-tags.js';
import { LIVENESS_ERROR_CODES } from '../errors/error-codes.js';
import { LivenessError } from '../errors/liveness-error.js';
import { GUIDANCE_CODES } from '../frame/guidance-code.js';
import { en, type CoreText } from './en.js';
import { textArguments } from './parse-text.js';
import { errorText, errorTextKeys, hintTextKey, statusTextKey } from './text-keys.js';

const table: Record<string, string> = en;

function expectText(key: string): string {
  const text = table[key];
  expect(text, key).toBeTypeOf('string');
  expect(text!.trim().length, key).toBeGreaterThan(5);
  return text!;
}

describe('en text table', () => {
  it('has a distinct, actionable hint for every guidance code', () => {
    const hints = GUIDANCE_CODES.map((code) => expectText(hintTextKey(code)));
    expect(new Set(hints).size).toBe(GUIDANCE_CODES.length);
    expect(en['hint.MOVE_CLOSER']).toBe('Move closer so your face fills the oval');
    expect(en['hint.TOO_DARK']).toBe('Find more light: your face is too dark');
  });

  it('has a title and advice for every warning tag and for unknown tags', () => {
    for (const tag of [...WARNING_TAGS, ...FACE_MATCH_WARNING_TAGS, 'UNKNOWN']) {
      expectText(`warning.${tag}.title`);
      expectText(`warning.${tag}.advice`);
    }
  });

  it('has a message and an action for every error code', () => {
    for (const code of LIVENESS_ERROR_CODES) {
      const keys = errorTextKeys(code);
      expect(keys).toEqual({ message: `error.${code}`, action: `error.${code}.action` });
      expect(expectText(keys.message)).not.toBe(expectText(keys.action));
    }
    expect(textArguments(en['error.RATE_LIMITED.actionWithDelay'])).toEqual([
      { name: 'seconds', plural: ['one', 'other'] },
    ]);
  });

  it('has text for every status', () => {
    for (const status of LIVENESS_STATUSES) expectText(statusTextKey(status));
  });

  it('has a distinct title and body for every outcome of the combined flow', () => {
    const texts = VERIFICATION_OUTCOMES.flatMap((outcome) => {
      const { title, body } = outcomeTextKeys(outcome);
      return [expectText(title), expectText(body)];
    });
    expect(new Set(texts).size).toBe(texts.length);
    expect(en['outcome.reference-unusable.body']).toMatch(/ID photo/);
    expect(en['outcome.no-match.body']).toMatch(/selfie again or use a clearer ID photo/);
  });

  it('has no key outside the documented families and no stray placeholders', () => {
    for (const [key, text] of Object.entries(table)) {
      expect(key).toMatch(/^(hint|warning|error|status|outcome)\./);
      const names = textArguments(text).map((argument) => argument.name);
      expect(names, key).toEqual(key === 'error.RATE_LIMITED.actionWithDelay' ? ['seconds'] : []);
      if (names.length === 0) expect(text, key).not.toMatch(/[{}]/);
    }
  });

  it('can be extended and translated as a plain object', () => {
    const extended = { ...en, 'ui.retake': 'Retake' } as const;
    expect(extended['hint.READY']).toBe(en['hint.READY']);
    const french: CoreText = { ...en, 'hint.MOVE_CLOSER': 'Rapprochez-vous' };
    expect(french['hint.MOVE_CLOSER']).toBe('Rapprochez-vous');
  });
});

describe('errorText', () => {
  it('gives message and action, naming the wait for a rate limit', () => {
    expect(errorText(new LivenessError('NETWORK'))).toEqual({
      message: en['error.NETWORK'],
      action: en['error.NETWORK.action'],
    });
    expect(errorText(new LivenessError('RATE_LIMITED', { retryAfterMs: 29_100 })).action).toBe(
      'Wait 30 seconds, then try again.',
    );
    expect(errorText(new LivenessError('RATE_LIMITED', { retryAfterMs: 400 })).action).toBe(
      'Wait 1 second, then try again.',
    );
    const arabic: CoreText = {
      ...en,
      'error.RATE_LIMITED.actionWithDelay': '{seconds, plural, two {ثانيتين} few {# ثوانٍ} other {# ثانية}}',
    };
    expect(errorText({ code: 'RATE_LIMITED', retryAfterMs: 2000 }, arabic, 'ar').action).toBe('ثانيتين');
    expect(errorText({ code: 'RATE_LIMITED', retryAfterMs: 3000 }, arabic, 'ar').action).toBe('3 ثوانٍ');
    expect(errorText(new LivenessError('RATE_LIMITED')).action).toBe(en['error.RATE_LIMITED.action']);
    const french: CoreText = { ...en, 'error.RATE_LIMITED.actionWithDelay': 'Attendez {seconds} s.' };
    expect(errorText({ code: 'RATE_LIMITED', retryAfterMs: 2000 }, french).action).toBe('Attendez 2 s.');
  });
});
