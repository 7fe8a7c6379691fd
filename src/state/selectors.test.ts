import { beforeEach, describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from '../data/dates.ts';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import {
  placesOf,
  selectDataNotice,
  selectConfidenceFacet,
  selectKindFacet,
  selectMask,
  selectPartyFacet,
  selectPeopleFacet,
  selectSecrecyFacet,
  selectView,
} from './selectors.ts';
import { showContacts, state } from './testing/store.ts';
import { useAtlasStore, type AtlasState } from './store.ts';
import type { ContactIndex } from '../data/contactIndex.ts';

const contacts = [
  contact({ id: 'us-ru-meeting', start: '2025-02-18', parties: ['US', 'RU'], places: [RIYADH] }),
  contact({ id: 'us-ru-call', start: '2025-02-12', kind: 'call', parties: ['US', 'RU'] }),
  contact({ id: 'us-ua-meeting', start: '2025-03-11', parties: ['US', 'UA'], title: 'Jeddah talks' }),
  contact({ id: 'ru-ua-exchange', start: '2025-03-19', kind: 'exchange', parties: ['RU', 'UA'] }),
  contact({ id: 'track-2', start: '2025-03-20', track: '2', parties: ['US', 'RU'] }),
  contact({ id: 'old', start: '2022-03-29', parties: ['RU', 'UA'], title: 'Istanbul talks' }),
];
let index: ContactIndex;
const ids = (positions: readonly number[]) => positions.map((i) => index.contacts[i]!.id).sort();
const counts = (facet: Array<{ value: string; count: number }>) =>
  Object.fromEntries(facet.map((f) => [f.value, f.count]));
const set = (over: Partial<AtlasState>) => useAtlasStore.setState(over);

beforeEach(() => {
  index = showContacts(contacts, { window: { start: periodStart('2025-01'), end: periodEnd('2025-12') } });
});

describe('selectView', () => {
  it('shows the contacts in the window with their track on, and counts per track whatever the toggles', () => {
    set({ tracks: { '1': true, '1.5': true, '2': false } });
    const view = selectView(state())!;
    expect(ids(view.visible)).toEqual(['ru-ua-exchange', 'us-ru-call', 'us-ru-meeting', 'us-ua-meeting']);
    expect(view.windowCountByTrack).toEqual([4, 0, 1]);
  });

  it('applies search and facets together', () => {
    set({ parties: ['UA'], kinds: ['meeting'] });
    expect(ids(selectView(state())!.visible)).toEqual(['us-ua-meeting']);
    set({ parties: [], kinds: [], query: 'jeddah' });
    expect(ids(selectView(state())!.visible)).toEqual(['us-ua-meeting']);
  });

  it('gives the same object while its inputs are the same, so subscribers are not woken for nothing', () => {
    const first = selectView(state());
    set({ hover: { type: 'place', place: 0 } });
    expect(selectView(state())).toBe(first);
    set({ query: 'talks' });
    expect(selectView(state())).not.toBe(first);
  });

  it('is null with no dataset or no window', () => {
    set({ window: null });
    expect(selectView(state())).toBeNull();
    expect(selectPartyFacet(state())).toEqual([]);
    expect(selectKindFacet(state())).toEqual([]);
  });
});

describe('selectMask', () => {
  it('is null with no search and no facets, and stays the same array while the filters do', () => {
    expect(selectMask(state())).toBeNull();
    set({ parties: ['UA'] });
    const mask = selectMask(state());
    expect(mask).not.toBeNull();
    set({ window: { start: periodStart('2025-03'), end: periodEnd('2025-03') } });
    expect(selectMask(state())).toBe(mask);
  });
});

describe('facet counts', () => {
  it('count what is in the window with tracks on', () => {
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 4, RU: 4, UA: 2 });
    set({ tracks: { '1': true, '1.5': true, '2': false } });
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 3, RU: 3, UA: 2 });
    set({ window: { start: periodStart('2022'), end: periodEnd('2022') } });
    expect(counts(selectPartyFacet(state()))).toEqual({ RU: 1, UA: 1 });
  });

  it('any of: party counts apply the kind filter and the search, but not the party filter itself', () => {
    set({ parties: ['UA'], partyMode: 'any' });
    // Every other party stays choosable, with the count it would give.
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 4, RU: 4, UA: 2 });
    set({ kinds: ['call'] });
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 1, RU: 1 });
    set({ kinds: [], query: 'jeddah' });
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 1, UA: 1 });
  });

  it('all of: parties narrow, so a party counts the contacts it has together with those chosen', () => {
    set({ parties: ['US', 'RU'] });
    expect(ids(selectView(state())!.visible)).toEqual(['track-2', 'us-ru-call', 'us-ru-meeting']);
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 3, RU: 3 });
    set({ parties: ['UA'] });
    expect(counts(selectPartyFacet(state()))).toEqual({ US: 1, RU: 1, UA: 2 });
    set({ partyMode: 'any', parties: ['US', 'RU'] });
    expect(selectView(state())!.visible).toHaveLength(5);
  });

  it('people: contacts every chosen person took part in, not those whose texts mention them', () => {
    const people = [
      contact({ id: 'both', start: '2025-05-01', participants: [{ name: 'Sergey Lavrov' }, { name: 'Marco Rubio' }] }),
      contact({ id: 'lavrov', start: '2025-05-02', participants: [{ name: 'Sergey Lavrov' }] }),
      contact({ id: 'mention', start: '2025-05-03', summary: 'Lavrov was not there.', kind: 'call' }),
    ];
    index = showContacts(people);
    expect(counts(selectPeopleFacet(state()))).toEqual({ 'Sergey Lavrov': 2, 'Marco Rubio': 1 });
    set({ people: ['Sergey Lavrov'] });
    expect(ids(selectView(state())!.visible)).toEqual(['both', 'lavrov']);
    expect(counts(selectPeopleFacet(state()))).toEqual({ 'Sergey Lavrov': 2, 'Marco Rubio': 1 });
    set({ people: ['Sergey Lavrov', 'Marco Rubio'] });
    expect(ids(selectView(state())!.visible)).toEqual(['both']);
    // The search is "mentions": any text, the participants among them.
    set({ people: [], query: 'lavrov' });
    expect(ids(selectView(state())!.visible)).toEqual(['both', 'lavrov', 'mention']);
    set({ query: '', kinds: ['call'] });
    expect(counts(selectPeopleFacet(state()))).toEqual({});
  });

  it('confidence and secrecy count with the other filters, not their own', () => {
    index = showContacts([
      contact({ id: 'sure', start: '2025-05-01' }),
      contact({ id: 'said', start: '2025-05-02', confidence: 'reported', disclosed: '2025-09' }),
      contact({ id: 'doubt', start: '2025-05-03', confidence: 'disputed', parties: ['UA'] }),
    ]);
    expect(counts(selectConfidenceFacet(state()))).toEqual({ confirmed: 1, reported: 1, disputed: 1 });
    expect(counts(selectSecrecyFacet(state()))).toEqual({ secret: 1, 'not secret': 2 });
    set({ confidences: ['reported', 'disputed'] });
    expect(ids(selectView(state())!.visible)).toEqual(['doubt', 'said']);
    expect(counts(selectConfidenceFacet(state()))).toEqual({ confirmed: 1, reported: 1, disputed: 1 });
    expect(counts(selectSecrecyFacet(state()))).toEqual({ secret: 1, 'not secret': 1 });
    set({ secrecy: ['secret'] });
    expect(ids(selectView(state())!.visible)).toEqual(['said']);
    expect(counts(selectConfidenceFacet(state()))).toEqual({ reported: 1 });
  });

  it('kind counts apply the party filter and the search, but not the kind filter itself', () => {
    set({ kinds: ['call'] });
    expect(counts(selectKindFacet(state()))).toEqual({ meeting: 3, call: 1, exchange: 1 });
    set({ parties: ['UA'] });
    expect(counts(selectKindFacet(state()))).toEqual({ meeting: 1, exchange: 1 });
    set({ parties: [], query: 'talks' });
    expect(counts(selectKindFacet(state()))).toEqual({ meeting: 1 });
  });
});

describe('placesOf', () => {
  it('is the place itself, or every place of a contact', () => {
    const riyadh = index.placeByKey.get('riyadh|SA')!;
    expect(placesOf(index, { type: 'place', place: riyadh })).toEqual([riyadh]);
    expect(placesOf(index, { type: 'contact', contact: index.byId.get('us-ru-meeting')! })).toEqual([riyadh]);
    expect(placesOf(index, null)).toEqual([]);
    expect(placesOf(null, { type: 'place', place: riyadh })).toEqual([]);
  });
});

describe('selectDataNotice', () => {
  it('is silent for the built-in record and names where any other data came from', () => {
    showContacts([contact({ id: 'a' })]);
    expect(selectDataNotice(state())).toBeNull();
    const s = state();
    const other = { ...s, dataset: { ...s.dataset, provenance: { kind: 'origin', origin: 'https://other.example' } } };
    expect(selectDataNotice(other as typeof s)).toEqual({
      id: 'notice.origin',
      values: { origin: 'https://other.example' },
    });
  });
});
