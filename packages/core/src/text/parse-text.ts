/**
 * The pieces of a text template:
 * - `{name}`: a placeholder;
 * - `{name, plural, one {…} other {…}}`: a plural (an ICU MessageFormat subset). Each form is chosen
 *   by `=N` (an exact number) or by a CLDR category (`zero`, `one`, `two`, `few`, `many`, `other`)
 *   from `Intl.PluralRules`; inside a form, `#` is the number and `{name}` placeholders work.
 * Anything else, including a malformed `{…}`, is plain text.
 */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; source: string }
  | { kind: 'plural'; name: string; forms: Readonly<Record<string, readonly TextPart[]>>; source: string }
  | { kind: 'count' };

const PLACEHOLDER = /\{(\w+)\}/y;
const PLURAL_START = /\{\s*(\w+)\s*,\s*plural\s*,/y;
const SELECTOR = /\s*(zero|one|two|few|many|other|=\d+)\s*\{/y;
const PLURAL_END = /\s*\}/y;

/** Splits a template into its parts (see {@link TextPart}). Never throws. */
export function parseText(template: string): TextPart[] {
  return parseParts(template, 0, false).parts;
}

function parseParts(source: string, start: number, inForm: boolean): { parts: TextPart[]; end: number } {
  const parts: TextPart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  let i = start;
  while (i < source.length) {
    const char = source[i]!;
    if (inForm && char === '}') break;
    if (inForm && char === '#') {
      flush();
      parts.push({ kind: 'count' });
      i++;
      continue;
    }
    if (char === '{') {
      const placeholder = matchAt(PLACEHOLDER, source, i);
      if (placeholder) {
        flush();
        parts.push({ kind: 'placeholder', name: placeholder[1]!, source: placeholder[0] });
        i += placeholder[0].length;
        continue;
      }
      const plural = parsePlural(source, i);
      if (plural) {
        flush();
        parts.push(plural.part);
        i = plural.end;
        continue;
      }
    }
    text += char;
    i++;
  }
  flush();
  return { parts, end: i };
}

function parsePlural(source: string, start: number): { part: TextPart; end: number } | undefined {
  const head = matchAt(PLURAL_START, source, start);
  if (!head) return undefined;
  const forms: Record<string, readonly TextPart[]> = {};
  let i = start + head[0].length;
  for (;;) {
    const end = matchAt(PLURAL_END, source, i);
    if (end) {
      i += end[0].length;
      break;
    }
    const selector = matchAt(SELECTOR, source, i);
    if (!selector) return undefined;
    const form = parseParts(source, i + selector[0].length, true);
    if (source[form.end] !== '}') return undefined;
    forms[selector[1]!] = form.parts;
    i = form.end + 1;
  }
  if (!('other' in forms)) return undefined;
  return { part: { kind: 'plural', name: head[1]!, forms, source: source.slice(start, i) }, end: i };
}

function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

/** One value a template takes: its name, and for a plural the selectors of its forms. */
export interface TextArgument {
  name: string;
  /** The plural's selectors (`one`, `other`, `=0`…), when the value chooses a plural form. */
  plural?: string[];
}

/**
 * The values a template takes, in order of appearance, including placeholders inside plural
 * forms (each name once; a name used as a plural anywhere is reported as that plural). For tests
 * and tools that check translations against each other.
 */
export function textArguments(template: string): TextArgument[] {
  const found = new Map<string, TextArgument>();
  const visit = (parts: readonly TextPart[]) => {
    for (const part of parts) {
      if (part.kind === 'placeholder' && !found.has(part.name)) found.set(part.name, { name: part.name });
      if (part.kind === 'plural') {
        found.set(part.name, { name: part.name, plural: Object.keys(part.forms) });
        for (const form of Object.values(part.forms)) visit(form);
      }
    }
  };
  visit(parseText(template));
  return [...found.values()];
}
