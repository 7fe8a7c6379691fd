import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import { initialState, type AtlasState } from './store.ts';
import { dataParam, decodeView, encodeView, viewToState } from './urlState.ts';

const index = buildIndex([contact({ id: 'geneva-talks' }), contact({ id: 'riyadh-talks', places: [RIYADH] })]);

describe('the view in the URL', () => {
  it('survives a round trip: window, tracks, search, facets, selection, map and list', () => {
    const state: AtlasState = {
      ...initialState,
      dataset: { ...initialState.dataset, status: 'ready', index },
      window: { start: Date.UTC(2025, 1, 1), end: Date.UTC(2025, 2, 1, 12, 30) },
      tracks: { '1': true, '1.5': false, '2': true },
      query: 'Rubio Lavrov',
      parties: ['US', 'RU'],
      partyMode: 'any',
      people: ['Sergey Lavrov', 'Smith, John'],
      kinds: ['call'],
      confidences: ['reported', 'disputed'],
      secrecy: ['secret'],
      selection: { type: 'contact', contact: index.byId.get('riyadh-talks')! },
      mapView: { lat: 46.2022, lon: 6.1457, zoom: 6 },
      mainView: 'list',
    };
    const search = encodeView(state, 'bench/x.json');
    expect(search).toContain('from=2025-02-01&to=2025-03-01T12%3A30Z');
    expect(search).toContain('partymode=any&person=Sergey+Lavrov&person=Smith%2C+John');
    expect(search).toContain('confidence=reported%2Cdisputed&secret=yes');
    expect(dataParam(`?${search}`)).toBe('bench/x.json');
    const back = viewToState(decodeView(`?${search}`), index);
    expect(back).toEqual({
      window: state.window,
      tracks: state.tracks,
      query: state.query,
      parties: state.parties,
      partyMode: 'any',
      people: state.people,
      kinds: state.kinds,
      confidences: state.confidences,
      secrecy: state.secrecy,
      selection: state.selection,
      mapView: state.mapView,
      mainView: 'list',
      disclosures: false,
    });
  });

  it('carries the disclosure lines switch', () => {
    const search = encodeView({ ...initialState, disclosures: true }, null);
    expect(search).toBe('disclose=1');
    expect(viewToState(decodeView(`?${search}`), index).disclosures).toBe(true);
    expect(viewToState(decodeView('?disclose=0'), index).disclosures).toBe(false);
  });

  it('leaves defaults out, and ignores what it cannot use', () => {
    expect(encodeView({ ...initialState }, null)).toBe('');
    const view = decodeView(
      '?from=nonsense&to=2025-01-01&kind=call,dance&confidence=sure,disputed&secret=no,maybe&partymode=some&sel=c:no-such-id&map=1,2',
    );
    expect(view.window).toBeUndefined();
    expect(view.kinds).toEqual(['call']);
    expect(view.confidences).toEqual(['disputed']);
    expect(view.secrecy).toEqual(['not secret']);
    expect(view.partyMode).toBeUndefined();
    expect(view.mapView).toBeUndefined();
    expect(viewToState(view, index).selection).toBeNull();
  });
});
