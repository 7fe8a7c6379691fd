import { describe, expect, it } from 'vitest';
import { datasetStream } from './datasetStream.ts';
import { parseDataset } from './parse.ts';
import { jsonMayNeedCleaning } from './text.ts';
import { contact, RIYADH } from './testing/fixtures.ts';

function streamed(text: string, size = 50) {
  const stream = datasetStream();
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  return stream.end();
}

/** What loading gave before the stream: the whole text parsed at once. */
const whole = (text: string) => parseDataset(JSON.parse(text), { clean: jsonMayNeedCleaning(text) });

const dataset = {
  version: 1,
  contacts: [
    contact({ id: 'a' }),
    contact({ id: 'b', places: [RIYADH], title: '  Spaces  to\u00a0clean ' }),
    { ...contact({ id: 'bad-track' }), track: '3' },
    contact({ id: 'a', title: 'A second "a"' }),
    { title: 'no id' },
    contact({ id: 'c', start: '2025-02-30' }),
    contact({ id: 'd', summary: 'Zero\u200bwidth and <b>tags</b> stay text' }),
  ],
};

describe('datasetStream', () => {
  it('gives what parsing the whole text gives: the same contacts, errors and their order', () => {
    for (const text of [JSON.stringify(dataset), JSON.stringify(dataset, null, 2)]) {
      const result = streamed(text);
      expect(result).toEqual(whole(text));
      expect(result!.contacts.map((c) => c.id)).toEqual(['a', 'b', 'd']);
      expect([...new Set(result!.errors.map((e) => e.id))]).toEqual(['bad-track', 'a', '#5', 'c']);
    }
  });

  it('says what is wrong with the file as a whole, as parsing it whole does', () => {
    const text = JSON.stringify({ ...dataset, version: 2 });
    expect(streamed(text)).toEqual(whole(text));
    expect(streamed(text)!.fatal).toMatch(/version 2/);
  });

  it('never accepts a text JSON.parse refuses, and takes a changed one only as parsing it whole would', () => {
    const text = JSON.stringify({ version: 1, contacts: dataset.contacts.slice(0, 3) });
    // Every one-character deletion, and a stray comma, brace, space, digit or "1 " put everywhere: the stream
    // gives the same result as the whole text parsed, or gives nothing and leaves the text to be parsed whole.
    const variants = [];
    for (let i = 0; i < text.length; i++) {
      variants.push(text.slice(0, i) + text.slice(i + 1), `${text.slice(0, i)},${text.slice(i)}`);
      variants.push(`${text.slice(0, i)}}${text.slice(i)}`, `${text.slice(0, i)} ${text.slice(i)}`);
      variants.push(`${text.slice(0, i)}1${text.slice(i)}`, `${text.slice(0, i)}1 ${text.slice(i)}`);
    }
    let taken = 0;
    for (const variant of variants) {
      const result = streamed(variant, 17);
      let valid = true;
      try {
        JSON.parse(variant);
      } catch {
        valid = false;
      }
      if (!valid) expect(result, variant).toBeNull();
      else if (result) {
        taken++;
        expect(result, variant).toEqual(whole(variant));
      }
    }
    // Most of the valid variants (a character less inside a text) are still taken by the stream.
    expect(taken).toBeGreaterThan(text.length / 2);
  });

  it('gives nothing for other formats and for a text it did not see end', () => {
    expect(streamed('id,title,start\nx,Talks,2025-02-18\n')).toBeNull();
    expect(streamed(JSON.stringify([contact()]))).toBeNull();
    expect(streamed(JSON.stringify({ contacts: [] }))).toBeNull();
    expect(datasetStream().end()).toBeNull();
  });
});
