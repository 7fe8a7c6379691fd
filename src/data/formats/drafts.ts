// The shapes a foreign row is built into before parseDataset judges it, and the defaults they get.
import type { Track } from '../schema.ts';

export interface PlaceDraft {
  name: string;
  city?: string;
  country?: string;
  lat: number;
  lon: number;
  precision: string;
  assumed?: boolean;
  note?: string;
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
  disclosed?: string;
  partOf?: string;
  sources: unknown[];
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
