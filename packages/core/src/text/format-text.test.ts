import { describe, expect, it } from 'vitest';
import { formatText, pluralRules } from './format-text.js';
import { parseText, textArguments } from './parse-text.js';

const WAIT = '{seconds, plural, one {Wait # second} other {Wait # seconds}}';
/** Arabic's six forms of "wait N seconds", as the locale tables write them. */
const WAIT_AR =
  '{seconds, plural, zero {حاول الآن} one {انتظر ثانية واحدة} two {انتظر ثانيتين} few {انتظر # ثوانٍ} many {انتظر # ثانيةً} other {انتظر # ثانيةٍ}}';

describe('formatText', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatText('Wait {seconds} seconds, then try again.', { seconds: 30 })).toBe(
      'Wait 30 seconds, then try again.',
    );
    expect(formatText('{a} and {b} and {a}', { a: 'x' })).toBe('x and {b} and x');
    expect(formatText('no placeholders')).toBe('no placeholders');
    expect(formatText('{toString}', {})).toBe('{toString}');
  });

  it('chooses the English plural form: 1 second, 2 seconds', () => {
    expect(formatText(WAIT, { seconds: 1 })).toBe('Wait 1 second');
    expect(formatText(WAIT, { seconds: 2 })).toBe('Wait 2 seconds');
    expect(formatText(WAIT, { seconds: 0 })).toBe('Wait 0 seconds');
    expect(formatText(WAIT, { seconds: '1' }, 'en')).toBe('Wait 1 second');
  });

  it('chooses each of Arabic’s six forms through Intl.PluralRules', () => {
    const wait = (seconds: number) => formatText(WAIT_AR, { seconds }, 'ar');
    expect([0, 1, 2, 3, 11, 100].map(wait)).toEqual([
      'حاول الآن',
      'انتظر ثانية واحدة',
      'انتظر ثانيتين',
      'انتظر 3 ثوانٍ',
      'انتظر 11 ثانيةً',
      'انتظر 100 ثانيةٍ',
    ]);
    expect(wait(103)).toBe('انتظر 103 ثوانٍ'); // few again: n % 100 in 3..10
    // English rules on the same template would give Arabic's "other" form for 2.
    expect(formatText(WAIT_AR, { seconds: 2 }, 'en')).toBe('انتظر 2 ثانيةٍ');
  });

  it('prefers an exact =N form, falls back to other, and fills placeholders inside forms', () => {
    const template =
      '{n, plural, =0 {No tries left} one {# try left of {total}} other {# tries left of {total}}}';
    expect(formatText(template, { n: 0, total: 3 })).toBe('No tries left');
    expect(formatText(template, { n: 1, total: 3 })).toBe('1 try left of 3');
    expect(formatText(template, { n: 2, total: 3 })).toBe('2 tries left of 3');
    // Japanese has only "other"; a template without a category's form uses "other".
    expect(formatText('{n, plural, one {one} other {# 回}}', { n: 1 }, 'ja')).toBe('1 回');
    expect(formatText('{n, plural, few {few} other {# x}}', { n: 3 }, 'en')).toBe('3 x');
  });

  it('leaves a plural without a number, and malformed text, visible', () => {
    expect(formatText(WAIT)).toBe(WAIT);
    expect(formatText(WAIT, { seconds: 'soon' })).toBe(WAIT);
    for (const broken of [
      '{n, plural, one {x}}', // no other form
      '{n, plural, one {x} other {y}', // not closed
      '{n, plural, lots {x} other {y}}', // unknown selector
      'a } b # c {',
    ]) {
      expect(formatText(broken, { n: 1 })).toBe(broken);
    }
    expect(formatText('#{n}', { n: 4 })).toBe('#4');
  });

  it('survives an invalid locale tag by counting in English', () => {
    expect(formatText(WAIT, { seconds: 1 }, 'not a locale!')).toBe('Wait 1 second');
    expect(pluralRules('ar')).toBe(pluralRules('ar'));
  });
});

describe('textArguments', () => {
  it('names each value once, with the selectors of a plural', () => {
    expect(textArguments('Camera {number}')).toEqual([{ name: 'number' }]);
    expect(textArguments('{n, plural, =0 {none} one {# of {total}} other {# of {total}}} {hint}')).toEqual([
      { name: 'n', plural: ['=0', 'one', 'other'] },
      { name: 'total' },
      { name: 'hint' },
    ]);
    expect(textArguments('plain, with a # and a } brace')).toEqual([]);
    expect(parseText('a {b} c')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'placeholder', name: 'b', source: '{b}' },
      { kind: 'text', text: ' c' },
    ]);
  });
});
