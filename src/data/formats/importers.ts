// Turns files from other tools (CSV, GeoJSON, TimelineJS) into our dataset shape. It only builds contact
// objects and fills in the defaults foreign formats lack; parseDataset still validates the result, so the
// schema's rules live in one place. A row that cannot become a contact at all (no title, no usable start
// date, no location) is left out and reported; a value that had to be replaced by a default is reported
// too, so nothing in the file disappears without a word.
//
// This file detects the format and hands the file to its importer: csv.ts, geojson.ts or timelinejs.ts.
// They share the row bookkeeping (importRow.ts), the draft shapes (drafts.ts) and one reader per kind of
// value (values.ts, readDates.ts, readFields.ts, readSources.ts). Our own Atlas format passes through as
// it is.
import { say } from '../dataSaid.ts';
import { convertCsv, detectSeparator } from './csv.ts';
import { CSV_COLUMNS } from './csvColumns.ts';
import { convertGeoJson } from './geojson.ts';
import { collect, failure, type ImportedDataset, type ImportFormat, type ImportResult } from './importResult.ts';
import { isRecord, type Json } from './values.ts';
import { convertEvent } from './timelinejs.ts';

export function convertToDataset(text: string, fileName: string): ImportResult {
  const body = stripBom(text);
  const start = body.trimStart();
  if (!start) return failure(guessFormat(fileName), 'The file is empty.', say('file.empty'));
  if (start.startsWith('{') || start.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      // The detail is the browser's own words (English in most browsers), shown as they are.
      const detail = e instanceof Error ? e.message : String(e);
      return failure('atlas', `The file is not valid JSON (${detail}).`, say('file.notJson', { detail }));
    }
    return convertJson(json);
  }
  if (/\.csv$/i.test(fileName) || looksLikeCsv(body)) return convertCsv(body);
  if (/\.(geo)?json$/i.test(fileName))
    return failure('atlas', 'The file is not valid JSON: it does not start with "{" or "[".', say('file.notJsonStart'));
  return unknownFormat(guessFormat(fileName));
}

const SHAPES = { atlas: '{"version": 1, "contacts": [...]}', timeline: '{"events": [...]}' };

const unknownFormat = (format: ImportFormat) =>
  failure(
    format,
    'The file is in no format Backchannel Atlas can import: expected an Atlas dataset ' +
      `(${SHAPES.atlas}), a GeoJSON FeatureCollection, a TimelineJS file (${SHAPES.timeline}) ` +
      `or a CSV file whose header names the columns ${CSV_COLUMNS.join(', ')}.`,
    say('file.unknownFormat', { ...SHAPES, columns: CSV_COLUMNS.join(', ') }),
  );

function guessFormat(fileName: string): ImportFormat {
  return /\.csv$/i.test(fileName) ? 'csv' : 'atlas';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------------
// JSON formats

function convertJson(json: unknown): ImportResult {
  if (!isRecord(json)) return unknownFormat('atlas');
  if ('version' in json && 'contacts' in json) return passAtlasThrough(json);
  if (json.type === 'FeatureCollection' || json.type === 'Feature') return convertGeoJson(json);
  if (Array.isArray(json.events))
    return collect(
      'timelinejs',
      json.events.map((e, i) => convertEvent(e, i + 1)),
    );
  return unknownFormat('atlas');
}

function isAtlasDataset(json: Json): json is Json & ImportedDataset {
  return json.version === 1 && Array.isArray(json.contacts);
}

/** Our own format goes through untouched (the very same object): parseDataset judges every record. */
function passAtlasThrough(json: Json): ImportResult {
  if (isAtlasDataset(json)) return { dataset: json, problems: [], format: 'atlas' };
  if (json.version !== 1)
    return failure(
      'atlas',
      `Unsupported dataset version ${JSON.stringify(json.version)}: expected 1.`,
      say('file.version', { version: String(JSON.stringify(json.version)) }),
    );
  return failure('atlas', 'The dataset has no "contacts" array.', say('file.noContacts'));
}

// ---------------------------------------------------------------------------------------------------
// CSV

function looksLikeCsv(text: string): boolean {
  return detectSeparator(text).known > 0;
}
