// Writes contacts out for other tools: CSV for spreadsheets, GeoJSON for GIS and web maps. importers.ts
// reads both back. This one-row-per-contact CSV is lossy (the first place's coordinates and the first source
// only); the view's CSV download is the four joined tables of tables.ts, which lose nothing. GeoJSON keeps
// every field: every place with its precision, assumption and note, participants with roles and parties,
// every source with its date and origin, notes, disclosure and partOf, plus the dataset's version and
// licence as a `metadata` member of the collection.
import type { Contact, Participant, Place, Source } from '../schema.ts';
import type { ExportMetadata } from './exportMetadata.ts';
import { CSV_COLUMNS, type CsvColumn } from './csvColumns.ts';
import { defuseFormula } from './csvFormula.ts';

export { defuseFormula } from './csvFormula.ts';

const PLACE_SEPARATOR = ' / ';

export function toCsv(contacts: Contact[]): string {
  const header = CSV_COLUMNS.join(',');
  const rows = contacts.map((contact) => {
    const cells = csvCells(contact);
    return CSV_COLUMNS.map((column) => {
      const cell = cells[column];
      // Each item of a ";" list is defused, not only the first: "US;=HYPERLINK(…)" becomes "US;'=HYPERLINK(…)".
      return Array.isArray(cell) ? quoteCsvList(cell) : quoteCsvField(cell);
    }).join(',');
  });
  // CRLF as RFC 4180 asks; line breaks inside quoted summaries are left as they are.
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** A cell's text, or a list's items (written ";"-separated). */
function csvCells(contact: Contact): Record<CsvColumn, string | string[]> {
  const [place] = contact.places;
  const [source] = contact.sources;
  return {
    id: contact.id,
    title: contact.title,
    start: contact.start,
    end: contact.end ?? '',
    track: contact.track,
    kind: contact.kind,
    place: contact.places.map((p) => p.name).join(PLACE_SEPARATOR),
    city: place?.city ?? '',
    country: place?.country ?? '',
    lat: place ? String(place.lat) : '',
    lon: place ? String(place.lon) : '',
    precision: place?.precision ?? '',
    parties: contact.parties,
    participants: contact.participants.map((p) => p.name),
    summary: contact.summary,
    confidence: contact.confidence,
    source_url: source?.url ?? '',
    source_title: source?.title ?? '',
    source_publisher: source?.publisher ?? '',
  };
}

/** One cell, defused (csvFormula.ts) and quoted when it holds a comma, quote or line break, or spaces at its
 * ends that readers would trim. */
export function quoteCsvField(raw: string): string {
  return quoteDefused(defuseFormula(raw));
}

/** A ";" list in one cell, each item defused, so a spreadsheet splitting the cell evaluates none of them. */
export function quoteCsvList(items: readonly string[]): string {
  return quoteDefused(items.map(defuseFormula).join(';'));
}

function quoteDefused(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

type Position = [lon: number, lat: number];

export interface ContactFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: Position } | { type: 'MultiPoint'; coordinates: Position[] };
  properties: {
    id: string;
    title: string;
    start: string;
    end: string | null;
    track: string;
    kind: string;
    parties: string[];
    participants: Participant[];
    summary: string;
    confidence: string;
    places: string[];
    /** What a MultiPoint cannot carry per point; the importer reads it back. */
    placeDetails: Array<Omit<Place, 'lat' | 'lon'>>;
    sources: Source[];
    notes: string | null;
    disclosed: string | null;
    partOf: string | null;
  };
}

export interface ContactFeatureCollection {
  type: 'FeatureCollection';
  /** A foreign member (RFC 7946 §6.1): which dataset, version and licence these features are from. */
  metadata?: ExportMetadata;
  features: ContactFeature[];
}

export function toGeoJson(contacts: Contact[], metadata?: ExportMetadata): ContactFeatureCollection {
  return { type: 'FeatureCollection', ...(metadata ? { metadata } : {}), features: contacts.map(toFeature) };
}

function toFeature(contact: Contact): ContactFeature {
  // GeoJSON wants [longitude, latitude].
  const positions = contact.places.map((p): Position => [p.lon, p.lat]);
  const [only] = positions;
  return {
    type: 'Feature',
    id: contact.id,
    geometry:
      positions.length === 1 && only
        ? { type: 'Point', coordinates: only }
        : { type: 'MultiPoint', coordinates: positions },
    properties: {
      id: contact.id,
      title: contact.title,
      start: contact.start,
      // null rather than absent, so every feature has the same attribute columns in a GIS.
      end: contact.end ?? null,
      track: contact.track,
      kind: contact.kind,
      parties: contact.parties,
      participants: contact.participants.map((p) => ({ ...p })),
      summary: contact.summary,
      confidence: contact.confidence,
      places: contact.places.map((p) => p.name),
      placeDetails: contact.places.map(({ lat: _lat, lon: _lon, ...details }) => details),
      sources: contact.sources.map((s) => ({ ...s })),
      notes: contact.notes ?? null,
      disclosed: contact.disclosed ?? null,
      partOf: contact.partOf ?? null,
    },
  };
}
