import { describe, expect, it } from 'vitest';
import { recordSplitter } from './recordSplitter.ts';
import { contact } from './testing/fixtures.ts';

/** The text fed in pieces of `size` characters: the records found and the skeleton. */
function split(text: string, size: number) {
  const splitter = recordSplitter();
  const records: unknown[] = [];
  for (let i = 0; i < text.length; i += size) {
    const found = splitter.push(text.slice(i, i + size));
    if (found) records.push(...(JSON.parse(`[${found}]`) as unknown[]));
  }
  return { records, skeleton: splitter.end() };
}

const tricky = contact({
  id: 'tricky',
  title: 'Braces } ] { [ and "quotes", a backslash \\ and \\" in text',
  summary: 'Ends with a backslash \\',
});
const records = [contact({ id: 'a' }), tricky, contact({ id: 'b' })];

describe('recordSplitter', () => {
  it('finds each record and the rest of the file, wherever the pieces are cut', () => {
    const text = JSON.stringify(
      { version: 1, note: { contacts: [1] }, contacts: records, after: [true, null] },
      null,
      1,
    );
    for (const size of [1, 2, 7, 64, text.length]) {
      const { records: found, skeleton } = split(text, size);
      expect(found).toEqual(records);
      expect(JSON.parse(skeleton!)).toEqual({ version: 1, note: { contacts: [1] }, contacts: [], after: [true, null] });
    }
  });

  it('takes an empty contacts array, and a file whose contacts come before its version', () => {
    expect(split('{"contacts":[],"version":1}', 3)).toEqual({ records: [], skeleton: '{"contacts":[],"version":1}' });
    expect(split(JSON.stringify({ contacts: records, version: 1 }), 5).records).toHaveLength(3);
  });

  it('gives up on what it does not follow, so that the whole text is parsed instead', () => {
    const item = JSON.stringify(contact({ id: 'x' }));
    const refused = [
      `\uFEFF{"version":1,"contacts":[${item}]}`, // a byte-order mark
      `{"version":1,"contacts":[${item},]}`, // a trailing comma
      `{"version":1,"contacts":[${item} ${item}]}`, // no comma
      `{"version":1,"contacts":[,${item}]}`,
      `{"version":1,"contacts":[${item},"text"]}`, // an element that is not an object
      `{"version":1,"contacts":[${item}],"contacts":[]}`, // JSON.parse would keep the second
      `{"version":1,"cont\\u0061cts":[${item}]}`, // an escaped key
      `{"version":1,"contacts":[${item}]} x`,
      `[${item}]`,
      `{"version":1,"contacts":[${item}`, // the text stopped
      'id,title\nx,y',
    ];
    for (const text of refused) expect(split(text, 9).skeleton, text.slice(0, 60)).toBeNull();
  });

  it('gives up on a long value outside the contacts (GeoJSON features) rather than scan it again and again', () => {
    const features = Array.from({ length: 40_000 }, (_, i) => `{"type":"Feature","id":${i}}`).join(',');
    const text = `{"type":"FeatureCollection","features":[${features}]}`;
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(split(text, 65_536).skeleton).toBeNull();
  });
});
