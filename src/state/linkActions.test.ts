import { beforeEach, describe, expect, it } from 'vitest';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import { applyHistoryView, applyLinkFilters, dismissLinkNotes } from './linkActions.ts';
import { showContacts, state } from './testing/store.ts';
import { setQuery, toggleParty } from './actions.ts';
import type { ContactIndex } from '../data/contactIndex.ts';

let index: ContactIndex;
const march = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };

beforeEach(() => {
  index = showContacts([contact({ id: 'geneva' }), contact({ id: 'riyadh', places: [RIYADH] })], {
    window: march,
    mapView: { lat: 40, lon: 20, zoom: 3 },
  });
});

describe('applyLinkFilters', () => {
  it('sets the filters and map or list; what the link leaves out goes back to the default', () => {
    setQuery('old');
    toggleParty('UA');
    applyLinkFilters({ query: 'Rubio', kinds: ['call'], mainView: 'list' });
    const { query, parties, kinds, mainView, window } = state();
    expect({ query, parties, kinds, mainView }).toEqual({
      query: 'Rubio',
      parties: [],
      kinds: ['call'],
      mainView: 'list',
    });
    // The window waits for the dataset: it comes with the load.
    expect(window).toBe(march);
  });
});

describe('what a link could not have', () => {
  it('is kept as notes, a refused ?data= first, until dismissed', () => {
    const view = { id: 'note.view', values: { value: '"grid"' } } as const;
    const refused = { id: 'note.data.protocol', values: { protocol: '"data:"' } } as const;
    applyLinkFilters({ notes: [view] }, refused);
    expect(state().linkNotes).toEqual([{ id: 'note.data.refused', values: { reason: refused } }, view]);
    dismissLinkNotes();
    expect(state().linkNotes).toEqual([]);
  });
});

describe('applyHistoryView', () => {
  it('shows the entry: filters, window, map view and selection by id', () => {
    const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 6, 1) };
    applyHistoryView({
      window,
      query: 'talks',
      selection: { type: 'contact', id: 'riyadh' },
      mapView: { lat: 24.7, lon: 46.7, zoom: 6 },
    });
    expect(state()).toMatchObject({
      window,
      query: 'talks',
      selection: { type: 'contact', contact: index.byId.get('riyadh') },
      mapView: { lat: 24.7, lon: 46.7, zoom: 6 },
    });
  });

  it('keeps the window and map view where the entry has none, and clears the rest', () => {
    setQuery('talks');
    applyHistoryView({ selection: { type: 'place', key: 'riyadh|SA' } });
    expect(state()).toMatchObject({
      window: march,
      mapView: { lat: 40, lon: 20, zoom: 3 },
      query: '',
      selection: { type: 'place', place: index.placeByKey.get('riyadh|SA') },
    });
    applyHistoryView({ selection: { type: 'contact', id: 'gone' } });
    expect(state().selection).toBeNull();
  });

  it('shows the entry in its language: the one it names, else English', () => {
    applyHistoryView({ lang: 'ru' });
    expect(state().locale).toBe('ru');
    applyHistoryView({});
    expect(state().locale).toBe('en');
  });
});
