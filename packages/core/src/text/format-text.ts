import { parseText, type TextPart } from './parse-text.js';

/** The values a template is filled with, by placeholder name. */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * Fills a template's placeholders and chooses its plural forms:
 * `formatText('{seconds, plural, one {Wait # second} other {Wait # seconds}}', { seconds: 1 })` is
 * "Wait 1 second". The form is the one for `=N` when the template has it, else the category
 * `new Intl.PluralRules(locale)` picks for the number (`zero`, `one`, `two`, `few`, `many`,
 * `other`), else `other`. `#` and `{name}` are written as the value is given (`String(value)`).
 * A placeholder or plural with no value (a plural needs a number) is left as it is, so a missing
 * value shows instead of vanishing. See `parseText` for the syntax.
 */
export function formatText(template: string, values: TextValues = {}, locale = 'en'): string {
  if (!template.includes('{')) return template;
  return render(parseText(template), values, locale, undefined);
}

function render(
  parts: readonly TextPart[],
  values: TextValues,
  locale: string,
  count: number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'count':
        out += count === undefined ? '#' : String(count);
        break;
      case 'placeholder':
        out += hasValue(values, part.name) ? String(values[part.name]) : part.source;
        break;
      case 'plural': {
        const n = hasValue(values, part.name) ? Number(values[part.name]) : Number.NaN;
        if (!Number.isFinite(n)) {
          out += part.source;
          break;
        }
        const form = part.forms[`=${n}`] ?? part.forms[pluralRules(locale).select(n)] ?? part.forms.other!;
        out += render(form, values, locale, n);
        break;
      }
    }
  }
  return out;
}

function hasValue(values: TextValues, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, name);
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** `Intl.PluralRules` for a locale, made once; an invalid tag falls back to English. */
export function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}
