import { describe, expect, it } from 'vitest';
import { createTranslator } from './create-translator.js';
import { loadLocale } from './load-locale.js';

describe('createTranslator', () => {
  it('counts with the plural rules of the table in use', async () => {
    const english = createTranslator('en-GB');
    expect(english.t('ui.progress.waiting', { seconds: 1 })).toBe('Trying again in 1 second…');
    expect(english.t('error.RATE_LIMITED.actionWithDelay', { seconds: 2 })).toBe(
      'Wait 2 seconds, then try again.',
    );
    await loadLocale('ar');
    const arabic = createTranslator('ar-EG');
    expect(arabic.lang).toBe('ar');
    expect(arabic.t('ui.progress.waiting', { seconds: 2 })).toBe('إعادة المحاولة بعد ثانيتين…');
    expect(arabic.t('ui.progress.waiting', { seconds: 11 })).toBe('إعادة المحاولة بعد 11 ثانيةً…');
    // A displayText override is counted in the same language.
    const custom = createTranslator('ar', {
      'ui.progress.waiting': '{seconds, plural, two {two} few {few} other {other}}',
    });
    expect([2, 5, 50].map((seconds) => custom.t('ui.progress.waiting', { seconds }))).toEqual([
      'two',
      'few',
      'other',
    ]);
  });
});
