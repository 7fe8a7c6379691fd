import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.ts';
import { checkPlaceDistances } from './placeDistance.ts';
import { contact } from '../src/data/testing/fixtures.ts';

const gazetteer = Gazetteer.load();

describe('gazetteer', () => {
  it('finds cities by English name in their country, the most populous first', () => {
    const geneva = gazetteer.find('Geneva', 'CH')!;
    expect(geneva.lat).toBeCloseTo(46.2, 1);
    expect(gazetteer.find('Geneva', 'US')!.lat).not.toBeCloseTo(46.2, 1);
    expect(gazetteer.find('Kyiv', 'UA')).not.toBeNull();
  });

  it('finds venues from the overrides file, ignoring a trailing remark in brackets', () => {
    expect(gazetteer.find('Dolmabahçe Palace (presidential working office)', 'TR')!.source).toBe('override');
  });
});

describe('checkPlaceDistances', () => {
  it('flags a city-precision place more than 25 km from its city, naming record and field', () => {
    const far = contact({
      id: 'far',
      places: [{ name: 'Geneva', city: 'Geneva', country: 'CH', lat: 47.4, lon: 8.5, precision: 'city' }],
    });
    const venue = contact({
      id: 'venue',
      places: [{ name: 'Bürgenstock Resort', city: 'Geneva', country: 'CH', lat: 47.0, lon: 8.38, precision: 'venue' }],
    });
    const near = contact({ id: 'near' });
    const errors = checkPlaceDistances([far, venue, near], gazetteer);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ id: 'far', field: 'places[0].lat/lon' });
    expect(errors[0]!.message).toMatch(/km from Geneva/);
  });
});
