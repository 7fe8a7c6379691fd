// The view as URL parameters and back. Pure: no window, no history; urlSync.ts and the actions in
// linkActions.ts and loading.ts do the wiring.
// Keys: data, from, to, tracks, q, party, partymode, person (once per person), kind, confidence, secret, sel,
// map, view, disclose. Absent keys mean the default.
import type { ContactIndex } from '../data/contactIndex.ts';
import { ALL_TRACKS_ON, type TimeWindow, type TrackToggles } from '../data/query.ts';
import { SECRECIES, type MatchMode, type Secrecy } from '../data/filters.ts';
import { CONFIDENCES, KINDS, TRACKS, type Confidence, type Kind } from '../data/schema.ts';
import type { AtlasState, MapView, Selection } from './store.ts';

export interface UrlView {
  window?: TimeWindow;
  tracks?: TrackToggles;
  query?: string;
  parties?: string[];
  partyMode?: MatchMode;
  people?: string[];
  kinds?: Kind[];
  confidences?: Confidence[];
  secrecy?: Secrecy[];
  /** By id or place key: positions depend on the dataset, ids do not. */
  selection?: { type: 'contact'; id: string } | { type: 'place'; key: string };
  mapView?: MapView;
  mainView?: 'map' | 'list';
  disclosures?: boolean;
}

function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

function parseInstant(value: string | null): number | null {
  if (!value) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isFinite(ms) ? ms : null;
}

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

const oneOf = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

/** The ?data= parameter: which dataset a link is about (none: the built-in one). */
export function dataParam(search: string): string | null {
  return new URLSearchParams(search).get('data');
}

export function encodeView(state: AtlasState, dataParam: string | null): string {
  const p = new URLSearchParams();
  if (dataParam) p.set('data', dataParam);
  if (state.window) {
    // Minutes are enough to restore what the eye sees, and keep links short.
    p.set('from', formatInstant(Math.round(state.window.start / 60_000) * 60_000));
    p.set('to', formatInstant(Math.round(state.window.end / 60_000) * 60_000));
  }
  const on = TRACKS.filter((t) => state.tracks[t]);
  if (on.length !== TRACKS.length) p.set('tracks', on.join(',') || 'none');
  if (state.query.trim()) p.set('q', state.query);
  if (state.parties.length) p.set('party', state.parties.join(','));
  if (state.partyMode !== 'all') p.set('partymode', state.partyMode);
  // Names may hold commas: one key per person.
  for (const name of state.people) p.append('person', name);
  if (state.kinds.length) p.set('kind', state.kinds.join(','));
  if (state.confidences.length) p.set('confidence', state.confidences.join(','));
  if (state.secrecy.length) p.set('secret', state.secrecy.map((v) => (v === 'secret' ? 'yes' : 'no')).join(','));
  const index = state.dataset.index;
  const sel = state.selection;
  if (index && sel?.type === 'contact') p.set('sel', `c:${index.contacts[sel.contact]!.id}`);
  if (index && sel?.type === 'place') p.set('sel', `p:${index.places[sel.place]!.key}`);
  if (state.mapView) {
    const { lat, lon, zoom } = state.mapView;
    p.set('map', `${lat.toFixed(4)},${lon.toFixed(4)},${zoom}`);
  }
  if (state.mainView === 'list') p.set('view', 'list');
  if (state.disclosures) p.set('disclose', '1');
  return p.toString();
}

export function decodeView(search: string): UrlView {
  const p = new URLSearchParams(search);
  const out: UrlView = {};
  const from = parseInstant(p.get('from'));
  const to = parseInstant(p.get('to'));
  if (from !== null && to !== null && to > from) out.window = { start: from, end: to };
  if (p.has('tracks')) {
    const on = new Set(list(p.get('tracks')));
    out.tracks = { ...ALL_TRACKS_ON, '1': on.has('1'), '1.5': on.has('1.5'), '2': on.has('2') };
  }
  if (p.get('q')) out.query = p.get('q')!;
  if (p.has('party')) out.parties = list(p.get('party'));
  if (p.get('partymode') === 'any') out.partyMode = 'any';
  const people = p
    .getAll('person')
    .map((v) => v.trim())
    .filter(Boolean);
  if (people.length) out.people = people;
  if (p.has('kind')) out.kinds = oneOf(KINDS, list(p.get('kind')));
  if (p.has('confidence')) out.confidences = oneOf(CONFIDENCES, list(p.get('confidence')));
  if (p.has('secret')) {
    const words = list(p.get('secret'));
    out.secrecy = SECRECIES.filter((v) => words.includes(v === 'secret' ? 'yes' : 'no'));
  }
  const sel = p.get('sel');
  if (sel?.startsWith('c:')) out.selection = { type: 'contact', id: sel.slice(2) };
  if (sel?.startsWith('p:')) out.selection = { type: 'place', key: sel.slice(2) };
  const map = list(p.get('map')).map(Number);
  if (map.length === 3 && map.every(Number.isFinite)) out.mapView = { lat: map[0]!, lon: map[1]!, zoom: map[2]! };
  if (p.get('view') === 'list') out.mainView = 'list';
  if (p.get('disclose') === '1') out.disclosures = true;
  return out;
}

/** What a link sets that needs no dataset: the filters and map or list. Absent keys mean the defaults. */
export function viewFilters(
  view: UrlView,
): Pick<
  AtlasState,
  | 'tracks'
  | 'query'
  | 'parties'
  | 'partyMode'
  | 'people'
  | 'kinds'
  | 'confidences'
  | 'secrecy'
  | 'mainView'
  | 'disclosures'
> {
  return {
    tracks: view.tracks ?? ALL_TRACKS_ON,
    query: view.query ?? '',
    parties: view.parties ?? [],
    partyMode: view.partyMode ?? 'all',
    people: view.people ?? [],
    kinds: view.kinds ?? [],
    confidences: view.confidences ?? [],
    secrecy: view.secrecy ?? [],
    mainView: view.mainView ?? 'map',
    disclosures: view.disclosures ?? false,
  };
}

/** What a link sets within a dataset: window, map view and selection. Ids resolve against the dataset;
 * unknown ones are ignored, and an absent window or map view is left out for the caller to choose. */
export function viewPlacement(
  view: UrlView,
  index: ContactIndex | null,
): { window?: TimeWindow; mapView?: MapView; selection: Selection } {
  let selection: Selection = null;
  if (index && view.selection?.type === 'contact') {
    const at = index.byId.get(view.selection.id);
    if (at !== undefined) selection = { type: 'contact', contact: at };
  }
  if (index && view.selection?.type === 'place') {
    const at = index.placeByKey.get(view.selection.key);
    if (at !== undefined) selection = { type: 'place', place: at };
  }
  return {
    ...(view.window ? { window: view.window } : {}),
    ...(view.mapView ? { mapView: view.mapView } : {}),
    selection,
  };
}

/** Every store field a decoded URL sets. */
export function viewToState(view: UrlView, index: ContactIndex | null): Partial<AtlasState> {
  return { ...viewFilters(view), ...viewPlacement(view, index) };
}
