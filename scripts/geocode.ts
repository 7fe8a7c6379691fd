// npm run data:geocode — fills in missing coordinates in data/contacts.json from place names, offline.
// Venues are looked up in the overrides file; cities (and capitals standing in for a country) in GeoNames.
// Coordinates already present are left alone. Exits non-zero, naming record and field, if a name is unknown.
import { readFileSync, writeFileSync } from 'node:fs';
import { Gazetteer, OVERRIDES_PATH } from './gazetteer.ts';

const DATA_PATH = process.argv[2] ?? 'data/contacts.json';

interface RawPlace {
  name?: string;
  city?: string;
  country?: string;
  precision?: string;
  lat?: number;
  lon?: number;
}

const dataset = JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { contacts: Array<{ id: string; places?: RawPlace[] }> };
const gazetteer = Gazetteer.load();
let filled = 0;
const problems: string[] = [];
const downgraded: string[] = [];

for (const contact of dataset.contacts) {
  (contact.places ?? []).forEach((place, i) => {
    if (typeof place.lat === 'number' && typeof place.lon === 'number') return;
    const field = `${contact.id}: places[${i}]`;
    if (!place.country) {
      problems.push(`${field}.country: missing, so the place cannot be looked up`);
      return;
    }
    if (place.precision === 'region') {
      // An area has no gazetteer point: the point that stands for it is chosen by hand, with its source.
      const region = gazetteer.findOverride(place.name ?? '', place.country);
      if (!region) {
        problems.push(
          `${field}: region "${place.name}" is not in ${OVERRIDES_PATH}; add a point for it with its source`,
        );
        return;
      }
      place.lat = Math.round(region.lat * 1e4) / 1e4;
      place.lon = Math.round(region.lon * 1e4) / 1e4;
      filled++;
      return;
    }
    const venue = place.precision === 'venue' ? gazetteer.findOverride(place.name ?? '', place.country) : null;
    const hit = venue ?? gazetteer.find(place.city ?? place.name ?? '', place.country);
    if (!hit) {
      problems.push(`${field}: "${place.city ?? place.name}" not found in the gazetteer for ${place.country}`);
      return;
    }
    if (place.precision === 'venue' && !venue) {
      // A named but unlocated venue is only as precise as its city, and its name says so.
      place.precision = 'city';
      downgraded.push(
        `${field}: venue "${place.name}" is not in ${OVERRIDES_PATH}; placed at ${place.city} with precision "city"`,
      );
      place.name = `${place.city} (${place.name}, not located)`;
    }
    place.lat = Math.round(hit.lat * 1e4) / 1e4;
    place.lon = Math.round(hit.lon * 1e4) / 1e4;
    filled++;
  });
}

writeFileSync(DATA_PATH, `${JSON.stringify(dataset, null, 2)}\n`);
if (downgraded.length) console.log(downgraded.join('\n'));
console.log(`data:geocode: filled ${filled} coordinate pair${filled === 1 ? '' : 's'} in ${DATA_PATH}`);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`data:geocode: ${problems.length} place${problems.length === 1 ? '' : 's'} could not be geocoded`);
  process.exit(1);
}
