/** The languages the component ships. English is bundled; the others load on demand. */
export const LOCALE_CODES = ['en', 'es', 'fr', 'de', 'pt', 'zh', 'ja', 'ar'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

/** Locales written right to left. */
const RTL: ReadonlySet<string> = new Set(['ar']);

/** The shipped locale for a BCP 47 tag (`pt-BR` → `pt`, `zh-Hans-CN` → `zh`); English when none fits. */
export function resolveLocale(tag: string | undefined): LocaleCode {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALE_CODES as readonly string[]).includes(language) ? (language as LocaleCode) : 'en';
}

/** `rtl` for right-to-left locales, else `ltr`. */
export function localeDirection(code: LocaleCode): 'ltr' | 'rtl' {
  return RTL.has(code) ? 'rtl' : 'ltr';
}
