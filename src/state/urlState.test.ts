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
      about: false,
      embed: false,
      network: { mode: 'parties', pick: null },
    });
  });

  it('carries the network view, its mode and its pick', () => {
    const search = encodeView(
      { ...initialState, mainView: 'network', network: { mode: 'people', pick: 'Lavrov~Rubio' } },
      null,
    );
    expect(search).toBe('view=network&net=people&pick=Lavrov%7ERubio');
    const back = viewToState(decodeView(`?${search}`), index);
    expect(back.mainView).toBe('network');
    expect(back.network).toEqual({ mode: 'people', pick: 'Lavrov~Rubio' });
    expect(viewToState(decodeView('?view=graph'), index).mainView).toBe('map');
  });

  it('carries the disclosure lines switch', () => {
    const search = encodeView({ ...initialState, disclosures: true }, null);
    expect(search).toBe('disclose=1');
    expect(viewToState(decodeView(`?${search}`), index).disclosures).toBe(true);
    expect(viewToState(decodeView('?disclose=0'), index).disclosures).toBe(false);
  });

  it('carries the About page and the embedded layout', () => {
    const search = encodeView({ ...initialState, about: true, embed: true }, null);
    expect(search).toBe('about=1&embed=1');
    const back = viewToState(decodeView(`?${search}`), index);
    expect([back.about, back.embed]).toEqual([true, true]);
    expect(viewToState(decodeView('?about=yes&embed=0'), index)).toMatchObject({ about: false, embed: false });
  });

  it('reads ?contact=<id> as the permalink of that contact and writes it back as sel=c:<id>', () => {
    const state = viewToState(decodeView('?contact=riyadh-talks'), index);
    expect(state.selection).toEqual({ type: 'contact', contact: 1 });
    expect(encodeView({ ...initialState, ...state, dataset: { ...initialState.dataset, index } }, null)).toBe(
      'sel=c%3Ariyadh-talks',
    );
    expect(viewToState(decodeView('?contact=no-such-id'), index).selection).toBeNull();
  });

  it('carries the interface language unless it is English, and ignores languages it does not have', () => {
    expect(encodeView({ ...initialState, locale: 'uk' }, null)).toBe('lang=uk');
    expect(decodeView('?lang=ru').lang).toBe('ru');
    expect(decodeView('?lang=de').lang).toBeUndefined();
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

describe('a hostile or careless link', () => {
  const YEAR = 365.25 * 86_400_000;

  it('brings dates near the end of the JavaScript date range within 1900–2100, and says so', () => {
    const view = decodeView('?from=%2B275730-01-01T00:00:00.000Z&to=%2B275760-09-13T00:00:00.000Z');
    expect(view.window!.end).toBeLessThanOrEqual(Date.UTC(2100, 11, 31));
    expect(view.window!.end - view.window!.start).toBeGreaterThanOrEqual(86_400_000);
    expect(view.notes).toEqual([{ id: 'note.window.clamped', values: { first: '1900', last: '2100' } }]);
  });

  it('narrows a window wider than the timeline shows to 40 years about its middle', () => {
    const view = decodeView('?from=0001-01-01&to=9999-12-31');
    const { start, end } = view.window!;
    expect(start).toBeGreaterThanOrEqual(Date.UTC(1900, 0, 1));
    expect(end).toBeLessThanOrEqual(Date.UTC(2100, 11, 31));
    expect(Math.round((end - start) / YEAR)).toBe(40);
    expect(view.notes).toContainEqual({ id: 'note.window.narrowed', values: { years: 40 } });
  });

  it('ignores a reversed or half window, and unknown values, with a note for each', () => {
    expect(decodeView('?from=2025-03-01&to=2025-01-01')).toEqual({
      notes: [{ id: 'note.window.reversed' }],
    });
    expect(decodeView('?to=2025-01-01').notes).toEqual([
      { id: 'note.window.notDate', values: { param: 'from', value: '""' } },
    ]);
    const view = decodeView('?tracks=1,9,x&kind=dance&view=grid&sel=zz&map=91,0,3');
    expect(view.tracks).toEqual({ '1': true, '1.5': false, '2': false });
    expect(view.notes).toEqual([
      { id: 'note.tracks', values: { values: '"9", "x"' } },
      { id: 'note.kind', values: { values: '"dance"', kinds: 'meeting, call, exchange, conference' } },
      { id: 'note.sel.prefix', values: { value: '"zz"' } },
      { id: 'note.map', values: { value: '"91,0,3"' } },
      { id: 'note.view', values: { value: '"grid"' } },
    ]);
    expect(decodeView('?map=10,20,99').mapView).toEqual({ lat: 10, lon: 20, zoom: 16 });
    expect(decodeView('?tracks=none&view=map')).toEqual({ tracks: { '1': false, '1.5': false, '2': false } });
  });

  it('caps what a link carries, both ways, and quotes hostile values short', () => {
    const long = 'x'.repeat(100_000);
    const view = decodeView(
      `?q=${long}&party=${Array.from({ length: 80 }, (_, i) => `P${i}`).join(',')},${long}&sel=c:${long}&kind=${long}`,
    );
    expect(view.query).toHaveLength(200);
    expect(view.parties).toHaveLength(50);
    expect(view.selection).toBeUndefined();
    expect(JSON.stringify(view.notes).length).toBeLessThan(900);
    const big = buildIndex([contact({ id: `c-${'y'.repeat(300)}` })]);
    const state: AtlasState = {
      ...initialState,
      dataset: { ...initialState.dataset, status: 'ready', index: big },
      query: long,
      parties: Array.from({ length: 500 }, (_, i) => `P${i}`),
      selection: { type: 'contact', contact: 0 },
    };
    const search = encodeView(state, `https://x.example/${long}`);
    expect(search.length).toBeLessThan(1000);
    expect(search).not.toContain('sel=');
    expect(search).not.toContain('data=');
  });
});
