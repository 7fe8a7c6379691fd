import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { KNOWN_PLACES_PATH, knownPlacesJson } from './known-places.ts';

it('data/known-places.json is current with data/contacts.json (else run npm run data:places)', () => {
  expect(readFileSync(KNOWN_PLACES_PATH, 'utf8')).toBe(knownPlacesJson());
});
