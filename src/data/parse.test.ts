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

describe('parseDataset messages', () => {
  /** The message for one field of one otherwise valid record; FSI/PDI marks (text.ts) dropped for reading. */
  const messageFor = (over: Record<string, unknown>, field: string) => {
    const { errors } = parseDataset({ version: 1, contacts: [{ ...contact({ id: 'r' }), ...over }] });
    const error = errors.find((e) => e.field === field);
    expect(error?.id).toBe('r');
    return error?.message.replace(/[\u2068\u2069]/g, '');
  };
  const at = (place: Record<string, unknown>) => ({
    places: [{ name: 'P', country: 'XX', lat: 1, lon: 1, precision: 'city', ...place }],
  });

  it('says what was expected and what was found, never only "Invalid input"', () => {
    expect(messageFor({ track: '9' }, 'track')).toBe('expected one of "1", "1.5", "2", found the text "9"');
    expect(messageFor({ title: 5 }, 'title')).toBe('expected text, found the number 5');
    expect(messageFor({ title: '  ' }, 'title')).toBe('expected text, found an empty text');
    expect(messageFor({ parties: 'US' }, 'parties')).toBe('expected a list, found the text "US"');
    expect(messageFor({ kind: undefined }, 'kind')).toMatch(/^expected one of "call", .*found nothing/);
    expect(messageFor({ places: {} }, 'places')).toBe('expected a list, found an object');
  });

  it.each([
    [Number.NaN, 'expected a finite number, found NaN'],
    [Number.POSITIVE_INFINITY, 'expected a finite number, found Infinity'],
    [JSON.parse('1e309') as number, 'expected a finite number, found Infinity'],
    [91, 'latitude must be from -90 to 90; found the number 91'],
    [-90.5, 'latitude must be from -90 to 90; found the number -90.5'],
    ['12', 'expected a number, found the text "12"'],
  ])('latitude %s: %s', (lat, message) => {
    expect(messageFor(at({ lat }), 'places[0].lat')).toBe(message);
  });

  it('cuts long found values short', () => {
    const message = messageFor({ title: ['x'.repeat(200_000)] }, 'title') ?? '';
    expect(message).toBe('expected text, found a list of 1');
    const long = messageFor({ start: 'y'.repeat(200_000) }, 'start') ?? '';
    expect(long.length).toBeLessThan(200);
  });

  it('refuses dates outside 1900–2100, so a year 50 never reads as "50"', () => {
    expect(messageFor({ start: '0050-06-15' }, 'start')).toBe(
      '"0050-06-15" is outside the years the atlas shows (1900–2100)',
    );
    expect(messageFor({ start: '2025', end: '9999' }, 'end')).toMatch(/outside the years/);
    expect(messageFor({ start: '1899-12' }, 'start')).toMatch(/outside the years/);
    const ok = parseDataset({ version: 1, contacts: [contact({ start: '1900', end: '2100-12-31' })] });
    expect(ok.errors).toEqual([]);
  });
});

describe('parseDataset text', () => {
  it('shows control characters and closes overrides in every string, the id used in messages too', () => {
    const raw = contact({
      id: 'ctl',
      title: 'Talks\u0007 in \u202EGeneva',
      places: [{ name: 'Gen\u0000eva', country: 'CH', lat: 46.2, lon: 6.1, precision: 'city' }],
      participants: [{ name: 'A\u001BB' }],
    });
    const [parsed] = parseDataset({ version: 1, contacts: [raw] }).contacts;
    expect(parsed?.title).toBe('Talks[U+0007] in \u202EGeneva\u202C');
    expect(parsed?.places[0]?.name).toBe('Gen[U+0000]eva');
    expect(parsed?.participants[0]?.name).toBe('A[U+001B]B');
    const bad = parseDataset({ version: 1, contacts: [{ id: '\u202Eevil', title: 1 }] });
    expect(bad.errors[0]?.id).toBe('\u202Eevil\u202C');
  });
});
