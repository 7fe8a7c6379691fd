import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.ts';
import type { Contact } from '../schema.ts';
import { contact, MOSCOW, RIYADH, WASHINGTON } from '../testing/fixtures.ts';
import { quoteCsvField, toCsv, toGeoJson } from './exporters.ts';
import { CSV_COLUMNS } from './csvColumns.ts';
import { convertToDataset } from './importers.ts';
import { parseCsv } from './parseCsv.ts';

/** Exports, imports and validates again, failing loudly on any problem along the way. */
function roundTrip(text: string, fileName: string): Contact[] {
  const imported = convertToDataset(text, fileName);
  expect(imported.fatal).toBeUndefined();
  expect(imported.problems).toEqual([]);
  const parsed = parseDataset(imported.dataset);
  expect(parsed.errors).toEqual([]);
  return parsed.contacts;
}

const awkward = contact({
  id: 'awkward',
  title: 'Talks, "informal" ones',
  start: '2024-05',
  end: '2024-06-02',
  track: '1.5',
  kind: 'conference',
  places: [{ name: 'Villa, by the lake', country: 'CH', lat: 46.5, lon: -6.25, precision: 'venue' }],
  parties: ['US', 'RU', 'UN'],
  participants: [{ name: 'A. Person' }, { name: 'B. Person' }],
  summary: 'Line one,\r\nline "two"\nline three',
  confidence: 'disputed',
  sources: [
    { publisher: 'Le Temps', title: 'Des pourparlers; « discrets »', url: 'https://www.letemps.ch/a?b=1&c=2' },
    { publisher: 'Second', title: 'Not exported', url: 'https://example.org/2' },
  ],
});

const call = contact({
  id: 'call',
  kind: 'call',
  places: [WASHINGTON, MOSCOW],
  participants: [{ name: 'Leader A', role: 'President', party: 'US' }, { name: 'Leader B' }],
  notes: 'Readouts differ.',
  sources: [
    { publisher: 'Kremlin', title: 'Telephone conversation', url: 'http://kremlin.ru/x', published: '2025-02-12' },
  ],
});

describe('toCsv', () => {
  it('writes the documented columns and one row per contact, quoting only where needed', () => {
    const csv = toCsv([contact({ id: 'plain', title: 'Plain', places: [RIYADH] }), awkward]);
    const { rows } = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(csv.split('\r\n')[1]).toBe(
      'plain,Plain,2025-02-18,,1,meeting,Riyadh,Riyadh,SA,24.6877,46.7219,city,US;RU,,A meeting.,confirmed,https://www.reuters.com/x,A headline,Reuters',
    );
    expect(csv).toContain('"Talks, ""informal"" ones"');
    expect(csv).toContain('"Line one,\r\nline ""two""\nline three"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[2]?.[i]]));
    expect(cells).toMatchObject({
      city: '',
      parties: 'US;RU;UN',
      participants: 'A. Person;B. Person',
      source_url: 'https://www.letemps.ch/a?b=1&c=2',
    });
  });

  it('puts every place name in `place` and only the first place and source in the other columns', () => {
    const { rows } = parseCsv(toCsv([call]));
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(cells).toMatchObject({
      place: 'Washington / Moscow',
      city: 'Washington',
      country: 'US',
      lat: '38.8951',
      lon: '-77.0364',
      participants: 'Leader A;Leader B',
      source_title: 'Telephone conversation',
    });
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('')).toBe('');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
    expect(quoteCsvField(' padded')).toBe('" padded"');
  });

  it('round-trips every field the CSV carries', () => {
    const plain = contact({ id: 'plain', places: [RIYADH] });
    const [back1, back2] = roundTrip(toCsv([plain, awkward]), 'export.csv');
    expect(back1).toEqual(plain);
    // Only the first source is carried.
    expect(back2).toEqual({ ...awkward, sources: awkward.sources.slice(0, 1) });
  });

  it('defuses every cell and every list item a spreadsheet would evaluate, and reads them back unchanged', () => {
    const laden = contact({
      id: 'laden',
      title: '-1+1',
      places: [{ name: '-.5+cmd', city: '＝1+1', country: '@SUM(A1)', lat: -33.5, lon: -70.6, precision: 'city' }],
      parties: ['US', '=HYPERLINK("https://evil.example","x")', '+RU'],
      participants: [{ name: "-2+3+cmd|' /C calc'!A0" }, { name: "'=already" }],
      summary: '+cmd|calc',
      sources: [{ publisher: '＠x', title: '＋1', url: 'https://example.org/=1' }],
    });
    const csv = toCsv([laden]);
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, parseCsv(csv).rows[1]?.[i]]));
    expect(cells).toMatchObject({
      title: "'-1+1",
      place: "'-.5+cmd",
      city: "'＝1+1",
      country: "'@SUM(A1)",
      lat: '-33.5',
      lon: '-70.6',
      parties: `US;'=HYPERLINK("https://evil.example","x");'+RU`,
      participants: "'-2+3+cmd|' /C calc'!A0;''=already",
      summary: "'+cmd|calc",
      source_title: "'＋1",
      source_publisher: "'＠x",
    });
    expect(roundTrip(csv, 'export.csv')).toEqual([laden]);
  });

  it('round-trips a contact with several places as one place named after all of them', () => {
    const [back] = roundTrip(toCsv([call]), 'export.csv');
    expect(back).toEqual({
      ...call,
      places: [{ ...WASHINGTON, name: 'Washington / Moscow' }],
      participants: [{ name: 'Leader A' }, { name: 'Leader B' }],
      sources: [{ publisher: 'Kremlin', title: 'Telephone conversation', url: 'http://kremlin.ru/x' }],
      notes: undefined, // not carried by CSV; toEqual treats undefined as absent
    });
  });
});

describe('toGeoJson', () => {
  it('writes a Point for one place and a MultiPoint for several, as [lon, lat]', () => {
    const geo = toGeoJson([awkward, call]);
    expect(geo.type).toBe('FeatureCollection');
    const [one, two] = geo.features;
    expect(one?.geometry).toEqual({ type: 'Point', coordinates: [-6.25, 46.5] });
    expect(two?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [-77.0364, 38.8951],
        [37.6156, 55.7522],
      ],
    });
    expect(two?.properties).toEqual({
      id: 'call',
      title: call.title,
      start: '2025-02-18',
      end: null,
      track: '1',
      kind: 'call',
      parties: ['US', 'RU'],
      participants: [{ name: 'Leader A', role: 'President', party: 'US' }, { name: 'Leader B' }],
      summary: 'A meeting.',
      confidence: 'confirmed',
      places: ['Washington', 'Moscow'],
      placeDetails: [
        { name: 'Washington', city: 'Washington', country: 'US', precision: 'city' },
        { name: 'Moscow', city: 'Moscow', country: 'RU', precision: 'city' },
      ],
      sources: [
        { publisher: 'Kremlin', title: 'Telephone conversation', url: 'http://kremlin.ru/x', published: '2025-02-12' },
      ],
      notes: 'Readouts differ.',
      disclosed: null,
      partOf: null,
    });
    // Plain JSON: nothing that JSON.stringify would lose.
    expect(JSON.parse(JSON.stringify(geo))).toEqual(geo);
  });

  it('round-trips every field GeoJSON carries, every place and source included', () => {
    const contacts = [awkward, call];
    const back = roundTrip(JSON.stringify(toGeoJson(contacts)), 'export.geojson');
    expect(back).toEqual([awkward, call]);
  });

  it('round-trips a contact with three places', () => {
    const trio = contact({ id: 'trio', places: [WASHINGTON, MOSCOW, RIYADH] });
    expect(roundTrip(JSON.stringify(toGeoJson([trio])), 'x.json')).toEqual([trio]);
  });
});
