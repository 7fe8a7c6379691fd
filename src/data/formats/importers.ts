// Turns files from other tools (CSV, GeoJSON, TimelineJS) into our dataset shape. It only builds contact
// objects and fills in the defaults foreign formats lack; parseDataset still validates the result, so the
// schema's rules live in one place. A row that cannot become a contact at all (no title, no usable start
// date, no location) is left out and reported; a value that had to be replaced by a default is reported
// too, so nothing in the file disappears without a word.
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
import { CONFIDENCES, KINDS, PARTIAL_DATE, PLACE_PRECISIONS, TRACKS, type Track } from '../schema.ts';

export const CSV_COLUMNS = [
  'id', 'title', 'start', 'end', 'track', 'kind', 'place', 'city', 'country', 'lat', 'lon', 'precision',
  'parties', 'participants', 'summary', 'confidence', 'source_url', 'source_title', 'source_publisher',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['title', 'start', 'lat', 'lon'];
const UNNAMED_PLACE = 'Unnamed place';

export type ImportFormat = 'atlas' | 'geojson' | 'csv' | 'timelinejs';

export interface ImportedDataset {
  version: 1;
  /** Unvalidated: pass the dataset to parseDataset. */
  contacts: unknown[];
}

export interface ImportResult {
  dataset: ImportedDataset | null;
  /** Rows left out and values replaced by defaults, each naming the row ("#3" or its id) and the field. */
  problems: RecordError[];
  /** The detected format; when fatal is set, the best guess. */
  format: ImportFormat;
  /** Set when the file as a whole cannot be read; dataset is then null. */
  fatal?: string;
}

type Json = Record<string, unknown>;

interface PlaceDraft {
  name: string;
  city?: string;
  country?: string;
  lat: number;
  lon: number;
  precision: string;
}

interface ContactDraft {
  id: string;
  title: string;
  start: string;
  end?: string;
  track: Track;
  kind: string;
  places: PlaceDraft[];
  parties: unknown[];
  participants: unknown[];
  summary: string;
  confidence: string;
  notes?: string;
  sources: unknown[];
}

/** One foreign row while it is being converted: what to call it in messages and what went wrong. */
interface Row {
  id: string;
  label: string;
  problems: RecordError[];
  unusable: boolean;
}

interface Converted {
  contact?: ContactDraft;
  problems: RecordError[];
}

export function convertToDataset(text: string, fileName: string): ImportResult {
  const body = stripBom(text);
  const start = body.trimStart();
  if (!start) return failure(guessFormat(fileName), 'The file is empty.');
  if (start.startsWith('{') || start.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      return failure('atlas', `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
    return convertJson(json);
  }
  if (/\.csv$/i.test(fileName) || looksLikeCsv(body)) return convertCsv(body);
  if (/\.(geo)?json$/i.test(fileName)) return failure('atlas', 'The file is not valid JSON: it does not start with "{" or "[".');
  return failure(guessFormat(fileName), UNKNOWN_FORMAT);
}

const UNKNOWN_FORMAT = 'The file is in no format Backchannel Atlas can import: expected an Atlas dataset '
  + '({"version": 1, "contacts": [...]}), a GeoJSON FeatureCollection, a TimelineJS file ({"events": [...]}) '
  + `or a CSV file whose header names the columns ${CSV_COLUMNS.join(', ')}.`;

function guessFormat(fileName: string): ImportFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'atlas';
}

function failure(format: ImportFormat, fatal: string): ImportResult {
  return { dataset: null, problems: [], format, fatal };
}

function collect(format: ImportFormat, results: Converted[], problems: RecordError[] = []): ImportResult {
  const contacts: unknown[] = [];
  for (const result of results) {
    if (result.contact) contacts.push(result.contact);
    problems.push(...result.problems);
  }
  return { dataset: { version: 1, contacts }, problems, format };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------
// JSON formats

function convertJson(json: unknown): ImportResult {
  if (!isRecord(json)) return failure('atlas', UNKNOWN_FORMAT);
  if ('version' in json && 'contacts' in json) return passAtlasThrough(json);
  if (json.type === 'FeatureCollection' || json.type === 'Feature') return convertGeoJson(json);
  if (Array.isArray(json.events)) return collect('timelinejs', json.events.map((e, i) => convertEvent(e, i + 1)));
  return failure('atlas', UNKNOWN_FORMAT);
}

function isAtlasDataset(json: Json): json is Json & ImportedDataset {
  return json.version === 1 && Array.isArray(json.contacts);
}

/** Our own format goes through untouched (the very same object): parseDataset judges every record. */
function passAtlasThrough(json: Json): ImportResult {
  if (isAtlasDataset(json)) return { dataset: json, problems: [], format: 'atlas' };
  if (json.version !== 1) return failure('atlas', `Unsupported dataset version ${JSON.stringify(json.version)}: expected 1.`);
  return failure('atlas', 'The dataset has no "contacts" array.');
}

function convertGeoJson(json: Json): ImportResult {
  // A lone Feature is accepted as a collection of one.
  const features = json.type === 'Feature' ? [json] : json.features;
  if (!Array.isArray(features)) return failure('geojson', 'The GeoJSON FeatureCollection has no "features" array.');
  return collect('geojson', features.map((f, i) => convertFeature(f, i + 1)));
}

function convertFeature(feature: unknown, position: number): Converted {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    const row = openRow(undefined, position);
    reject(row, '(feature)', 'not a GeoJSON Feature');
    return finishRow(row, null);
  }
  const props = isRecord(feature.properties) ? feature.properties : {};
  const row = openRow(firstPresent(props.id, feature.id), position);
  const title = readTitle(row, 'title', props.title, props.name, props.headline);
  const start = readStart(row, 'start', props.start);
  const end = readEnd(row, 'end', props.end);
  const points = readPoints(row, feature.geometry);
  const places = points.map((point, i) => placeForPoint(row, props, point, i, points.length));
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    track: readTrack(row, 'track', props.track),
    // Two points and no kind: a call between the two places, the way our own calls are drawn.
    kind: readChoice(row, 'kind', props.kind, KINDS, points.length === 2 ? 'call' : 'meeting'),
    places,
    parties: splitList(props.parties),
    participants: readParticipants(props.participants),
    summary: firstText(props.description, props.summary),
    confidence: readChoice(row, 'confidence', props.confidence, CONFIDENCES, 'reported'),
    ...optionalNotes(props.notes),
    sources: readSourceList(row, props),
  });
}

/** [lon, lat] pairs of a Point or MultiPoint; any other geometry cannot be drawn as a contact. */
function readPoints(row: Row, geometry: unknown): Array<[number, number]> {
  if (!isRecord(geometry)) {
    reject(row, 'geometry', 'no location: the feature has no geometry');
    return [];
  }
  const { type, coordinates } = geometry;
  if (type !== 'Point' && type !== 'MultiPoint') {
    reject(row, 'geometry', `${describe(type)} geometry is not supported: use a Point for one place or a MultiPoint for a call between places`);
    return [];
  }
  const pairs = type === 'Point' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [];
  if (pairs.length === 0) {
    reject(row, 'geometry', 'no location: the MultiPoint has no points');
    return [];
  }
  const points: Array<[number, number]> = [];
  for (const pair of pairs) {
    const lon = Array.isArray(pair) ? toNumber(pair[0]) : null;
    const lat = Array.isArray(pair) ? toNumber(pair[1]) : null;
    if (lon === null || lat === null) {
      reject(row, 'geometry.coordinates', `${describe(pair)} is not a [longitude, latitude] pair`);
      return [];
    }
    points.push([lon, lat]);
  }
  return points;
}

/**
 * One place per point. Per-point details come from our own export's placeDetails/places arrays; a plain
 * string names the single point, or several when it splits on " / " into exactly as many parts.
 */
function placeForPoint(row: Row, props: Json, [lon, lat]: [number, number], index: number, count: number): PlaceDraft {
  const detail = Array.isArray(props.placeDetails) ? props.placeDetails[index] : undefined;
  const d = isRecord(detail) ? detail : {};
  const at = (value: unknown) => valueForPoint(value, index, count);
  const name = firstText(d.name, at(props.places), at(props.place), at(props.location), at(props.city), at(props.name));
  return makePlace({
    name: name || UNNAMED_PLACE,
    city: firstText(d.city, at(props.city)),
    country: firstText(d.country, at(props.country)),
    lat,
    lon,
    precision: readChoice(row, 'precision', firstPresent(d.precision, props.precision), PLACE_PRECISIONS, 'city'),
  });
}

function valueForPoint(value: unknown, index: number, count: number): unknown {
  if (Array.isArray(value)) return value[index];
  if (count === 1) return value;
  const parts = textOf(value).split(' / ');
  return parts.length === count ? parts[index] : undefined;
}

function convertEvent(event: unknown, position: number): Converted {
  if (!isRecord(event)) {
    const row = openRow(undefined, position);
    reject(row, '(event)', 'not a TimelineJS event object');
    return finishRow(row, null);
  }
  const row = openRow(firstPresent(event.unique_id, event.id), position);
  const text = isRecord(event.text) ? event.text : {};
  const title = readTitle(row, 'text.headline', htmlToText(textOf(text.headline)));
  const start = readStart(row, 'start_date', event.start_date);
  const end = readEnd(row, 'end_date', event.end_date);
  const place = readEventPlace(row, event);
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    // A TimelineJS group is any label; it sets the track only when it names one.
    track: isBlank(event.track) ? readTrack(row, 'group', event.group, true) : readTrack(row, 'track', event.track),
    kind: readChoice(row, 'kind', event.kind, KINDS, 'meeting'),
    places: place ? [place] : [],
    parties: splitList(event.parties),
    participants: readParticipants(event.participants),
    summary: htmlToText(textOf(text.text)),
    confidence: readChoice(row, 'confidence', event.confidence, CONFIDENCES, 'reported'),
    ...optionalNotes(event.notes),
    sources: readSourceList(row, event),
  });
}

/** TimelineJS has no standard place: we read `location: {lat, lon|lng, name}` or lat/lon on the event. */
function readEventPlace(row: Row, event: Json): PlaceDraft | null {
  const location = isRecord(event.location) ? event.location : null;
  const source = location ?? event;
  const prefix = location ? 'location.' : '';
  const coordinates = readCoordinates(row, {
    lat: source.lat,
    lon: firstPresent(source.lon, source.lng),
    latField: `${prefix}lat`,
    lonField: `${prefix}lon`,
    noneField: 'location',
  });
  if (!coordinates) return null;
  return makePlace({
    name: firstText(source.name, source.place, source.city) || UNNAMED_PLACE,
    city: textOf(source.city),
    country: textOf(source.country),
    ...coordinates,
    precision: readChoice(row, `${prefix}precision`, source.precision, PLACE_PRECISIONS, 'city'),
  });
}

// ---------------------------------------------------------------------------------------------------
// CSV

function looksLikeCsv(text: string): boolean {
  const firstLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  const header = parseCsv(firstLine).rows[0] ?? [];
  return header.length >= 2 && header.some((name) => isCsvColumn(name.trim().toLowerCase()));
}

function isCsvColumn(name: string): name is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(name);
}

function convertCsv(text: string): ImportResult {
  const { rows, error } = parseCsv(text);
  if (error) return failure('csv', `The CSV file cannot be read: ${error}.`);
  const [header, ...records] = rows;
  if (!header) return failure('csv', 'The CSV file is empty.');
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    const list = missing.map((column) => `"${column}"`).join(', ');
    return failure('csv', `The CSV file has no ${list} column${missing.length > 1 ? 's' : ''}; the columns are ${CSV_COLUMNS.join(', ')}.`);
  }
  return collect('csv', records.map((cells, i) => convertCsvRow(names, cells, i + 1)), checkCsvHeader(names));
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
    warn(row, '(row)', `the row has ${cells.length} cells but the header only ${names.length}; the extra cells were not imported`);
  }
  const title = readTitle(row, 'title', get('title'));
  const start = readStart(row, 'start', get('start'));
  const end = readEnd(row, 'end', get('end'));
  const coordinates = readCoordinates(row, { lat: get('lat'), lon: get('lon'), latField: 'lat', lonField: 'lon', noneField: 'lat/lon' });
  const place = coordinates && makePlace({
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

// ---------------------------------------------------------------------------------------------------
// Rows and fields, shared by the foreign formats

function openRow(rawId: unknown, position: number): Row {
  const id = normalizeId(rawId);
  return { id: id ?? `row-${position}`, label: id ?? `#${position}`, problems: [], unusable: false };
}

/** The row cannot become a contact: it is left out, and this says why. */
function reject(row: Row, field: string, message: string): void {
  row.unusable = true;
  row.problems.push({ id: row.label, field, message: `${message}; the row was not imported` });
}

/** The row is imported, but a value in it was replaced or left out. */
function warn(row: Row, field: string, message: string): void {
  row.problems.push({ id: row.label, field, message });
}

function finishRow(row: Row, contact: ContactDraft | null): Converted {
  return contact && !row.unusable ? { contact, problems: row.problems } : { problems: row.problems };
}

/** Lowercase, with runs of other characters as "-", starting with a letter or digit, as the schema wants. */
export function normalizeId(raw: unknown): string | null {
  const id = textOf(raw)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // "Genève" becomes "geneve" rather than "gen-ve"
    .toLowerCase()
    // Invalid characters at the ends go rather than leave a dangling "-": "Talks (2025)" is "talks-2025".
    .replace(/^[^a-z0-9._-]+|[^a-z0-9._-]+$/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  return id || null;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = textOf(value);
    if (text) return text;
  }
  return '';
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function firstPresent(...values: unknown[]): unknown {
  return values.find((value) => !isBlank(value));
}

function optionalNotes(value: unknown): { notes?: string } {
  const notes = textOf(value);
  return notes ? { notes } : {};
}

/** A value quoted for a message, cut short so one huge cell does not flood the list. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = textOf(value);
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function readTitle(row: Row, field: string, ...candidates: unknown[]): string {
  const title = firstText(...candidates);
  if (!title) reject(row, field, 'no title');
  return title;
}

const DATE_FORMS = 'expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time';
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/**
 * A partial date from "2025", "2025-02", "2025-02-18", an ISO date-time (the date as written, so a time
 * zone never moves the day) or a TimelineJS {year, month?, day?} object. Whether the day exists is left
 * to parseDataset.
 */
export function toPartialDate(value: unknown): string | null {
  if (isRecord(value)) return timelineDate(value);
  const text = textOf(value);
  if (PARTIAL_DATE.test(text)) return text;
  return ISO_DATE_TIME.exec(text)?.[1] ?? null;
}

/** The precision TimelineJS gives is kept: {year: 2025, month: 2} becomes "2025-02". */
function timelineDate(parts: Json): string | null {
  const year = datePart(parts.year, 4);
  const month = datePart(parts.month, 2);
  const day = datePart(parts.day, 2);
  if (year == null || month === null || day === null) return null;
  const y = String(year).padStart(4, '0');
  if (month === undefined) return day === undefined ? y : null;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** undefined when the part is absent, null when it is there but not a whole number of at most `digits` digits. */
function datePart(value: unknown, digits: number): number | null | undefined {
  if (isBlank(value)) return undefined;
  const text = textOf(value);
  return new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : null;
}

function readStart(row: Row, field: string, value: unknown): string {
  const date = toPartialDate(value);
  if (date) return date;
  reject(row, field, isBlank(value) ? 'no start date' : `${describe(value)} is not a usable date (${DATE_FORMS})`);
  return '';
}

function readEnd(row: Row, field: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const date = toPartialDate(value);
  if (date) return date;
  warn(row, field, `${describe(value)} is not a usable date (${DATE_FORMS}); the end date was left out`);
  return undefined;
}

/** "1", "1.5", "2", also as numbers or "Track 1.5" in any case. */
function readTrack(row: Row, field: string, value: unknown, loose = false): Track {
  const text = textOf(value).toLowerCase().replace(/^track\s*/, '');
  if (!text) return '1';
  const track = TRACKS.find((t) => t === text);
  if (track) return track;
  if (!loose) warn(row, field, `${describe(value)} is not a track (1, 1.5 or 2); track "1" was used`);
  return '1';
}

function readChoice<T extends string>(row: Row, field: string, value: unknown, choices: readonly T[], fallback: T): T {
  const text = textOf(value).toLowerCase();
  if (!text) return fallback;
  const choice = choices.find((c) => c === text);
  if (choice) return choice;
  warn(row, field, `${describe(value)} is not one of ${choices.join(', ')}; "${fallback}" was used`);
  return fallback;
}

interface CoordinateInput {
  lat: unknown;
  lon: unknown;
  latField: string;
  lonField: string;
  /** The field to name when there are no coordinates at all. */
  noneField: string;
}

function readCoordinates(row: Row, input: CoordinateInput): { lat: number; lon: number } | null {
  if (isBlank(input.lat) && isBlank(input.lon)) {
    reject(row, input.noneField, 'no location: latitude and longitude are missing');
    return null;
  }
  const lat = toNumber(input.lat);
  const lon = toNumber(input.lon);
  if (lat === null) reject(row, input.latField, isBlank(input.lat) ? 'no latitude' : `${describe(input.lat)} is not a number`);
  if (lon === null) reject(row, input.lonField, isBlank(input.lon) ? 'no longitude' : `${describe(input.lon)} is not a number`);
  return lat === null || lon === null ? null : { lat, lon };
}

/** Users' own files often have no country; "XX" (ISO's user-assigned code) reads as "Unknown Region". */
export const UNKNOWN_COUNTRY = 'XX';

function makePlace(p: { name: string; city: string; country: string; lat: number; lon: number; precision: string }): PlaceDraft {
  return {
    name: p.name,
    ...(p.city ? { city: p.city } : {}),
    country: p.country || UNKNOWN_COUNTRY,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
  };
}

/** A ";"-separated string or an array; non-string items are kept for parseDataset to judge. */
function splitList(value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';') : [];
  return items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
}

function readParticipants(value: unknown): unknown[] {
  return splitList(value).map((p) => (typeof p === 'string' ? { name: p } : p));
}

/** The one source a row can name; the publisher defaults to the link's host, the headline to the link. */
function readSource(row: Row, field: string, url: unknown, title: unknown, publisher: unknown): unknown[] {
  if (isBlank(url)) return [];
  const link = textOf(url);
  const host = hostOf(link);
  if (!host) {
    warn(row, field, `${describe(url)} is not an http(s) link; the source was left out`);
    return [];
  }
  const headline = textOf(title);
  return [{
    publisher: textOf(publisher) || host,
    title: headline || link,
    url: link,
    // The schema's own flag for a headline that was read off the address.
    ...(headline ? {} : { titleFromUrl: true }),
  }];
}

/** A `sources` array (as our GeoJSON export writes it) or a single url/link/source field. */
function readSourceList(row: Row, record: Json): unknown[] {
  if (Array.isArray(record.sources)) {
    return record.sources.flatMap((s, i) => (typeof s === 'string' ? readSource(row, `sources[${i}]`, s, '', '') : [s]));
  }
  for (const key of ['url', 'link', 'source_url', 'source']) {
    if (!isBlank(record[key])) return readSource(row, key, record[key], record.source_title, record.source_publisher);
  }
  return [];
}

function hostOf(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.hostname.replace(/^www\./, '') || null;
}

// ---------------------------------------------------------------------------------------------------
// HTML to plain text, for TimelineJS headlines and texts

// Tags after which the text continues on a new line, so "<p>a</p><p>b</p>" does not read "ab".
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul',
]);
// Tags whose content is code, not text.
const SKIPPED_TAGS = new Set(['script', 'style', 'template']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text from an HTML fragment: tags and comments removed, script and style content dropped, the
 * common entities decoded, whitespace collapsed, block elements on their own lines. Entities are decoded
 * after the tags are gone, so "&lt;b&gt;" stays the text "<b>".
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      current += html.slice(i);
      break;
    }
    current += html.slice(i, lt);
    const tag = readTag(html, lower, lt);
    if (!tag) {
      current += '<';
      i = lt + 1;
      continue;
    }
    if (tag.block) {
      lines.push(current);
      current = '';
    }
    i = tag.end;
  }
  lines.push(current);
  return lines
    .map((line) => decodeEntities(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The tag at `start` (a "<"): where it ends and whether it breaks the line; null when the "<" is text ("a < b"). */
function readTag(html: string, lower: string, start: number): { end: number; block: boolean } | null {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return { end: close === -1 ? html.length : close + 3, block: false };
  }
  const next = html[start + 1] ?? '';
  if (next === '!' || next === '?') return { end: findTagEnd(html, start + 2), block: false };
  const match = /^<(\/?)([a-z][a-z0-9-]*)/.exec(lower.slice(start, start + 64));
  if (!match) return null;
  const closing = match[1] === '/';
  const name = match[2] ?? '';
  const end = findTagEnd(html, start + match[0].length);
  if (!closing && SKIPPED_TAGS.has(name)) {
    const close = lower.indexOf(`</${name}`, end);
    return { end: close === -1 ? html.length : findTagEnd(html, close + 2 + name.length), block: false };
  }
  return { end, block: BLOCK_TAGS.has(name) };
}

/** Index after the ">" closing a tag, skipping any ">" inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
