import { describe, expect, it } from 'vitest';
import { loadLocale } from './load-locale.js';
import { LOCALE_CODES, localeDirection, resolveLocale } from './locale-codes.js';
import { en } from './locales/en.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
