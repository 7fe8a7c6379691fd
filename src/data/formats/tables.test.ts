import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.ts';
import { RELEASE } from '../release.ts';
import type { Contact } from '../schema.ts';
import { contact, MOSCOW, WASHINGTON } from '../testing/fixtures.ts';
import { dataPackage } from './dataPackage.ts';
import { toGeoJson } from './exporters.ts';
import { exportMetadata } from './exportMetadata.ts';
import { convertToDataset } from './importers.ts';
import { fromCsvTables, readCsvTable, toCsvTables } from './tables.ts';
import { csvTablesZip } from './zipTables.ts';

/** A leaders' call: two places (one assumed, with a note), four dated sources, participants with roles. */
const call: Contact = contact({
  id: 'us-ru-call-2025-02-12',
  title: 'Leaders\u2019 call, "first" of the year',
  start: '2025-02-12',
  kind: 'call',
  places: [
    { ...WASHINGTON, name: 'White House, Oval Office', precision: 'venue', lat: 38.8977, lon: -77.0365 },
    { ...MOSCOW, assumed: true, note: 'Kremlin readout does not say where Putin was.' },
  ],
  participants: [
    { name: 'Leader A', role: 'President', party: 'US' },
    { name: 'Leader B', role: 'President', party: 'RU' },
    { name: 'Aide, unnamed role' },
  ],
  parties: ['US', 'RU'],
  summary: 'They spoke for ninety minutes,\nthen again.',
  notes: 'Readouts differ on length.',
  disclosed: '2025-02',
  partOf: 'us-ru-channel-2025',
  confidence: 'disputed',
  sources: [
    {
      publisher: 'Kremlin',
      title: 'Telephone conversation',
      url: 'http://kremlin.ru/x',
      published: '2025-02-12',
      origin: 'Kremlin',
    },
    {
      publisher: 'Reuters',
      title: 'Leaders speak',
      url: 'https://www.reuters.com/a',
      published: '2025-02-12',
      origin: 'Reuters',
    },
    {
      publisher: 'AP',
      title: 'Call, then talks',
      url: 'https://apnews.com/b?c=1,2',
      published: '2025-02-13',
      origin: 'AP',
    },
    {
      publisher: 'Example',
      title: 'example.org/d',
      url: 'https://example.org/d',
      published: '2025',
      origin: 'Example',
      titleFromUrl: true,
    },
  ],
});

const yearOnly = contact({ id: 'year-only', start: '2023', end: '2024-03', parties: ['=HYPERLINK("x")', 'UA'] });

function fromTables(tables: ReturnType<typeof toCsvTables>): Contact[] {
  const { contacts, orphans } = fromCsvTables(tables);
  expect(orphans).toEqual([]);
  const parsed = parseDataset({ version: 1, contacts });
  expect(parsed.errors).toEqual([]);
  return parsed.contacts;
}

describe('four CSV tables', () => {
  it('round-trip a call with two places, four sources and participants with roles, losing nothing', () => {
    expect(fromTables(toCsvTables([call, yearOnly]))).toEqual([call, yearOnly]);
  });

  it('have one row per place, participant and source, joined by contact id in order', () => {
    const tables = toCsvTables([call, yearOnly]);
    const places = readCsvTable(tables.places);
    expect(places.map((p) => [p.contact_id, p.position, p.name, p.location, p.assumed])).toEqual([
      [call.id, '1', 'White House, Oval Office', '[-77.0365, 38.8977]', ''],
      [call.id, '2', 'Moscow', '[37.6156, 55.7522]', 'true'],
      [yearOnly.id, '1', 'Geneva', '[6.1457, 46.2022]', ''],
    ]);
    const sources = readCsvTable(tables.sources).filter((s) => s.contact_id === call.id);
    expect(sources.map((s) => [s.position, s.publisher, s.published])).toEqual([
      ['1', 'Kremlin', '2025-02-12'],
      ['2', 'Reuters', '2025-02-12'],
      ['3', 'AP', '2025-02-13'],
      ['4', 'Example', '2025'],
    ]);
    expect(readCsvTable(tables.participants).map((p) => p.role)).toEqual(['President', 'President', '']);
  });

  it('fill the typed date columns only at the precision the date has', () => {
    const [a, b] = readCsvTable(toCsvTables([call, yearOnly]).contacts);
    expect([a?.start_year, a?.start_yearmonth, a?.start_date, a?.date_precision]).toEqual([
      '2025',
      '',
      '2025-02-12',
      'day',
    ]);
    expect([b?.start_year, b?.start_yearmonth, b?.start_date, b?.end_yearmonth, b?.date_precision]).toEqual([
      '2023',
      '',
      '',
      '2024-03',
      'year',
    ]);
  });

  it('defuse every cell and every list item a spreadsheet would evaluate', () => {
    const { contacts } = toCsvTables([yearOnly]);
    expect(readCsvTable(contacts)[0]?.parties).toBe('\'=HYPERLINK("x");UA');
  });

  it('report child rows whose contact is not in contacts.csv', () => {
    const tables = toCsvTables([call]);
    const { orphans } = fromCsvTables({ ...tables, contacts: toCsvTables([yearOnly]).contacts });
    expect(orphans).toHaveLength(2 + 3 + 4);
    expect(orphans[0]).toBe(`places.csv row 2: contact_id "${call.id}" is not in contacts.csv`);
  });
});

describe('CSV zip', () => {
  it('holds the four tables and a datapackage.json with version and licence', () => {
    const files = unzipSync(csvTablesZip([call], RELEASE, 'the built-in dataset'));
    expect(Object.keys(files).sort()).toEqual([
      'contacts.csv',
      'datapackage.json',
      'participants.csv',
      'places.csv',
      'sources.csv',
    ]);
    const text = (name: string) => strFromU8(files[name]!);
    expect(
      fromTables({
        contacts: text('contacts.csv'),
        places: text('places.csv'),
        participants: text('participants.csv'),
        sources: text('sources.csv'),
      }),
    ).toEqual([call]);
    const descriptor = JSON.parse(text('datapackage.json')) as ReturnType<typeof dataPackage>;
    expect(descriptor.version).toBe(RELEASE.version);
    expect(descriptor.licenses?.[0]?.name).toBe('CC-BY-4.0');
  });

  it('claims no version or licence for other data', () => {
    const descriptor = dataPackage({ release: null, sourceLabel: 'mine.csv', count: 1 });
    expect(descriptor.version).toBeUndefined();
    expect(descriptor.licenses).toBeUndefined();
    expect(descriptor.description).toContain('not the Backchannel Atlas record');
  });
});

describe('lossless GeoJSON', () => {
  it('round-trips every field of a call with two places and four sources, and carries version and licence', () => {
    const geo = toGeoJson([call, yearOnly], exportMetadata(RELEASE, 'the built-in dataset'));
    expect(geo.metadata).toMatchObject({ version: RELEASE.version, licence: 'CC-BY-4.0' });
    const imported = convertToDataset(JSON.stringify(geo), 'export.geojson');
    expect(imported.problems).toEqual([]);
    const parsed = parseDataset(imported.dataset);
    expect(parsed.errors).toEqual([]);
    expect(parsed.contacts).toEqual([call, yearOnly]);
  });

  it('says when the data is not the record', () => {
    expect(exportMetadata(null, 'mine.csv')).toMatchObject({
      version: null,
      licence: null,
      title: 'Contacts from mine.csv',
    });
  });
});
