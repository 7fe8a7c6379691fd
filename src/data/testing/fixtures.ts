// Small valid contacts for unit tests; each test overrides only what it is about.
import type { Contact } from '../schema.ts';

let n = 0;
export function contact(over: Partial<Contact> = {}): Contact {
  n++;
  return {
    id: `c-${n}`,
    title: `Contact ${n}`,
    start: '2025-02-18',
    track: '1',
    kind: 'meeting',
    places: [{ name: 'Geneva', city: 'Geneva', country: 'CH', lat: 46.2022, lon: 6.1457, precision: 'city' }],
    parties: ['US', 'RU'],
    participants: [],
    summary: 'A meeting.',
    confidence: 'confirmed',
    sources: [{ publisher: 'Reuters', title: 'A headline', url: 'https://www.reuters.com/x' }],
    ...over,
  };
}

export const RIYADH = {
  name: 'Riyadh',
  city: 'Riyadh',
  country: 'SA',
  lat: 24.6877,
  lon: 46.7219,
  precision: 'city' as const,
};
export const MOSCOW = {
  name: 'Moscow',
  city: 'Moscow',
  country: 'RU',
  lat: 55.7522,
  lon: 37.6156,
  precision: 'city' as const,
};
export const WASHINGTON = {
  name: 'Washington',
  city: 'Washington',
  country: 'US',
  lat: 38.8951,
  lon: -77.0364,
  precision: 'city' as const,
};
