import { describe, expect, it } from 'vitest';
import { buildIndex } from './contactIndex.ts';
import {
  combineMasks,
  confidenceMask,
  countFacet,
  encodeFacet,
  foldText,
  kindMask,
  participantMask,
  partyMask,
  queryMask,
  secrecyMask,
} from './filters.ts';
import { contact, RIYADH } from './testing/fixtures.ts';

const index = buildIndex([
  contact({
    id: 'a',
    start: '2025-01-01',
    title: 'Talks at the Çırağan Palace',
    parties: ['US', 'RU'],
    participants: [{ name: 'Marco Rubio', role: 'Secretary of State' }],
  }),
  contact({ id: 'b', start: '2025-01-02', kind: 'call', parties: ['US', 'UA'], summary: 'Zelenskyy called.' }),
  contact({ id: 'c', start: '2025-01-03', parties: ['RU', 'UA', 'RU'], places: [RIYADH], notes: 'Venue unclear.' }),
]);
const at = (id: string) => index.byId.get(id)!;
const marked = (mask: Uint8Array | null) => (mask ? index.contacts.filter((_, i) => mask[i]).map((c) => c.id) : 'all');

describe('search', () => {
  it('folds case and accents, including the dotless i', () => {
    expect(foldText('Çırağan ZELENSKYY')).toBe('ciragan zelenskyy');
  });

  it('needs every word, each found in any field: title, summary, notes, people, roles, places', () => {
    expect(marked(queryMask(index, 'ciragan rubio'))).toEqual(['a']);
    expect(marked(queryMask(index, 'secretary'))).toEqual(['a']);
    expect(marked(queryMask(index, 'zelenskyy'))).toEqual(['b']);
    expect(marked(queryMask(index, 'unclear riyadh'))).toEqual(['c']);
    expect(marked(queryMask(index, 'rubio riyadh'))).toEqual([]);
  });

  it('filters nothing when the query is blank', () => {
    expect(queryMask(index, '   ')).toBeNull();
  });
});

describe('facet masks', () => {
  it('party: any of the chosen parties', () => {
    expect(marked(partyMask(index, ['UA']))).toEqual(['b', 'c']);
    expect(marked(partyMask(index, ['US', 'UA']))).toEqual(['a', 'b', 'c']);
    expect(partyMask(index, [])).toBeNull();
  });

  it('party, all of: contacts with every chosen party together', () => {
    expect(marked(partyMask(index, ['US', 'RU'], 'all'))).toEqual(['a']);
    expect(marked(partyMask(index, ['RU', 'UA'], 'all'))).toEqual(['c']);
    expect(marked(partyMask(index, ['US', 'XX'], 'all'))).toEqual([]);
  });

  it('people: every chosen person took part', () => {
    expect(marked(participantMask(index, ['Marco Rubio']))).toEqual(['a']);
    expect(marked(participantMask(index, ['Marco Rubio', 'Sergey Lavrov']))).toEqual([]);
    expect(participantMask(index, [])).toBeNull();
  });

  it('confidence and secrecy: any of the chosen values', () => {
    const more = buildIndex([
      contact({ id: 'x', confidence: 'disputed', disclosed: '2025-06' }),
      contact({ id: 'y', confidence: 'reported' }),
    ]);
    const ids = (mask: Uint8Array | null) => more.contacts.filter((_, i) => mask?.[i]).map((c) => c.id);
    expect(ids(confidenceMask(more, ['disputed']))).toEqual(['x']);
    expect(ids(confidenceMask(more, ['disputed', 'reported']))).toEqual(['x', 'y']);
    expect(ids(secrecyMask(more, ['secret']))).toEqual(['x']);
    expect(ids(secrecyMask(more, ['not secret']))).toEqual(['y']);
  });

  it('kind: any of the chosen kinds', () => {
    expect(marked(kindMask(index, ['call']))).toEqual(['b']);
    expect(marked(kindMask(index, ['call', 'meeting']))).toEqual(['a', 'b', 'c']);
    expect(kindMask(index, [])).toBeNull();
  });

  it('combine as AND; none is null, one is itself', () => {
    const ua = partyMask(index, ['UA']);
    expect(combineMasks(null, null)).toBeNull();
    expect(combineMasks(null, ua)).toBe(ua);
    expect(marked(combineMasks(ua, kindMask(index, ['meeting'])))).toEqual(['c']);
  });
});

describe('facet counts', () => {
  const parties = encodeFacet(index.contacts.length, (i) => index.contacts[i]!.parties);

  it('count each value once per contact, most first, ties by value', () => {
    expect(countFacet([0, 1, 2], null, parties)).toEqual([
      { value: 'RU', count: 2 },
      { value: 'UA', count: 2 },
      { value: 'US', count: 2 },
    ]);
  });

  it('count a value a contact lists twice once', () => {
    const twice = encodeFacet(
      2,
      (i) =>
        [
          ['UA', 'RU', 'UA'],
          ['RU', 'RU'],
        ][i]!,
    );
    expect(countFacet([0, 1], null, twice)).toEqual([
      { value: 'RU', count: 2 },
      { value: 'UA', count: 1 },
    ]);
  });

  it('count only the positions given, within the mask, and leave out values with none', () => {
    expect(countFacet([at('a'), at('b')], null, parties)).toEqual([
      { value: 'US', count: 2 },
      { value: 'RU', count: 1 },
      { value: 'UA', count: 1 },
    ]);
    expect(countFacet([0, 1, 2], kindMask(index, ['call']), parties)).toEqual([
      { value: 'UA', count: 1 },
      { value: 'US', count: 1 },
    ]);
  });
});
