import { formatText } from '@liveness-kit/core';
import { loadedLocale } from './load-locale.js';
import { localeDirection, resolveLocale, type LocaleCode } from './locale-codes.js';
import { en } from './locales/en.js';
import type { DisplayText, Translate } from './text-table.js';

/** The text in use: the locale whose table is loaded (English until another one has loaded). */
export interface LocaleText {
  lang: LocaleCode;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

/**
 * The text for a `locale` (any BCP 47 tag; unknown languages fall back to English) with the
 * `displayText` overrides on top, from the tables loaded so far: a table not loaded yet
 * (`loadLocale`) leaves English in place, so views call this again once it has arrived.
 */
export function createTranslator(locale: string | undefined, displayText?: DisplayText): LocaleText {
  const code = resolveLocale(locale);
  const loaded = loadedLocale(code);
  const lang: LocaleCode = loaded ? code : 'en';
  const table = loaded ?? en;
  const t: Translate = (key, values) =>
    formatText(displayText?.[key] ?? table[key] ?? en[key] ?? key, values, lang);
  return { lang, dir: localeDirection(lang), t };
}
