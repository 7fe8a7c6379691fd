import type { Contact } from '../src/data/schema.ts';
import type { RecordError } from '../src/data/parse.ts';
import { distanceKm, type Gazetteer } from './gazetteer.ts';

export const MAX_CITY_DISTANCE_KM = 25;

/** A city-precision place must sit within 25 km of the city it names; venues and country placeholders
 * are exempt (a venue can be outside town, a placeholder is knowingly elsewhere). */
export function checkPlaceDistances(contacts: readonly Contact[], gazetteer: Gazetteer): RecordError[] {
  const errors: RecordError[] = [];
  for (const c of contacts) {
    c.places.forEach((p, i) => {
      if (p.precision !== 'city') return;
      const city = p.city ?? p.name;
      const hit = gazetteer.find(city, p.country);
      const field = `places[${i}]`;
      if (!hit) {
        errors.push({
          id: c.id,
          field: `${field}.city`,
          message: `"${city}" (${p.country}) is not in the gazetteer; add it to data/gazetteer-overrides.json`,
        });
        return;
      }
      const km = distanceKm(p, hit);
      if (km > MAX_CITY_DISTANCE_KM) {
        errors.push({
          id: c.id,
          field: `${field}.lat/lon`,
          message: `${km.toFixed(0)} km from ${city} (${hit.lat}, ${hit.lon}); mark it a venue or fix it`,
        });
      }
    });
  }
  return errors;
}
