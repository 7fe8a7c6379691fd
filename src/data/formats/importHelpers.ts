// What the importers share: the result types, the draft shapes a foreign row is built into, and the
// readers that turn one foreign value into a contact field (ids, titles, dates, tracks, choices,
// coordinates, places, lists, sources), each reporting against the row what it had to replace or reject.
import type { RecordError } from '../parse.ts';
import { PARTIAL_DATE, TRACKS, type Track } from '../schema.ts';

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

export type Json = Record<string, unknown>;

export interface PlaceDraft {
  name: string;
  city?: string;
  country?: string;
  lat: number;
  lon: number;
  precision: string;
}

export interface ContactDraft {
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
export interface Row {
  id: string;
  label: string;
  problems: RecordError[];
  unusable: boolean;
}

export interface Converted {
  contact?: ContactDraft;
  problems: RecordError[];
}

export function failure(format: ImportFormat, fatal: string): ImportResult {
  return { dataset: null, problems: [], format, fatal };
}

export function collect(format: ImportFormat, results: Converted[], problems: RecordError[] = []): ImportResult {
  const contacts: unknown[] = [];
  for (const result of results) {
    if (result.contact) contacts.push(result.contact);
    problems.push(...result.problems);
  }
  return { dataset: { version: 1, contacts }, problems, format };
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function openRow(rawId: unknown, position: number): Row {
  const id = normalizeId(rawId);
  return { id: id ?? `row-${position}`, label: id ?? `#${position}`, problems: [], unusable: false };
}

/** The row cannot become a contact: it is left out, and this says why. */
export function reject(row: Row, field: string, message: string): void {
  row.unusable = true;
  row.problems.push({ id: row.label, field, message: `${message}; the row was not imported` });
}

/** The row is imported, but a value in it was replaced or left out. */
export function warn(row: Row, field: string, message: string): void {
  row.problems.push({ id: row.label, field, message });
}

export function finishRow(row: Row, contact: ContactDraft | null): Converted {
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

export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = textOf(value);
    if (text) return text;
  }
  return '';
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function firstPresent(...values: unknown[]): unknown {
  return values.find((value) => !isBlank(value));
}

export function optionalNotes(value: unknown): { notes?: string } {
  const notes = textOf(value);
  return notes ? { notes } : {};
}

/** A value quoted for a message, cut short so one huge cell does not flood the list. */
export function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = textOf(value);
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function readTitle(row: Row, field: string, ...candidates: unknown[]): string {
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

export function readStart(row: Row, field: string, value: unknown): string {
  const date = toPartialDate(value);
  if (date) return date;
  reject(row, field, isBlank(value) ? 'no start date' : `${describe(value)} is not a usable date (${DATE_FORMS})`);
  return '';
}

export function readEnd(row: Row, field: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const date = toPartialDate(value);
  if (date) return date;
  warn(row, field, `${describe(value)} is not a usable date (${DATE_FORMS}); the end date was left out`);
  return undefined;
}

/** "1", "1.5", "2", also as numbers or "Track 1.5" in any case. */
export function readTrack(row: Row, field: string, value: unknown, loose = false): Track {
  const text = textOf(value)
    .toLowerCase()
    .replace(/^track\s*/, '');
  if (!text) return '1';
  const track = TRACKS.find((t) => t === text);
  if (track) return track;
  if (!loose) warn(row, field, `${describe(value)} is not a track (1, 1.5 or 2); track "1" was used`);
  return '1';
}

export function readChoice<T extends string>(
  row: Row,
  field: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
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

export function readCoordinates(row: Row, input: CoordinateInput): { lat: number; lon: number } | null {
  if (isBlank(input.lat) && isBlank(input.lon)) {
    reject(row, input.noneField, 'no location: latitude and longitude are missing');
    return null;
  }
  const lat = toNumber(input.lat);
  const lon = toNumber(input.lon);
  if (lat === null)
    reject(row, input.latField, isBlank(input.lat) ? 'no latitude' : `${describe(input.lat)} is not a number`);
  if (lon === null)
    reject(row, input.lonField, isBlank(input.lon) ? 'no longitude' : `${describe(input.lon)} is not a number`);
  return lat === null || lon === null ? null : { lat, lon };
}

export const UNNAMED_PLACE = 'Unnamed place';

/** Users' own files often have no country; "XX" (ISO's user-assigned code) reads as "Unknown Region". */
export const UNKNOWN_COUNTRY = 'XX';

export function makePlace(p: {
  name: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  precision: string;
}): PlaceDraft {
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
export function splitList(value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';') : [];
  return items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
}

export function readParticipants(value: unknown): unknown[] {
  return splitList(value).map((p) => (typeof p === 'string' ? { name: p } : p));
}

/** The one source a row can name; the publisher defaults to the link's host, the headline to the link. */
export function readSource(row: Row, field: string, url: unknown, title: unknown, publisher: unknown): unknown[] {
  if (isBlank(url)) return [];
  const link = textOf(url);
  const host = hostOf(link);
  if (!host) {
    warn(row, field, `${describe(url)} is not an http(s) link; the source was left out`);
    return [];
  }
  const headline = textOf(title);
  return [
    {
      publisher: textOf(publisher) || host,
      title: headline || link,
      url: link,
      // The schema's own flag for a headline that was read off the address.
      ...(headline ? {} : { titleFromUrl: true }),
    },
  ];
}

/** A `sources` array (as our GeoJSON export writes it) or a single url/link/source field. */
export function readSourceList(row: Row, record: Json): unknown[] {
  if (Array.isArray(record.sources)) {
    return record.sources.flatMap((s, i) =>
      typeof s === 'string' ? readSource(row, `sources[${i}]`, s, '', '') : [s],
    );
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
