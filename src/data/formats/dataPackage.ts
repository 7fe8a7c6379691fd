// A Frictionless Data Package descriptor (datapackage.json, https://specs.frictionlessdata.io/data-package/)
// for the four CSV tables of tables.ts, with a Table Schema per table built from the same column lists.
// npm run data:package writes it for the whole release; the view's CSV download puts one in its zip.
import type { Release } from '../release.ts';
import { TABLE_COLUMNS, TABLE_NAMES, type Column, type TableName } from './tables.ts';

export interface TableSchemaField {
  name: string;
  type: Column<never>['type'];
  description: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  missingValues: string[];
}

export interface DataResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  profile?: string;
  format: string;
  mediatype: string;
  encoding?: string;
  schema?: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package' | 'data-package';
  name: string;
  title: string;
  description: string;
  version?: string;
  created?: string;
  licenses?: Array<{ name: string; path: string; title: string }>;
  contributors?: Array<{ title: string; role: string }>;
  sources: Array<{ title: string; path?: string }>;
  resources: DataResource[];
}

const TABLE_TITLES: Record<TableName, string> = {
  contacts: 'Contacts: one row per contact',
  places: 'Places of each contact (a call has two)',
  participants: 'Participants of each contact, with roles',
  sources: 'Sources of each contact, with dates',
};

function field(column: Column<never>): TableSchemaField {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: [...column.enum] } : {}),
    ...(column.pattern ? { pattern: column.pattern } : {}),
  };
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.type === 'geopoint' ? { format: 'array' } : {}),
    // An empty cell is a missing value, so "false" is never written.
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function tableSchema(table: TableName): TableSchema {
  const fields = TABLE_COLUMNS[table].map(field);
  if (table === 'contacts') return { fields, primaryKey: ['id'], missingValues: [''] };
  return {
    fields,
    primaryKey: ['contact_id', 'position'],
    foreignKeys: [{ fields: ['contact_id'], reference: { resource: 'contacts', fields: ['id'] } }],
    missingValues: [''],
  };
}

export function tableResources(): DataResource[] {
  return TABLE_NAMES.map((name) => ({
    name,
    path: `${name}.csv`,
    title: TABLE_TITLES[name],
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: tableSchema(name),
  }));
}

const GEONAMES = { title: 'GeoNames (place coordinates, CC BY 4.0)', path: 'https://www.geonames.org/' };

/**
 * The descriptor. With a release, it is the Backchannel Atlas record of that version and licence; without
 * one (a user's own file), it says so and claims no version or licence: the original file's terms apply.
 */
export function dataPackage(options: {
  release: Release | null;
  /** Where other data came from (a file name or URL); ignored with a release. */
  sourceLabel?: string;
  /** Contacts in it; for the description. */
  count: number;
  extraResources?: DataResource[];
}): DataPackage {
  const { release, count } = options;
  const resources = [...tableResources(), ...(options.extraResources ?? [])];
  if (!release) {
    return {
      profile: 'tabular-data-package',
      name: 'contacts-export',
      title: `Contacts from ${options.sourceLabel ?? 'a file'}`,
      description: `${count} contacts exported by Backchannel Atlas from ${options.sourceLabel ?? 'a file'}. This is not the Backchannel Atlas record: the terms of the original file apply.`,
      sources: [{ title: options.sourceLabel ?? 'a file' }],
      resources,
    };
  }
  return {
    profile: 'tabular-data-package',
    name: 'backchannel-atlas',
    title: release.title,
    description: `${count} contacts of the ${release.title} record ${release.version}: official (track 1), semi-official (track 1.5) and unofficial (track 2) diplomacy around the war in Ukraine, each with its places, participants and dated sources. Dates are YYYY, YYYY-MM or YYYY-MM-DD (the form is the precision); the typed *_year, *_yearmonth and *_date columns are filled at that precision.`,
    version: release.version,
    created: release.date,
    licenses: [{ name: release.dataLicence.id, path: release.dataLicence.url, title: release.dataLicence.title }],
    contributors: [{ title: release.authors, role: 'author' }],
    sources: [{ title: 'The published sources listed for each contact in sources.csv' }, GEONAMES],
    resources,
  };
}
