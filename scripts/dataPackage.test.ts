import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/parse.ts';
import { RELEASE } from '../src/data/release.ts';
import { tableSchema, type DataPackage } from '../src/data/formats/dataPackage.ts';
import { convertToDataset } from '../src/data/formats/importers.ts';
import { parseCsv } from '../src/data/formats/parseCsv.ts';
import { fromCsvTables, TABLE_NAMES, type TableName } from '../src/data/formats/tables.ts';
import { dataPackageFiles } from './dataPackageFiles.ts';
import { checkForeignKeys, checkTable, type TableRows } from './tableSchemaCheck.ts';

const files = dataPackageFiles();
const descriptor = JSON.parse(files['datapackage.json']!) as DataPackage;
const record = parseDataset(JSON.parse(readFileSync('data/contacts.json', 'utf8'))).contacts;

function rows(text: string): TableRows {
  const [header = [], ...body] = parseCsv(text).rows;
  return { header, rows: body };
}

describe('the data package', () => {
  it('describes its resources, version, licence and sources', () => {
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'backchannel-atlas',
      version: RELEASE.version,
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(descriptor.sources.length).toBeGreaterThan(0);
    // Every resource is a file of the package, and every file a resource.
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
    const types = descriptor.resources.flatMap((r) => r.schema?.fields.map((f) => f.type) ?? []);
    for (const type of ['year', 'yearmonth', 'date', 'geopoint'] as const) expect(types).toContain(type);
  });

  it('has tables that hold to their own Table Schema, keys and foreign keys included', () => {
    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, rows(files[`${t}.csv`]!)])) as Record<
      TableName,
      TableRows
    >;
    const problems = descriptor.resources.flatMap((resource) => {
      if (!resource.schema) return [];
      const table = tables[resource.name as TableName];
      return [
        ...checkTable(resource.name, table, resource.schema),
        ...checkForeignKeys(resource.name, table, resource.schema, tables),
      ];
    });
    expect(problems).toEqual([]);
    expect(tables.contacts.rows).toHaveLength(record.length);
    expect(tables.sources.rows).toHaveLength(record.reduce((n, c) => n + c.sources.length, 0));
  });

  it('round-trips every contact through the CSV tables and through the GeoJSON', () => {
    const { contacts, orphans } = fromCsvTables(
      Object.fromEntries(TABLE_NAMES.map((t) => [t, files[`${t}.csv`]!])) as Record<TableName, string>,
    );
    expect(orphans).toEqual([]);
    const fromTables = parseDataset({ version: 1, contacts });
    expect(fromTables.errors).toEqual([]);
    expect(fromTables.contacts).toEqual(record);
    const imported = convertToDataset(files['contacts.geojson']!, 'contacts.geojson');
    expect(imported.problems).toEqual([]);
    expect(parseDataset(imported.dataset).contacts).toEqual(record);
  });
});

describe('the Table Schema check', () => {
  const schema = tableSchema('places');
  const header = schema.fields.map((f) => f.name);
  const good = ['a', '1', 'Geneva', 'Geneva', 'CH', '46.2', '6.1', '[6.1, 46.2]', 'city', '', ''];

  it('accepts a good row and names each bad cell, repeated key and dangling foreign key', () => {
    expect(checkTable('places', { header, rows: [good] }, schema)).toEqual([]);
    const bad = ['a', 'x', '', 'Geneva', 'CH', 'north', '6.1', '6.1, 46.2', 'town', 'yes', ''];
    expect(checkTable('places', { header, rows: [good, good, bad] }, schema)).toEqual([
      'places row 3: primary key contact_id+position repeated',
      'places row 4 position: "x" is not a integer',
      'places row 4 name: required',
      'places row 4 lat: "north" is not a number',
      'places row 4 location: "6.1, 46.2" is not a geopoint',
      'places row 4 precision: "town" is not one of venue, city, region, country',
      'places row 4 assumed: "yes" is not a boolean',
    ]);
    const contacts = { header: ['id'], rows: [['b']] };
    expect(checkForeignKeys('places', { header, rows: [good] }, schema, { contacts })).toEqual([
      'places row 2: contact_id "a" not in contacts',
    ]);
  });

  it('checks dates by type and a header against the fields', () => {
    const contacts = tableSchema('contacts');
    const names = contacts.fields.map((f) => f.name);
    const row = names.map(
      (n) =>
        ({
          id: 'x',
          title: 'T',
          start: '2025-02',
          start_year: '2025',
          start_yearmonth: '2025-13',
          date_precision: 'month',
          track: '1',
          kind: 'call',
          confidence: 'reported',
        })[n] ?? '',
    );
    expect(checkTable('contacts', { header: names, rows: [row] }, contacts)).toEqual([
      'contacts row 2 start_yearmonth: "2025-13" is not a yearmonth',
    ]);
    expect(checkTable('contacts', { header: ['id'], rows: [] }, contacts)[0]).toMatch(
      /^contacts: header id is not id,title/,
    );
  });
});
