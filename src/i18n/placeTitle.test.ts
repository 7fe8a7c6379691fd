import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { contact } from '../data/testing/fixtures.ts';
import { english, loadI18n } from './catalogs.ts';
import { isRecordName, placeTitle } from './placeTitle.ts';

const KYIV = { name: 'Kyiv', city: 'Kyiv', country: 'UA', lat: 50.45, lon: 30.52, precision: 'city' as const };
const index = buildIndex([
  contact({ id: 'a', places: [KYIV] }),
  contact({ id: 'b', places: [{ ...KYIV, assumed: true }] }),
  contact({ id: 'c', places: [{ ...KYIV, name: 'Ukraine', city: undefined, precision: 'country' }] }),
]);
const titles = (i18n: typeof english) => index.places.map((p) => placeTitle(i18n, p)).sort();

describe('placeTitle', () => {
  it('keeps the record’s names and says the app’s own words in the interface language', async () => {
    expect(titles(english)).toEqual(['Kyiv', 'Kyiv (assumed)', 'Ukraine (location not reported)']);
    expect(titles(await loadI18n('ru'))).toEqual([
      'Kyiv',
      'Kyiv (место предполагается)',
      'Украина (место не сообщается)',
    ]);
    expect(index.places.filter(isRecordName).map((p) => p.name)).toEqual(['Kyiv']);
  });
});
