import type { LocaleCode } from './locale-codes.js';
import { en } from './locales/en.js';
import type { LivenessText } from './text-table.js';

/** Each non-English table is its own chunk, fetched only when that language is asked for. */
const loaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<LivenessText>> = {
  es: () => import('./locales/es.js').then((m) => m.es),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  de: () => import('./locales/de.js').then((m) => m.de),
  pt: () => import('./locales/pt.js').then((m) => m.pt),
  zh: () => import('./locales/zh.js').then((m) => m.zh),
  ja: () => import('./locales/ja.js').then((m) => m.ja),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
};

const loaded = new Map<LocaleCode, LivenessText>([['en', en]]);

/** The table of a locale if it is already loaded (English always is). */
export function loadedLocale(code: LocaleCode): LivenessText | undefined {
  return loaded.get(code);
}

/** Loads (once) and returns the full text table of a shipped locale. */
export async function loadLocale(code: LocaleCode): Promise<LivenessText> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const table = await loaders[code as Exclude<LocaleCode, 'en'>]();
  loaded.set(code, table);
  return table;
}
