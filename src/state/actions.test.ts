import { beforeEach, describe, expect, it } from 'vitest';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import {
  clearFilters,
  clearSelection,
  selectContact,
  selectPlace,
  setHover,
  setMainView,
  setMapView,
  setPartyMode,
  setQuery,
  showPersonContacts,
  toggleConfidence,
  toggleKind,
  toggleParty,
  togglePerson,
  toggleSecrecy,
  toggleTrack,
} from './actions.ts';
import { showContacts, state } from './testing/store.ts';
import { ALL_TRACKS_ON } from '../data/query.ts';

beforeEach(() => {
  showContacts([contact({ id: 'geneva' }), contact({ id: 'riyadh', places: [RIYADH] })]);
});

describe('filters', () => {
  it('toggle tracks, parties and kinds on and off', () => {
    toggleTrack('1.5');
    expect(state().tracks).toEqual({ '1': true, '1.5': false, '2': true });
    toggleTrack('1.5');
    expect(state().tracks).toEqual(ALL_TRACKS_ON);
    toggleParty('US');
    toggleParty('RU');
    toggleParty('US');
    expect(state().parties).toEqual(['RU']);
    toggleKind('call');
    expect(state().kinds).toEqual(['call']);
    toggleKind('call');
    expect(state().kinds).toEqual([]);
  });

  it('toggle people, confidence and secrecy; a name from the details replaces the people chosen', () => {
    togglePerson('Sergey Lavrov');
    togglePerson('Marco Rubio');
    expect(state().people).toEqual(['Sergey Lavrov', 'Marco Rubio']);
    showPersonContacts('Steve Witkoff');
    expect(state().people).toEqual(['Steve Witkoff']);
    toggleConfidence('disputed');
    toggleSecrecy('secret');
    expect([state().confidences, state().secrecy]).toEqual([['disputed'], ['secret']]);
    setPartyMode('any');
    expect(state().partyMode).toBe('any');
  });

  it('clear search, facets and tracks at once', () => {
    setQuery('Rubio');
    toggleParty('US');
    togglePerson('Marco Rubio');
    toggleKind('call');
    toggleConfidence('reported');
    toggleSecrecy('not secret');
    toggleTrack('2');
    clearFilters();
    const { query, parties, people, kinds, confidences, secrecy, tracks } = state();
    expect({ query, parties, people, kinds, confidences, secrecy, tracks }).toEqual({
      query: '',
      parties: [],
      people: [],
      kinds: [],
      confidences: [],
      secrecy: [],
      tracks: ALL_TRACKS_ON,
    });
  });
});

describe('selection and hover', () => {
  it('select a place or a contact, and clear it', () => {
    selectPlace(1);
    expect(state().selection).toEqual({ type: 'place', place: 1 });
    selectContact(0);
    expect(state().selection).toEqual({ type: 'contact', contact: 0 });
    clearSelection();
    expect(state().selection).toBeNull();
  });

  it('ask the map to bring a contact into view only when the selection came from elsewhere', () => {
    selectContact(0);
    expect(state().focusRequest).toBe(0);
    selectContact(1, true);
    expect(state().focusRequest).toBe(1);
  });

  it('change hover only when it points somewhere else, so a mouse resting on a marker wakes no one', () => {
    setHover({ type: 'place', place: 0 });
    const before = state();
    setHover({ type: 'place', place: 0 });
    expect(state()).toBe(before);
    setHover({ type: 'contact', contact: 0 });
    expect(state().hover).toEqual({ type: 'contact', contact: 0 });
    setHover({ type: 'contact', contact: 1 });
    expect(state().hover).toEqual({ type: 'contact', contact: 1 });
    setHover(null);
    expect(state().hover).toBeNull();
  });
});

describe('views', () => {
  it('record the map view, ignoring a report of where it already is', () => {
    setMapView({ lat: 46.2, lon: 6.1, zoom: 6 });
    const before = state();
    setMapView({ lat: 46.2, lon: 6.1, zoom: 6 });
    expect(state()).toBe(before);
    setMapView({ lat: 46.2, lon: 6.1, zoom: 7 });
    expect(state().mapView).toEqual({ lat: 46.2, lon: 6.1, zoom: 7 });
  });

  it('switch between map and list', () => {
    setMainView('list');
    expect(state().mainView).toBe('list');
  });
});
