import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText, jsonMayNeedCleaning, quoteValue } from './text.ts';

describe('cleanText', () => {
  it('shows control characters as visible escapes and keeps ordinary whitespace', () => {
    expect(cleanText('a\u0007b\u0000c\u007Fd\u0085e')).toBe('a[U+0007]b[U+0000]c[U+007F]d[U+0085]e');
    expect(cleanText('line one\nline two\r\n\tindented')).toBe('line one\nline two\r\n\tindented');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(cleanText('x\uD800y\uDFFFz')).toBe('x\uFFFDy\uFFFDz');
    expect(cleanText('😀 ok')).toBe('😀 ok');
  });

  it('closes a right-to-left override or isolate left open, so it stops at the end of the text', () => {
    expect(cleanText('\u202Eplaces: at least one')).toBe('\u202Eplaces: at least one\u202C');
    expect(cleanText('a\u2067b\u202Bc')).toBe('a\u2067b\u202Bc\u202C\u2069');
    // Balanced controls, as in legitimate right-to-left text, are left as they are.
    expect(cleanText('\u202Bשלום\u202C and \u2067עולם\u2069')).toBe('\u202Bשלום\u202C and \u2067עולם\u2069');
    // A PDI closes the embeddings inside its isolate.
    expect(cleanText('\u2068\u202Ex\u2069 y')).toBe('\u2068\u202Ex\u2069 y');
  });

  it('returns plain text unchanged', () => {
    expect(cleanText('Genève — Женева')).toBe('Genève — Женева');
  });
});

describe('cleanStrings', () => {
  it('cleans every string in nested objects and keeps untouched ones the same object', () => {
    const clean = { a: 'x', list: ['y', { z: 1 }] };
    expect(cleanStrings(clean)).toBe(clean);
    expect(cleanStrings({ a: 'x\u0001', list: ['y', { z: 'q\u202E' }], n: 2 })).toEqual({
      a: 'x[U+0001]',
      list: ['y', { z: 'q\u202E\u202C' }],
      n: 2,
    });
  });
});

describe('jsonMayNeedCleaning', () => {
  // Where it says false, parsing alone must give what parsing and cleaning give.
  const cases: Array<[string, string, boolean]> = [
    ['plain text, tabs and new lines', JSON.stringify({ title: 'Genève\ttalks', notes: 'a\nb' }), false],
    ['a raw right-to-left override', '{"title":"\u202eevil"}', true],
    ['an escaped right-to-left override', String.raw`{"title":"\u202eevil"}`, true],
    ['an escaped bell', String.raw`{"title":"ring\u0007"}`, true],
    ['a backspace escape', String.raw`{"title":"a\bb"}`, true],
    ['a form feed escape', String.raw`{"title":"a\fb"}`, true],
    ['a raw DEL', '{"title":"a\u007fb"}', true],
  ];
  it.each(cases)('%s', (_, text, needs) => {
    const parsed = JSON.parse(text) as unknown;
    expect(jsonMayNeedCleaning(text)).toBe(needs);
    expect(cleanStrings(parsed) !== parsed).toBe(needs);
  });

  it('says false for ordinary text in any script, so a clean file skips the walk', () => {
    const text = JSON.stringify({ contacts: [{ title: 'Рубіо і Лавров у Ер-Ріяді', note: 'a "quote" \\ path' }] });
    expect(jsonMayNeedCleaning(text)).toBe(false);
  });
});

describe('quoteValue', () => {
  it('quotes a found value, isolated, cleaned and cut short', () => {
    expect(quoteValue('9')).toBe('\u2068"9"\u2069');
    expect(quoteValue('\u202Eabc')).toBe('\u2068"\u202Eabc"\u202C\u2069');
    expect(quoteValue('x'.repeat(500))).toHaveLength(62);
    expect(quoteValue(Number.NaN)).toBe('\u2068NaN\u2069');
    expect(quoteValue(-Infinity)).toBe('\u2068-Infinity\u2069');
  });
});
