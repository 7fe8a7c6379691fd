// CSV rows (from parseCsv.ts) to contacts, one contact per row; csvColumns.ts says what each column holds.
import { say } from '../dataSaid.ts';
import type { RecordError } from '../parse.ts';
import { CONFIDENCES, KINDS, PLACE_PRECISIONS } from '../schema.ts';
import { CSV_COLUMNS, isCsvColumn, REQUIRED_CSV_COLUMNS, type CsvColumn } from './csvColumns.ts';
import { makePlace, UNNAMED_PLACE } from './drafts.ts';
import { collect, failure, type Converted, type ImportResult } from './importResult.ts';
import { finishRow, openRow, warn } from './importRow.ts';
import { readEnd, readStart } from './readDates.ts';
import { readChoice, readCoordinates, readParticipants, readPlaceByName, readTitle, readTrack } from './readFields.ts';
import { readSource } from './readSources.ts';
import { quoteValue } from '../text.ts';
import { splitList } from './values.ts';
import { restoreFormula } from './csvFormula.ts';
import { parseCsv, type CsvSeparator } from './parseCsv.ts';

const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };
const SEPARATOR_SAID = { ',': 'csv.sep.comma', ';': 'csv.sep.semicolon', '\t': 'csv.sep.tab' } as const;

/** The separator under which the header names the most of our columns (then: gives the most cells). */
export function detectSeparator(text: string): { separator: CsvSeparator; known: number } {
  const firstLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best = { separator: ',' as CsvSeparator, known: -1, cells: 0 };
  for (const separator of SEPARATORS) {
    const header = parseCsv(firstLine, separator).rows[0] ?? [];
    const known = header.filter((name) => isCsvColumn(name.trim().toLowerCase())).length;
    if (known > best.known || (known === best.known && header.length > best.cells))
      best = { separator, known, cells: header.length };
  }
  return best;
}

export function convertCsv(text: string): ImportResult {
  const { separator } = detectSeparator(text);
  const { rows, error, errorLine } = parseCsv(text, separator);
  if (error)
    return failure(
      'csv',
      `The CSV file cannot be read: ${error}.`,
      say('csv.unreadable', { error: say('csv.unclosedQuote', { line: errorLine ?? 0 }) }),
    );
  const [header, ...records] = rows;
  if (!header) return failure('csv', 'The CSV file is empty.', say('csv.empty'));
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    // Say what the file has: a wrong separator or a sheet from another tool shows at once.
    const list = missing.map((column) => `"${column}"`).join(', ');
    const found = header.map((name) => quoteValue(name.trim(), 40)).join(', ');
    const optional = CSV_COLUMNS.filter((c) => !REQUIRED_CSV_COLUMNS.includes(c));
    return failure(
      'csv',
      `The CSV file has no ${list} column${missing.length > 1 ? 's' : ''}. Its header (read as separated by ` +
        `${SEPARATOR_NAMES[separator]}) has ${header.length} column${header.length === 1 ? '' : 's'}: ${found}. ` +
        `Required: ${REQUIRED_CSV_COLUMNS.join(', ')}; optional: ` +
        `${optional.join(', ')}.`,
      say('csv.missingColumns', {
        list,
        missing: missing.length,
        separator: say(SEPARATOR_SAID[separator]),
        count: header.length,
        found,
        required: REQUIRED_CSV_COLUMNS.join(', '),
        optional: optional.join(', '),
      }),
    );
  }
  return collect(
    'csv',
    // A row whose cells are all empty (",,,", as spreadsheets write trailing rows) is no row at all.
    records.flatMap((cells, i) => (cells.every((cell) => !cell.trim()) ? [] : [convertCsvRow(names, cells, i + 1)])),
    checkCsvHeader(names),
  );
}

/** Columns we do not read are reported once, not per row, so their values are not lost unannounced. */
function checkCsvHeader(names: string[]): RecordError[] {
  const problems: RecordError[] = [];
  names.forEach((name, i) => {
    if (!name) return;
    if (!isCsvColumn(name)) {
      problems.push({
        id: '(header)',
        field: name,
        message: 'unknown column; its values were not imported',
        said: say('record.unknownColumn'),
        warning: true,
      });
    } else if (names.indexOf(name) !== i) {
      problems.push({
        id: '(header)',
        field: name,
        message: 'duplicate column; only the first one was read',
        said: say('record.duplicateColumn'),
        warning: true,
      });
    }
  });
  return problems;
}

function convertCsvRow(names: string[], cells: string[], position: number): Converted {
  const values = new Map<CsvColumn, string>();
  names.forEach((name, i) => {
    if (isCsvColumn(name) && !values.has(name)) values.set(name, cells[i]?.trim() ?? '');
  });
  // Our own export put an apostrophe before formulas (csvFormula.ts); it comes off again here, per list item
  // for the ";" lists, whose items were defused one by one.
  const raw = (column: CsvColumn): string => values.get(column) ?? '';
  const get = (column: CsvColumn): string => restoreFormula(raw(column));
  const list = (column: CsvColumn): string[] => splitList(raw(column)).map((item) => restoreFormula(String(item)));
  const row = openRow(get('id'), position);
  if (cells.slice(names.length).some((cell) => cell.trim())) {
    warn(
      row,
      '(row)',
      `the row has ${cells.length} cells but the header only ${names.length}; the extra cells were not imported`,
      say('record.extraCells', { cells: cells.length, columns: names.length }),
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
  });
  // No coordinates at all: placed by its city or place name when the atlas knows it, else not on the map.
  const known =
    !get('lat') && !get('lon') ? readPlaceByName(row, get('city') ? 'city' : 'place', get('city'), get('place')) : null;
  const located = coordinates ?? known;
  const place =
    located &&
    makePlace({
      name: get('place') || get('city') || known?.name || UNNAMED_PLACE,
      city: get('city') || (known?.name ?? ''),
      country: get('country') || (known?.country ?? ''),
      lat: located.lat,
      lon: located.lon,
      precision: coordinates ? readChoice(row, 'precision', get('precision'), PLACE_PRECISIONS, 'city') : 'city',
    });
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    track: readTrack(row, 'track', get('track')),
    kind: readChoice(row, 'kind', get('kind'), KINDS, 'meeting'),
    places: place ? [place] : [],
    parties: list('parties'),
    participants: readParticipants(list('participants')),
    summary: get('summary'),
    confidence: readChoice(row, 'confidence', get('confidence'), CONFIDENCES, 'reported'),
    sources: readSource(row, 'source_url', get('source_url'), get('source_title'), get('source_publisher')),
  });
}
