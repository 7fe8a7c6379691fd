import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse.ts';
import { contact } from './testing/fixtures.ts';

describe('parseDataset', () => {
  it('keeps valid records and names the record and field of each invalid one', () => {
    const good = contact({ id: 'good' });
    const badTrack = { ...contact({ id: 'bad-track' }), track: '3' };
    const badDate = contact({ id: 'bad-date', start: '2025-02-30' });
    const reversed = contact({ id: 'reversed', start: '2025-03-01', end: '2025-02-01' });
    const badUrl = contact({ id: 'bad-url', sources: [{ publisher: 'X', title: 'T', url: 'javascript:alert(1)' }] });
    const badLat = contact({
      id: 'bad-lat',
      places: [{ name: 'Nowhere', country: 'XX', lat: 123, lon: 0, precision: 'city' }],
    });
    const result = parseDataset({ version: 1, contacts: [good, badTrack, badDate, reversed, badUrl, badLat] });

    expect(result.contacts.map((c) => c.id)).toEqual(['good']);
    const byId = Object.fromEntries(result.errors.map((e) => [e.id, e.field]));
    expect(byId).toEqual({
      'bad-track': 'track',
      'bad-date': 'start',
      reversed: 'end',
      'bad-url': 'sources[0].url',
      'bad-lat': 'places[0].lat',
    });
  });

  it('accepts an end given more coarsely than the start, as long as it does not end before it', () => {
    const ok = contact({ id: 'coarse-end', start: '2025-02-14', end: '2025-02' });
    const bad = contact({ id: 'earlier', start: '2025-03-01', end: '2025-02' });
    const result = parseDataset({ version: 1, contacts: [ok, bad] });
    expect(result.contacts.map((c) => c.id)).toEqual(['coarse-end']);
    expect(result.errors).toMatchObject([{ id: 'earlier', field: 'end' }]);
  });

  it('reports duplicate ids and records without an id by position', () => {
    const result = parseDataset({
      version: 1,
      contacts: [contact({ id: 'a' }), contact({ id: 'a' }), { title: 'no id' }],
    });
    expect(result.contacts).toHaveLength(1);
    expect(result.errors.some((e) => e.id === 'a' && e.field === 'id' && /duplicate/.test(e.message))).toBe(true);
    expect(result.errors.some((e) => e.id === '#3')).toBe(true);
  });

  it('refuses files that are not datasets, saying why', () => {
    expect(parseDataset([]).fatal).toMatch(/not a dataset/);
    expect(parseDataset({ version: 2, contacts: [] }).fatal).toMatch(/version 2/);
    expect(parseDataset({ version: 1 }).fatal).toMatch(/contacts/);
  });
});
