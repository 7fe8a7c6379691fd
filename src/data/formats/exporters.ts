// Writes contacts out for other tools: CSV for spreadsheets, GeoJSON for GIS and web maps. importers.ts
// reads both back. CSV is one row per contact and so lossy: only the first place's coordinates, city,
// country and precision (every place's name goes into `place`, joined by " / "), participants' names only,
// the first source only, no notes or disclosure date. GeoJSON keeps every place, the names of the
// participants, every source's publisher, title and link, and the notes.
import type { Contact, Place } from '../schema.ts';
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
      return Array.isArray(cell) ? quoteDefused(cell.map(defuseFormula).join(';')) : quoteCsvField(cell);
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
    participants: string[];
    summary: string;
    confidence: string;
    places: string[];
    /** What a MultiPoint cannot carry per point; the importer reads it back. */
    placeDetails: Array<Omit<Place, 'lat' | 'lon'>>;
    sources: Array<{ publisher: string; title: string; url: string }>;
    notes: string | null;
  };
}

export interface ContactFeatureCollection {
  type: 'FeatureCollection';
  features: ContactFeature[];
}

export function toGeoJson(contacts: Contact[]): ContactFeatureCollection {
  return { type: 'FeatureCollection', features: contacts.map(toFeature) };
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
      participants: contact.participants.map((p) => p.name),
      summary: contact.summary,
      confidence: contact.confidence,
      places: contact.places.map((p) => p.name),
      placeDetails: contact.places.map(({ name, city, country, precision }) => ({
        name,
        ...(city ? { city } : {}),
        country,
        precision,
      })),
      sources: contact.sources.map(({ publisher, title, url }) => ({ publisher, title, url })),
      notes: contact.notes ?? null,
    },
  };
}
