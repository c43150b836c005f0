import { formatText, textArguments } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { loadLocale } from './load-locale.js';
import { LOCALE_CODES, localeDirection, resolveLocale } from './locale-codes.js';
import { en } from './locales/en.js';

/** The values a text takes, by name, each marked when it chooses a plural form. */
const placeholders = (text: string) =>
  textArguments(text)
    .map((argument) => (argument.plural ? `${argument.name} (plural)` : argument.name))
    .sort();
/** The English keys whose text has plural forms: the strings with a count. */
const pluralKeys = Object.keys(en).filter((key) =>
  textArguments(en[key as keyof typeof en]).some((argument) => argument.plural),
) as (keyof typeof en)[];

describe('locales', () => {
  const englishKeys = Object.keys(en).sort();

  it('English has the core table and the component labels', () => {
    expect(englishKeys).toContain('hint.NO_FACE');
    expect(englishKeys).toContain('warning.LIVENESS_FACE_ATTACK.advice');
    expect(englishKeys).toContain('error.RATE_LIMITED.actionWithDelay');
    expect(englishKeys).toContain('ui.capture');
  });

  for (const code of LOCALE_CODES) {
    it(`${code} has every key, no extra key, the same placeholders and no empty text`, async () => {
      const table = await loadLocale(code);
      expect(Object.keys(table).sort()).toEqual(englishKeys);
      for (const key of englishKeys) {
        const text = table[key as keyof typeof table];
        expect(text.trim(), `${code} ${key}`).not.toBe('');
        expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    });
  }

  it('gives the strings with a count plural forms', () => {
    expect(pluralKeys.sort()).toEqual([
      'error.RATE_LIMITED.actionWithDelay',
      'ui.progress.waiting',
      'ui.reference.usedLargest',
    ]);
  });

  for (const code of LOCALE_CODES) {
    it(`${code} has a form for every plural category its Intl.PluralRules can return`, async () => {
      const table = await loadLocale(code);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const key of pluralKeys) {
        for (const argument of textArguments(table[key]).filter((a) => a.plural)) {
          // Every category is written out: no language leans on the "other" fallback.
          expect([...argument.plural!].sort(), `${code} ${key}`).toEqual([...categories].sort());
        }
      }
    });
  }

  it('counts in English and in Arabic with the right form', async () => {
    const ar = await loadLocale('ar');
    const wait = (seconds: number, lang: 'en' | 'ar', table = lang === 'ar' ? ar : en) =>
      formatText(table['ui.progress.waiting'], { seconds }, lang);
    expect([1, 2].map((n) => wait(n, 'en'))).toEqual([
      'Trying again in 1 second…',
      'Trying again in 2 seconds…',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => wait(n, 'ar'))).toEqual([
      'جارٍ إعادة المحاولة الآن…',
      'إعادة المحاولة بعد ثانية واحدة…',
      'إعادة المحاولة بعد ثانيتين…',
      'إعادة المحاولة بعد 3 ثوانٍ…',
      'إعادة المحاولة بعد 11 ثانيةً…',
      'إعادة المحاولة بعد 100 ثانيةٍ…',
    ]);
    const delay = (seconds: number) =>
      formatText(ar['error.RATE_LIMITED.actionWithDelay'], { seconds }, 'ar');
    expect(new Set([0, 1, 2, 3, 11, 100].map(delay)).size).toBe(6);
    expect(formatText(en['error.RATE_LIMITED.actionWithDelay'], { seconds: 1 }, 'en')).toBe(
      'Wait 1 second, then try again.',
    );
  });

  it('translations are translations, not English copies', async () => {
    for (const code of LOCALE_CODES.filter((c) => c !== 'en')) {
      const table = await loadLocale(code);
      const same = englishKeys.filter(
        (key) => table[key as keyof typeof table] === en[key as keyof typeof en],
      );
      expect(same, code).toEqual([]);
    }
  });

  it('fraud and blocklist prompts stay neutral in every language (same text as another neutral tag)', async () => {
    for (const code of LOCALE_CODES) {
      const t = await loadLocale(code);
      expect(t['warning.FACE_IN_BLOCKLIST.advice']).toBe(t['warning.POSSIBLE_FACE_IN_BLOCKLIST.advice']);
      expect(t['warning.FACE_IN_BLOCKLIST.title']).toBe(t['warning.LIVENESS_FACE_ATTACK.title']);
      expect(t['warning.DUPLICATED_FACE.advice']).toBe(t['warning.POSSIBLE_DUPLICATED_FACE.advice']);
    }
  });

  it('resolves BCP 47 tags to a shipped locale and knows Arabic is right to left', () => {
    expect(resolveLocale('pt-BR')).toBe('pt');
    expect(resolveLocale('zh_Hans_CN')).toBe('zh');
    expect(resolveLocale('AR')).toBe('ar');
    expect(resolveLocale('nl')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(localeDirection('ar')).toBe('rtl');
    expect(localeDirection('ja')).toBe('ltr');
  });
});
