// Everything the views ask of the data, precomputed once per dataset: contacts sorted by start,
// typed arrays of their intervals, and the places they happen at, merged by city.
import type { Contact, Place, PlacePrecision, Track } from './schema.ts';
import { TRACKS } from './schema.ts';
import { periodEnd, periodStart } from './dates.ts';

export interface PlaceInfo {
  key: string;
  /** City name, or the stand-in's name for a country-level placeholder. */
  name: string;
  /** The name as the record gives it (the city, or the place), without the app's words ("assumed"). */
  ownName: string;
  country: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  assumed: boolean;
  /** True when the marker cannot stand exactly where it happened (see isApproximatePlace). */
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

type PlaceLike = Pick<Place, 'name' | 'city' | 'country' | 'precision' | 'assumed'>;

/** Places merge by city; placeholders by country; regions by name; an assumed place never merges with a
 * reported one at the same spot, so a guess is never counted as a fact. */
export function placeKey(place: PlaceLike): string {
  const country = place.country.toUpperCase();
  if (place.precision === 'country') return `country:${country}`;
  if (place.precision === 'region') return `region:${place.name.trim().toLowerCase()}|${country}`;
  const city = `${(place.city ?? place.name).trim().toLowerCase()}|${country}`;
  return place.assumed ? `assumed:${city}` : city;
}

/** True when the marker cannot stand exactly where the contact happened: only the country is known, the
 * place is an area, or the sources do not say where at all. */
export function isApproximatePlace(place: Pick<Place, 'precision' | 'assumed'>): boolean {
  return place.precision === 'country' || place.precision === 'region' || place.assumed === true;
}

function placeName(p: PlaceLike): string {
  if (p.precision === 'country') return placeholderName(p.country);
  if (p.precision === 'region') return p.name;
  const name = p.city ?? p.name;
  return p.assumed ? `${name} (assumed)` : name;
}

/** `fn` remembered for each argument: once shareRepeats.ts has run, a dataset repeats the same lists of
 * places over and over. */
function remembered<K, V>(fn: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) known.set(key, (value = fn(key)));
    return value as V;
  };
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
  // Contacts at the same places share one list of place numbers (see shareRepeats.ts for why). A list
  // seen again is not walked again: that gives the same index only because walking it twice would change
  // nothing (a venue gives way to its city once, and never back).
  const placeLists = new Map<string, number[]>();
  const numbersOf = remembered((list: readonly Place[]) => {
    const numbers = list.map((p) => {
      const key = placeKey(p);
      let at = placeByKey.get(key);
      if (at === undefined) {
        at = places.length;
        placeByKey.set(key, at);
        places.push({
          key,
          name: placeName(p),
          ownName: p.city ?? p.name,
          country: p.country.toUpperCase(),
          lat: p.lat,
          lon: p.lon,
          precision: p.precision,
          assumed: p.assumed === true,
          approximate: isApproximatePlace(p),
        });
      } else if (p.precision === 'city' && places[at]!.precision === 'venue') {
        // A city-level record gives the city's own coordinates; prefer them to a venue's.
        const known = places[at]!;
        known.lat = p.lat;
        known.lon = p.lon;
        known.precision = 'city';
      }
      return at;
    });
    const key = numbers.join(',');
    let shared = placeLists.get(key);
    if (!shared) placeLists.set(key, (shared = numbers));
    return shared;
  });

  withTimes.forEach(({ c, s, e }, i) => {
    startMs[i] = s;
    endMs[i] = e;
    track[i] = trackIndex(c.track);
    byId.set(c.id, i);
    maxDurationMs = Math.max(maxDurationMs, e - s);
    lastEnd = Math.max(lastEnd, e);
    contactPlaces.push(numbersOf(c.places));
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
