// CSV: reading the file (parseCsv) and turning its rows into contacts, one contact per row.
//
// CSV columns. Header names are matched case-insensitively and may come in any order; title, start, lat
// and lon are required, the rest may be missing or empty.
//   id                the contact's id; lowercased, other characters become "-"; "row-N" when empty
//   title             required
//   start, end        YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time (only its date is kept)
//   track             1, 1.5 or 2 ("Track 1.5" works too); default 1
//   kind              meeting, call, exchange or conference; default meeting
//   place             the place's name; default the city, else "Unnamed place"
//   city
//   country           ISO 3166-1 alpha-2
//   lat, lon          decimal degrees; required
//   precision         venue, city or country; default city
//   parties           ";"-separated, e.g. "US;RU"
//   participants      ";"-separated names
//   summary
//   confidence        confirmed, reported or disputed; default reported
//   source_url        an http(s) link; the one source of the row
//   source_title      default: the link itself
//   source_publisher  default: the link's host
// Rows are numbered from 1 after the header, blank lines not counted: "#3" is the third data row.
import type { RecordError } from '../parse.ts';
import { CONFIDENCES, KINDS, PLACE_PRECISIONS } from '../schema.ts';
import {
  collect,
  failure,
  finishRow,
  makePlace,
  openRow,
  readChoice,
  readCoordinates,
  readEnd,
  readParticipants,
  readSource,
  readStart,
  readTitle,
  readTrack,
  splitList,
  UNNAMED_PLACE,
  warn,
  type Converted,
  type ImportResult,
} from './importHelpers.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'track',
  'kind',
  'place',
  'city',
  'country',
  'lat',
  'lon',
  'precision',
  'parties',
  'participants',
  'summary',
  'confidence',
  'source_url',
  'source_title',
  'source_publisher',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['title', 'start', 'lat', 'lon'];

export function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}

export function convertCsv(text: string): ImportResult {
  const { rows, error } = parseCsv(text);
  if (error) return failure('csv', `The CSV file cannot be read: ${error}.`);
  const [header, ...records] = rows;
  if (!header) return failure('csv', 'The CSV file is empty.');
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    const list = missing.map((column) => `"${column}"`).join(', ');
    return failure(
      'csv',
      `The CSV file has no ${list} column${missing.length > 1 ? 's' : ''}; the columns are ${CSV_COLUMNS.join(', ')}.`,
    );
  }
  return collect(
    'csv',
    records.map((cells, i) => convertCsvRow(names, cells, i + 1)),
    checkCsvHeader(names),
  );
}

/** Columns we do not read are reported once, not per row, so their values are not lost unannounced. */
function checkCsvHeader(names: string[]): RecordError[] {
  const problems: RecordError[] = [];
  names.forEach((name, i) => {
    if (!name) return;
    if (!isCsvColumn(name)) {
      problems.push({ id: '(header)', field: name, message: 'unknown column; its values were not imported' });
    } else if (names.indexOf(name) !== i) {
      problems.push({ id: '(header)', field: name, message: 'duplicate column; only the first one was read' });
    }
  });
  return problems;
}

function convertCsvRow(names: string[], cells: string[], position: number): Converted {
  const values = new Map<CsvColumn, string>();
  names.forEach((name, i) => {
    if (isCsvColumn(name) && !values.has(name)) values.set(name, cells[i]?.trim() ?? '');
  });
  const get = (column: CsvColumn): string => values.get(column) ?? '';
  const row = openRow(get('id'), position);
  if (cells.slice(names.length).some((cell) => cell.trim())) {
    warn(
      row,
      '(row)',
      `the row has ${cells.length} cells but the header only ${names.length}; the extra cells were not imported`,
    );
  }
  const title = readTitle(row, 'title', get('title'));
  const start = readStart(row, 'start', get('start'));
  const end = readEnd(row, 'end', get('end'));
  const coordinates = readCoordinates(row, {
    lat: get('lat'),
    lon: get('lon'),
    latField: 'lat',
    lonField: 'lon',
    noneField: 'lat/lon',
  });
  const place =
    coordinates &&
    makePlace({
      name: get('place') || get('city') || UNNAMED_PLACE,
      city: get('city'),
      country: get('country'),
      ...coordinates,
      precision: readChoice(row, 'precision', get('precision'), PLACE_PRECISIONS, 'city'),
    });
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    track: readTrack(row, 'track', get('track')),
    kind: readChoice(row, 'kind', get('kind'), KINDS, 'meeting'),
    places: place ? [place] : [],
    parties: splitList(get('parties')),
    participants: readParticipants(get('participants')),
    summary: get('summary'),
    confidence: readChoice(row, 'confidence', get('confidence'), CONFIDENCES, 'reported'),
    sources: readSource(row, 'source_url', get('source_url'), get('source_title'), get('source_publisher')),
  });
}

/**
 * RFC 4180 CSV: quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF, LF or CR
 * line ends, an optional UTF-8 BOM. Blank lines are skipped. Lenient where spreadsheets are sloppy: a quote
 * in the middle of an unquoted field is kept as text.
 */
export function parseCsv(text: string): { rows: string[][]; error?: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(field);
    // A line with nothing on it is a blank line, not a row with one empty cell.
    if (row.length > 1 || row[0] !== '' || fieldWasQuoted) rows.push(row);
    row = [];
    field = '';
    fieldWasQuoted = false;
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      field += ch;
    }
  }
  if (quoted) return { rows, error: `a quoted field opened on line ${quoteLine} is never closed` };
  if (field !== '' || row.length > 0 || fieldWasQuoted) endRow();
  return { rows };
}
