import { formatText } from '@liveness-kit/core';
import { useEffect, useMemo, useState } from 'react';
import { loadedLocale, loadLocale } from './load-locale.js';
import { localeDirection, resolveLocale, type LocaleCode } from './locale-codes.js';
import { en } from './locales/en.js';
import type { DisplayText, Translate } from './text-table.js';

export interface LocaleText {
  /** The locale whose table is in use (English until another one has loaded). */
  lang: LocaleCode;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

/**
 * The text for a `locale` prop (any BCP 47 tag; unknown languages fall back to English), with the
 * `displayText` overrides on top. Non-English tables load on demand; English shows meanwhile.
 */
export function useLocaleText(locale: string | undefined, displayText: DisplayText | undefined): LocaleText {
  const code = resolveLocale(locale);
  // Loaded tables come from the module cache; this state only re-renders once one arrives.
  const [, setLoads] = useState(0);
  const ready = loadedLocale(code);
  useEffect(() => {
    if (ready) return;
    let live = true;
    // A chunk that fails to load leaves English in place rather than breaking the capture.
    loadLocale(code).then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code, ready]);
  const lang: LocaleCode = ready ? code : 'en';
  const table = ready ?? en;

  return useMemo(() => {
    const t: Translate = (key, values) =>
      formatText(displayText?.[key] ?? table[key] ?? en[key] ?? key, values);
    return { lang, dir: localeDirection(lang), t };
  }, [lang, table, displayText]);
}
