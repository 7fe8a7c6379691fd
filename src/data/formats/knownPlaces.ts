// Places a user's file may name without coordinates. The app ships no gazetteer at run time (GeoNames is
// used at data-build time only), so this is the built-in record's own cities, written to
// data/known-places.json by `npm run data:places` and checked against the record by a unit test.
import type { Dataset } from '../schema.ts';
import knownPlacesFile from '../../../data/known-places.json';

export interface KnownPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/** "Genève", "GENEVA " and "geneva" are one key. */
export function placeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Every city of the record placed at city precision, once, sorted by name. */
export function knownPlacesOf(dataset: Dataset): KnownPlace[] {
  const byKey = new Map<string, KnownPlace>();
  for (const contact of dataset.contacts) {
    for (const p of contact.places) {
      if (p.precision !== 'city' || p.assumed) continue;
      const name = p.city ?? p.name;
      const key = placeNameKey(name);
      if (!byKey.has(key)) byKey.set(key, { name, country: p.country, lat: p.lat, lon: p.lon });
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

let lookup: Map<string, KnownPlace> | null = null;

/** The built-in record's city of that name, if it has one. */
export function findKnownPlace(name: string): KnownPlace | undefined {
  lookup ??= new Map((knownPlacesFile as KnownPlace[]).map((p) => [placeNameKey(p.name), p]));
  return lookup.get(placeNameKey(name));
}
