import {
  createTranslator,
  loadedLocale,
  loadLocale,
  resolveLocale,
  type DisplayText,
  type LocaleText,
} from '@liveness-kit/capture';
import { useEffect, useMemo, useState } from 'react';

/**
 * The text for a `locale` prop (any BCP 47 tag; unknown languages fall back to English), with the
 * `displayText` overrides on top. Non-English tables load on demand; English shows meanwhile.
 */
export function useLocaleText(locale: string | undefined, displayText: DisplayText | undefined): LocaleText {
  const code = resolveLocale(locale);
  // Loaded tables come from the module cache; this state only re-renders once one arrives.
  const [, setLoads] = useState(0);
  const ready = loadedLocale(code) !== undefined;
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
  return useMemo(() => createTranslator(ready ? code : 'en', displayText), [code, ready, displayText]);
}
