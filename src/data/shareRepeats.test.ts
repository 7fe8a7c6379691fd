import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse.ts';
import { buildIndex } from './contactIndex.ts';
import { contact } from './testing/fixtures.ts';

const geneva = {
  name: 'Intercontinental',
  city: 'Geneva',
  country: 'CH',
  lat: 46.2,
  lon: 6.1,
  precision: 'venue' as const,
};
const riyadh = {
  name: 'Diriyah Palace',
  city: 'Riyadh',
  country: 'SA',
  lat: 24.7,
  lon: 46.6,
  precision: 'venue' as const,
};

function load() {
  const raw = [
    contact({ id: 'a', places: [{ ...geneva }], parties: ['US', 'RU'], participants: [{ name: 'Rubio' }] }),
    contact({ id: 'b', places: [{ ...geneva }], parties: ['US', 'RU'], participants: [{ name: 'Rubio' }] }),
    contact({
      id: 'c',
      places: [{ ...geneva }, { ...riyadh }],
      parties: ['RU', 'US'],
      participants: [{ name: 'Lavrov' }],
    }),
    contact({ id: 'd', places: [{ ...geneva, note: 'a side room' }], parties: ['US'], participants: [] }),
  ];
  return { raw, result: parseDataset(JSON.parse(JSON.stringify({ version: 1, contacts: raw }))) };
}

describe('shared repeats', () => {
  it('keeps every value as the file gave it', () => {
    const { raw, result } = load();
    expect(result.errors).toEqual([]);
    expect(result.contacts).toEqual(raw);
  });

  it('makes equal places, lists and people one value, and keeps values that differ apart', () => {
    const [a, b, c, d] = load().result.contacts;
    expect(b!.places).toBe(a!.places);
    expect(b!.parties).toBe(a!.parties);
    expect(b!.participants).toBe(a!.participants);
    expect(c!.places[0]).toBe(a!.places[0]);
    // Order is part of the value: "RU, US" is not "US, RU".
    expect(c!.parties).not.toBe(a!.parties);
    expect(c!.participants[0]).not.toBe(a!.participants[0]);
    // A note makes it another place, though the rest is the same.
    expect(d!.places[0]).not.toBe(a!.places[0]);
    expect(d!.places[0]!.note).toBe('a side room');
  });

  it('refuses a change to a shared value instead of changing every contact that holds it', () => {
    const [a, b] = load().result.contacts;
    expect(() => {
      (a!.places[0] as { lat: number }).lat = 0;
    }).toThrow(TypeError);
    expect(() => a!.parties.push('UA')).toThrow(TypeError);
    expect(b!.places[0]!.lat).toBe(46.2);
  });

  it('gives contacts at the same places one list of place numbers', () => {
    const index = buildIndex(load().result.contacts);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => index.contactPlaces[index.byId.get(id)!]!);
    expect(b).toBe(a);
    expect(c).toEqual([a![0], index.placeByKey.get('riyadh|SA')]);
  });
});
