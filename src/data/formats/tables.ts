// Contacts as four tables joined by contact id, losing nothing: contacts (one row each), places (a call has
// two), participants and sources (every one, with its date and origin). The column lists below are the one
// definition: the CSV writer, the reader that turns the tables back into contacts and the Frictionless
// Table Schema (dataPackage.ts) all come from them.
import { datePrecision } from '../dates.ts';
import { CONFIDENCES, KINDS, PLACE_PRECISIONS, TRACKS, type Contact, type Place } from '../schema.ts';
import { quoteCsvField, quoteCsvList } from './exporters.ts';
import { restoreFormula } from './csvFormula.ts';
import { parseCsv } from './parseCsv.ts';

/** Table Schema field types used here (https://specs.frictionlessdata.io/table-schema/). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year' | 'yearmonth' | 'date' | 'geopoint';

export interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  /** The cell; '' for no value. A list is written ";"-separated, each item defused on its own. */
  get: (row: T) => string | readonly string[];
}

export const TABLE_NAMES = ['contacts', 'places', 'participants', 'sources'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A row of a child table: the contact it belongs to and its position among the contact's rows. */
interface Child<T> {
  contact: Contact;
  index: number;
  item: T;
}

const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const PARTIES_SEPARATOR = ';';
const bool = (value: boolean | undefined) => (value ? 'true' : '');

/** A YYYY / YYYY-MM / YYYY-MM-DD value split into the typed column its precision fills; the others stay empty. */
function datePart(value: string | undefined, precision: 'year' | 'month' | 'day'): string {
  if (!value) return '';
  const p = datePrecision(value);
  if (precision === 'year') return value.slice(0, 4);
  return p === precision ? value : '';
}

function dateColumns(key: 'start' | 'end', required: boolean): Column<Contact>[] {
  const what = key === 'start' ? 'start' : 'end (spans only)';
  return [
    {
      name: key,
      type: 'string',
      description: `Date of the ${what} as YYYY, YYYY-MM or YYYY-MM-DD (EDTF level 0); the form is the precision.`,
      pattern: PARTIAL_DATE_PATTERN,
      required,
      get: (c) => c[key] ?? '',
    },
    {
      name: `${key}_year`,
      type: 'year',
      description: `Year of the ${what}.`,
      required,
      get: (c) => datePart(c[key], 'year'),
    },
    {
      name: `${key}_yearmonth`,
      type: 'yearmonth',
      description: `Year and month of the ${what}, when it is known to the month and no closer.`,
      get: (c) => datePart(c[key], 'month'),
    },
    {
      name: `${key}_date`,
      type: 'date',
      description: `Day of the ${what}, when it is known to the day.`,
      get: (c) => datePart(c[key], 'day'),
    },
  ];
}

const CONTACT_COLUMNS: Column<Contact>[] = [
  { name: 'id', type: 'string', description: 'Stable id of the contact.', required: true, get: (c) => c.id },
  { name: 'title', type: 'string', description: 'Title, in our words.', required: true, get: (c) => c.title },
  ...dateColumns('start', true),
  ...dateColumns('end', false),
  {
    name: 'date_precision',
    type: 'string',
    description: 'How closely the start is known: day, month or year.',
    enum: ['day', 'month', 'year'],
    required: true,
    get: (c) => datePrecision(c.start),
  },
  {
    name: 'track',
    type: 'string',
    description: '1 official, 1.5 semi-official, 2 unofficial.',
    enum: TRACKS,
    required: true,
    get: (c) => c.track,
  },
  { name: 'kind', type: 'string', description: 'Kind of contact.', enum: KINDS, required: true, get: (c) => c.kind },
  {
    name: 'parties',
    type: 'string',
    description: 'Parties, ";"-separated: ISO 3166-1 alpha-2 codes for states, short names for organisations.',
    get: (c) => c.parties,
  },
  { name: 'summary', type: 'string', description: 'Summary, in our words.', get: (c) => c.summary },
  {
    name: 'confidence',
    type: 'string',
    description: 'confirmed (two independent origins), reported (one) or disputed (sources disagree).',
    enum: CONFIDENCES,
    required: true,
    get: (c) => c.confidence,
  },
  {
    name: 'disclosed',
    type: 'string',
    description: 'When a secret contact first became public (YYYY, YYYY-MM or YYYY-MM-DD).',
    pattern: PARTIAL_DATE_PATTERN,
    get: (c) => c.disclosed ?? '',
  },
  {
    name: 'notes',
    type: 'string',
    description: 'What is uncertain and what each source says.',
    get: (c) => c.notes ?? '',
  },
  {
    name: 'part_of',
    type: 'string',
    description: 'Id of the channel or series this contact is one session of.',
    get: (c) => c.partOf ?? '',
  },
];

const contactId: Column<Child<unknown>> = {
  name: 'contact_id',
  type: 'string',
  description: 'Id of the contact (contacts.id).',
  required: true,
  get: (r) => r.contact.id,
};
const position = (what: string): Column<Child<unknown>> => ({
  name: 'position',
  type: 'integer',
  description: `Order of the ${what} within its contact, from 1.`,
  required: true,
  get: (r) => String(r.index + 1),
});

const PLACE_COLUMNS: Column<Child<Place>>[] = [
  contactId,
  position('place (a call has two: caller and called, as the record lists them)'),
  { name: 'name', type: 'string', description: 'Name of the place.', required: true, get: (r) => r.item.name },
  { name: 'city', type: 'string', description: 'City.', get: (r) => r.item.city ?? '' },
  {
    name: 'country',
    type: 'string',
    description: 'ISO 3166-1 alpha-2 country code.',
    required: true,
    get: (r) => r.item.country,
  },
  { name: 'lat', type: 'number', description: 'Latitude (WGS 84).', required: true, get: (r) => String(r.item.lat) },
  { name: 'lon', type: 'number', description: 'Longitude (WGS 84).', required: true, get: (r) => String(r.item.lon) },
  {
    name: 'location',
    type: 'geopoint',
    // The "array" form: a "lon, lat" string would start with "-" west of Greenwich and be defused.
    description: 'The same point as [lon, lat] (Table Schema geopoint, array format).',
    required: true,
    get: (r) => `[${r.item.lon}, ${r.item.lat}]`,
  },
  {
    name: 'precision',
    type: 'string',
    description: 'venue, city, region (an area, at a point within it) or country (the capital stands in).',
    enum: PLACE_PRECISIONS,
    required: true,
    get: (r) => r.item.precision,
  },
  {
    name: 'assumed',
    type: 'boolean',
    description: 'true when the sources do not say where; the place is our assumption.',
    get: (r) => bool(r.item.assumed),
  },
  {
    name: 'note',
    type: 'string',
    description: 'What the sources say about where it was.',
    get: (r) => r.item.note ?? '',
  },
];

const PARTICIPANT_COLUMNS: Column<Child<Contact['participants'][number]>>[] = [
  contactId,
  position('participant'),
  {
    name: 'name',
    type: 'string',
    description: 'Name, as the sources give it.',
    required: true,
    get: (r) => r.item.name,
  },
  { name: 'role', type: 'string', description: 'Role at the time.', get: (r) => r.item.role ?? '' },
  { name: 'party', type: 'string', description: 'The party they spoke for.', get: (r) => r.item.party ?? '' },
];

const SOURCE_COLUMNS: Column<Child<Contact['sources'][number]>>[] = [
  contactId,
  position('source'),
  { name: 'publisher', type: 'string', description: 'Publisher.', required: true, get: (r) => r.item.publisher },
  { name: 'title', type: 'string', description: 'Headline.', required: true, get: (r) => r.item.title },
  { name: 'url', type: 'string', description: 'Link (http or https).', required: true, get: (r) => r.item.url },
  {
    name: 'published',
    type: 'string',
    description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD).',
    pattern: PARTIAL_DATE_PATTERN,
    get: (r) => r.item.published ?? '',
  },
  {
    name: 'origin',
    type: 'string',
    description: 'Outlet or agency whose reporting it is (copies of a wire story name the wire).',
    get: (r) => r.item.origin ?? '',
  },
  {
    name: 'title_from_url',
    type: 'boolean',
    description: 'true when the headline could not be checked and was read from the address.',
    get: (r) => bool(r.item.titleFromUrl),
  },
];

// The columns of every table, typed loosely so one writer serves them all.
export const TABLE_COLUMNS: Record<TableName, Column<never>[]> = {
  contacts: CONTACT_COLUMNS,
  places: PLACE_COLUMNS,
  participants: PARTICIPANT_COLUMNS,
  sources: SOURCE_COLUMNS,
};

function children<T>(contacts: readonly Contact[], items: (c: Contact) => readonly T[]): Child<T>[] {
  return contacts.flatMap((contact) => items(contact).map((item, index) => ({ contact, index, item })));
}

function writeCell(value: string | readonly string[]): string {
  return typeof value === 'string' ? quoteCsvField(value) : quoteCsvList(value);
}

function writeCsv<T>(columns: Column<T>[], rows: readonly T[]): string {
  const lines = [
    columns.map((c) => c.name).join(','),
    ...rows.map((r) => columns.map((c) => writeCell(c.get(r))).join(',')),
  ];
  // CRLF as RFC 4180 asks.
  return `${lines.join('\r\n')}\r\n`;
}

/** The four CSV tables of these contacts. Every cell is defused against spreadsheet formulas. */
export function toCsvTables(contacts: readonly Contact[]): Record<TableName, string> {
  return {
    contacts: writeCsv(CONTACT_COLUMNS, contacts),
    places: writeCsv(
      PLACE_COLUMNS,
      children(contacts, (c) => c.places),
    ),
    participants: writeCsv(
      PARTICIPANT_COLUMNS,
      children(contacts, (c) => c.participants),
    ),
    sources: writeCsv(
      SOURCE_COLUMNS,
      children(contacts, (c) => c.sources),
    ),
  };
}

/** Rows of a CSV table as records by column name, as written (still defused). */
export function readCsvTable(text: string): Record<string, string>[] {
  const { rows, error } = parseCsv(text);
  if (error) throw new Error(error);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** A table's rows with the defusing undone: whole cells, or item by item for the ";" lists. */
function readTable(table: TableName, text: string): Record<string, string>[] {
  const lists = new Set(LIST_COLUMNS[table]);
  return readCsvTable(text).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, cell]) => [
        name,
        lists.has(name)
          ? cell.split(PARTIES_SEPARATOR).map(restoreFormula).join(PARTIES_SEPARATOR)
          : restoreFormula(cell),
      ]),
    ),
  );
}

const LIST_COLUMNS: Record<TableName, string[]> = { contacts: ['parties'], places: [], participants: [], sources: [] };

const optional = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } =>
  (value ? { [key]: value } : {}) as { [P in K]?: string };
const flag = <K extends string>(key: K, value: string | undefined): { [P in K]?: true } =>
  (value === 'true' ? { [key]: true } : {}) as { [P in K]?: true };

/**
 * The dataset the four tables describe, for parseDataset to validate: child rows join their contact by
 * contact_id, in `position` order. Rows naming no known contact are reported, never dropped silently.
 */
export function fromCsvTables(tables: Record<TableName, string>): { contacts: unknown[]; orphans: string[] } {
  const byId = new Map<
    string,
    Record<string, unknown> & { places: unknown[]; participants: unknown[]; sources: unknown[] }
  >();
  for (const r of readTable('contacts', tables.contacts)) {
    byId.set(r.id!, {
      id: r.id,
      title: r.title,
      start: r.start,
      ...optional('end', r.end),
      track: r.track,
      kind: r.kind,
      places: [],
      parties: r.parties ? r.parties.split(PARTIES_SEPARATOR) : [],
      participants: [],
      summary: r.summary ?? '',
      confidence: r.confidence,
      ...optional('disclosed', r.disclosed),
      ...optional('notes', r.notes),
      ...optional('partOf', r.part_of),
      sources: [],
    });
  }
  const orphans: string[] = [];
  const attach = (
    table: TableName,
    list: 'places' | 'participants' | 'sources',
    make: (r: Record<string, string>) => unknown,
  ) => {
    const rows = readTable(table, tables[table]).map((r, i) => ({ r, line: i + 2 }));
    rows.sort((a, b) => Number(a.r.position) - Number(b.r.position));
    for (const { r, line } of rows) {
      const owner = byId.get(r.contact_id ?? '');
      if (owner) owner[list].push(make(r));
      else orphans.push(`${table}.csv row ${line}: contact_id "${r.contact_id ?? ''}" is not in contacts.csv`);
    }
  };
  attach('places', 'places', (r) => ({
    name: r.name,
    ...optional('city', r.city),
    country: r.country,
    lat: Number(r.lat),
    lon: Number(r.lon),
    precision: r.precision,
    ...flag('assumed', r.assumed),
    ...optional('note', r.note),
  }));
  attach('participants', 'participants', (r) => ({
    name: r.name,
    ...optional('role', r.role),
    ...optional('party', r.party),
  }));
  attach('sources', 'sources', (r) => ({
    publisher: r.publisher,
    title: r.title,
    url: r.url,
    ...optional('published', r.published),
    ...optional('origin', r.origin),
    ...flag('titleFromUrl', r.title_from_url),
  }));
  return { contacts: [...byId.values()], orphans };
}
