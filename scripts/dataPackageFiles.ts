// The files of the published data package (dist/data/): datapackage.json, the four CSV tables, the record
// as JSON and GeoJSON, and its JSON Schema. Written by npm run data:package and by the build (vite.config.ts).
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/data/parse.ts';
import { RELEASE } from '../src/data/release.ts';
import { dataPackage, type DataResource } from '../src/data/formats/dataPackage.ts';
import { exportMetadata } from '../src/data/formats/exportMetadata.ts';
import { toGeoJson } from '../src/data/formats/exporters.ts';
import { TABLE_NAMES, toCsvTables } from '../src/data/formats/tables.ts';
import { SCHEMA_PATH } from './schemaFile.ts';

export const PACKAGE_DIR = 'data';

const EXTRA_RESOURCES: DataResource[] = [
  {
    name: 'contacts-json',
    path: 'contacts.json',
    title: 'The record in its own format (format version 1)',
    description: 'Described by contacts.schema.json; the source of every other file here.',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
  },
  {
    name: 'contacts-geojson',
    path: 'contacts.geojson',
    title: 'The record as GeoJSON: one Point or MultiPoint feature per contact, every field kept',
    format: 'geojson',
    mediatype: 'application/geo+json',
    encoding: 'utf-8',
  },
  {
    name: 'contacts-schema',
    path: 'contacts.schema.json',
    title: 'JSON Schema of contacts.json',
    format: 'json',
    mediatype: 'application/schema+json',
    encoding: 'utf-8',
  },
];

/** File name (inside the package folder) to contents. */
export function dataPackageFiles(datasetText = readFileSync('data/contacts.json', 'utf8')): Record<string, string> {
  const parsed = parseDataset(JSON.parse(datasetText));
  if (parsed.fatal || parsed.errors.length) {
    throw new Error(`data:package: data/contacts.json is not valid; run npm run data:check`);
  }
  const { contacts } = parsed;
  const tables = toCsvTables(contacts);
  const descriptor = dataPackage({ release: RELEASE, count: contacts.length, extraResources: EXTRA_RESOURCES });
  const files: Record<string, string> = {
    'datapackage.json': `${JSON.stringify(descriptor, null, 2)}\n`,
    'contacts.json': datasetText,
    'contacts.geojson': `${JSON.stringify(toGeoJson(contacts, exportMetadata(RELEASE, 'the built-in dataset')))}\n`,
    'contacts.schema.json': readFileSync(SCHEMA_PATH, 'utf8'),
  };
  for (const name of TABLE_NAMES) files[`${name}.csv`] = tables[name];
  return files;
}
