// Writes contacts out for other tools: CSV for spreadsheets, GeoJSON for GIS and web maps. importers.ts
// reads both back. CSV is one row per contact and so lossy: only the first place's coordinates, city,
// country and precision (every place's name goes into `place`, joined by " / "), participants' names only,
// the first source only, no notes or disclosure date. GeoJSON keeps every place, the names of the
// participants, every source's publisher, title and link, and the notes.
import type { Contact, Place } from '../schema.ts';
import { CSV_COLUMNS, type CsvColumn } from './csvColumns.ts';

const PLACE_SEPARATOR = ' / ';

export function toCsv(contacts: Contact[]): string {
  const header = CSV_COLUMNS.join(',');
  const rows = contacts.map((contact) => {
    const cells = csvCells(contact);
    return CSV_COLUMNS.map((column) => quoteCsvField(cells[column])).join(',');
  });
  // CRLF as RFC 4180 asks; line breaks inside quoted summaries are left as they are.
  return [header, ...rows].join('\r\n') + '\r\n';
}

function csvCells(contact: Contact): Record<CsvColumn, string> {
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
    parties: contact.parties.join(';'),
    participants: contact.participants.map((p) => p.name).join(';'),
    summary: contact.summary,
    confidence: contact.confidence,
    source_url: source?.url ?? '',
    source_title: source?.title ?? '',
    source_publisher: source?.publisher ?? '',
  };
}

/** A spreadsheet runs a cell starting with =, + or @ (or - before a letter) as a formula; a leading
 * apostrophe makes it text again. Numbers such as -77.03 are left alone. */
export function defuseFormula(value: string): string {
  return /^[=+@\t\r]|^-[^\d.]/.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds a comma, quote or line break, or spaces at its ends that readers would trim. */
export function quoteCsvField(raw: string): string {
  const value = defuseFormula(raw);
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
