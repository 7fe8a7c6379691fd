// Everything the views ask of the data, precomputed once per dataset: contacts sorted by start,
// typed arrays of their intervals, and the places they happen at, merged by city.
import type { Contact, PlacePrecision, Track } from './schema.ts';
import { TRACKS } from './schema.ts';
import { periodEnd, periodStart } from './dates.ts';

export interface PlaceInfo {
  key: string;
  /** City name, or the stand-in's name for a country-level placeholder. */
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** True when the location is only known to the country (a capital standing in). */
  approximate: boolean;
}

export interface ContactIndex {
  /** Sorted by start, then id. Positions in this array are the "contact numbers" used everywhere else. */
  contacts: Contact[];
  startMs: Float64Array;
  endMs: Float64Array;
  /** Position of each contact's track in TRACKS. */
  track: Uint8Array;
  /** Place numbers of each contact, in the order of its places. */
  contactPlaces: number[][];
  places: PlaceInfo[];
  byId: Map<string, number>;
  placeByKey: Map<string, number>;
  /** Longest contact, so window queries know how far back an overlapping contact can start. */
  maxDurationMs: number;
  extent: { start: number; end: number } | null;
}

export function trackIndex(track: Track): number {
  return TRACKS.indexOf(track);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Switzerland (location not reported)": one name per country placeholder, whatever each record wrote. */
export function placeholderName(country: string): string {
  let name = country;
  try {
    name = regionNames.of(country.toUpperCase()) ?? country;
  } catch {
    // Not a region code (an organisation, or a typo): show it as written.
  }
  return `${name} (location not reported)`;
}

export function placeKey(place: { name: string; city?: string; country: string; precision: PlacePrecision }): string {
  if (place.precision === 'country') return `country:${place.country.toUpperCase()}`;
  return `${(place.city ?? place.name).trim().toLowerCase()}|${place.country.toUpperCase()}`;
}

export function buildIndex(input: readonly Contact[]): ContactIndex {
  const withTimes = input.map((c) => ({ c, s: periodStart(c.start), e: periodEnd(c.end ?? c.start) }));
  withTimes.sort((a, b) => a.s - b.s || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));

  const n = withTimes.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const track = new Uint8Array(n);
  const contactPlaces: number[][] = [];
  const places: PlaceInfo[] = [];
  const placeByKey = new Map<string, number>();
  const byId = new Map<string, number>();
  let maxDurationMs = 0;
  let lastEnd = -Infinity;

  withTimes.forEach(({ c, s, e }, i) => {
    startMs[i] = s;
    endMs[i] = e;
    track[i] = trackIndex(c.track);
    byId.set(c.id, i);
    maxDurationMs = Math.max(maxDurationMs, e - s);
    lastEnd = Math.max(lastEnd, e);
    contactPlaces.push(
      c.places.map((p) => {
        const key = placeKey(p);
        let at = placeByKey.get(key);
        if (at === undefined) {
          at = places.length;
          placeByKey.set(key, at);
          places.push({
            key,
            name: p.precision === 'country' ? placeholderName(p.country) : (p.city ?? p.name),
            country: p.country.toUpperCase(),
            lat: p.lat,
            lon: p.lon,
            approximate: p.precision === 'country',
          });
        } else if (p.precision === 'city') {
          // A city-level record gives the city's own coordinates; prefer them to a venue's.
          const known = places[at]!;
          known.lat = p.lat;
          known.lon = p.lon;
        }
        return at;
      }),
    );
  });

  const extent = n ? { start: startMs[0]!, end: lastEnd } : null;
  return {
    contacts: withTimes.map((w) => w.c),
    startMs,
    endMs,
    track,
    contactPlaces,
    places,
    byId,
    placeByKey,
    maxDurationMs,
    extent,
  };
}
