// Writes data/known-places.json: the built-in record's cities, which users' files may name instead of
// giving coordinates (src/data/formats/knownPlaces.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetSchema } from '../src/data/schema.ts';
import { knownPlacesOf } from '../src/data/formats/knownPlaces.ts';

export const KNOWN_PLACES_PATH = 'data/known-places.json';

export function knownPlacesJson(): string {
  const dataset = datasetSchema.parse(JSON.parse(readFileSync('data/contacts.json', 'utf8')));
  return `${JSON.stringify(knownPlacesOf(dataset), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('known-places.ts')) {
  writeFileSync(KNOWN_PLACES_PATH, knownPlacesJson());
  console.log(`wrote ${KNOWN_PLACES_PATH}`);
}
