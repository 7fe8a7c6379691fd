// The view as URL parameters and back. Pure: no window, no history; urlSync.ts and the actions in
// linkActions.ts and loading.ts do the wiring.
// Keys: data, contact (read only), from, to, tracks, q, party, partymode, person (once per person), kind, confidence, secret, sel,
// map, view, disclose, about, embed, lang, net, pick, story, step. Absent keys mean the default.
import type { ContactIndex } from '../data/contactIndex.ts';
import { ALL_TRACKS_ON, clampWindow, MAX_WINDOW_MS, type TimeWindow, type TrackToggles } from '../data/query.ts';
import { SECRECIES, type MatchMode, type Secrecy } from '../data/filters.ts';
import { CONFIDENCES, KINDS, TRACKS, type Confidence, type Kind } from '../data/schema.ts';
import { STORY_SLUG } from '../data/story.ts';
import { said } from '../data/said.ts';
import type { LinkNote } from './linkNote.ts';
import {
  LOCALES,
  type AtlasState,
  type Locale,
  type MainView,
  type MapView,
  type Selection,
  type StoryPointer,
} from './store.ts';

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
  mainView?: MainView;
  disclosures?: boolean;
  /** What the link asked for that was ignored or brought within limits, for the user to be told. */
  notes?: LinkNote[];
  about?: boolean;
  embed?: boolean;
  lang?: Locale;
  network?: AtlasState['network'];
  /** A story's step; whether the story exists is known once the stories are loaded. */
  story?: StoryPointer;
}

/** A link's dates are kept within these years; the timeline cannot draw far beyond them, nor need to. */
export const LINK_YEARS = { first: 1900, last: 2100 } as const;
const LINK_START = Date.UTC(LINK_YEARS.first, 0, 1);
const LINK_END = Date.UTC(LINK_YEARS.last, 11, 31);
/** Caps on what a link carries, both ways: the address stays a few kilobytes at most. */
export const URL_LIMITS = { query: 200, id: 200, values: 50, value: 100, data: 2000 } as const;

/** A value quoted in a note, cut short: a note must not grow with the hostile link it describes. */
export const quoted = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

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
  if (dataParam && dataParam.length <= URL_LIMITS.data) p.set('data', dataParam);
  if (state.window) {
    // Minutes are enough to restore what the eye sees, and keep links short.
    p.set('from', formatInstant(Math.round(state.window.start / 60_000) * 60_000));
    p.set('to', formatInstant(Math.round(state.window.end / 60_000) * 60_000));
  }
  const on = TRACKS.filter((t) => state.tracks[t]);
  if (on.length !== TRACKS.length) p.set('tracks', on.join(',') || 'none');
  if (state.query.trim()) p.set('q', state.query.slice(0, URL_LIMITS.query));
  if (state.parties.length) p.set('party', state.parties.slice(0, URL_LIMITS.values).join(','));
  if (state.partyMode !== 'all') p.set('partymode', state.partyMode);
  // Names may hold commas: one key per person.
  for (const name of state.people.slice(0, URL_LIMITS.values)) p.append('person', name.slice(0, URL_LIMITS.value));
  if (state.kinds.length) p.set('kind', state.kinds.join(','));
  if (state.confidences.length) p.set('confidence', state.confidences.join(','));
  if (state.secrecy.length) p.set('secret', state.secrecy.map((v) => (v === 'secret' ? 'yes' : 'no')).join(','));
  const index = state.dataset.index;
  const sel = state.selection;
  // An id too long for a link is left out rather than cut: a cut id would name nothing.
  const selected =
    index && sel?.type === 'contact'
      ? `c:${index.contacts[sel.contact]!.id}`
      : index && sel?.type === 'place'
        ? `p:${index.places[sel.place]!.key}`
        : '';
  if (selected && selected.length <= URL_LIMITS.id + 2) p.set('sel', selected);
  if (state.mapView) {
    const { lat, lon, zoom } = state.mapView;
    p.set('map', `${lat.toFixed(4)},${lon.toFixed(4)},${zoom}`);
  }
  if (state.mainView !== 'map') p.set('view', state.mainView);
  if (state.network.mode !== 'parties') p.set('net', state.network.mode);
  if (state.network.pick) p.set('pick', state.network.pick);
  if (state.disclosures) p.set('disclose', '1');
  if (state.about) p.set('about', '1');
  if (state.embed) p.set('embed', '1');
  if (state.locale !== 'en') p.set('lang', state.locale);
  if (state.story) {
    p.set('story', state.story.slug);
    p.set('step', String(state.story.step + 1));
  }
  return p.toString();
}

export function decodeView(search: string): UrlView {
  const p = new URLSearchParams(search);
  const out: UrlView = {};
  const notes: LinkNote[] = [];
  const window = linkWindow(p.get('from'), p.get('to'), notes);
  if (window) out.window = window;
  if (p.has('tracks')) {
    const values = list(p.get('tracks'));
    const on = new Set(values);
    out.tracks = { ...ALL_TRACKS_ON, '1': on.has('1'), '1.5': on.has('1.5'), '2': on.has('2') };
    const unknown = values.filter((v) => v !== 'none' && !(TRACKS as readonly string[]).includes(v));
    if (unknown.length) notes.push(said('note.tracks', { values: unknown.map(quoted).join(', ') }));
  }
  const query = p.get('q');
  if (query) {
    out.query = query.slice(0, URL_LIMITS.query);
    if (query.length > URL_LIMITS.query) notes.push(said('note.query.cut', { limit: URL_LIMITS.query }));
  }
  if (p.has('party')) out.parties = capped('party', list(p.get('party')), notes);
  if (p.has('kind')) {
    const values = list(p.get('kind'));
    out.kinds = values.filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
    const unknown = values.filter((k) => !(KINDS as readonly string[]).includes(k));
    if (unknown.length)
      notes.push(said('note.kind', { values: unknown.map(quoted).join(', '), kinds: KINDS.join(', ') }));
  }
  if (p.get('partymode') === 'any') out.partyMode = 'any';
  const people = p
    .getAll('person')
    .map((v) => v.trim())
    .filter(Boolean);
  if (people.length) out.people = capped('person', people, notes);
  if (p.has('confidence')) out.confidences = oneOf(CONFIDENCES, list(p.get('confidence')));
  if (p.has('secret')) {
    const words = list(p.get('secret'));
    out.secrecy = SECRECIES.filter((v) => words.includes(v === 'secret' ? 'yes' : 'no'));
  }
  const sel = p.get('sel');
  if (sel && sel.length > URL_LIMITS.id + 2) notes.push(said('note.sel.long'));
  else if (sel?.startsWith('c:')) out.selection = { type: 'contact', id: sel.slice(2) };
  else if (sel?.startsWith('p:')) out.selection = { type: 'place', key: sel.slice(2) };
  else if (sel) notes.push(said('note.sel.prefix', { value: quoted(sel) }));
  // ?contact=<id> is the permalink of one contact (stable across releases): an alias of sel=c:<id>, which
  // the address bar then shows.
  const contact = p.get('contact');
  if (contact && contact.length <= URL_LIMITS.id) out.selection = { type: 'contact', id: contact };
  const map = p.get('map');
  if (map) {
    const mapView = linkMapView(map);
    if (mapView) out.mapView = mapView;
    else notes.push(said('note.map', { value: quoted(map) }));
  }
  const view = p.get('view');
  if (view === 'list' || view === 'network') out.mainView = view;
  else if (view && view !== 'map') notes.push(said('note.view', { value: quoted(view) }));
  const pick = p.get('pick');
  if (pick && pick.length > 2 * URL_LIMITS.value + 1) notes.push(said('note.pick.long'));
  if (p.get('net') === 'people' || pick)
    out.network = {
      mode: p.get('net') === 'people' ? 'people' : 'parties',
      pick: pick && pick.length <= 2 * URL_LIMITS.value + 1 ? pick : null,
    };
  if (p.get('disclose') === '1') out.disclosures = true;
  if (p.get('about') === '1') out.about = true;
  if (p.get('embed') === '1') out.embed = true;
  const lang = p.get('lang');
  if ((LOCALES as readonly (string | null)[]).includes(lang)) out.lang = lang as Locale;
  else if (lang) notes.push(said('note.lang', { value: quoted(lang) }));
  const story = linkStory(p.get('story'), p.get('step'), notes);
  if (story) out.story = story;
  if (notes.length) out.notes = notes;
  return out;
}

/** The window a link's from and to ask for, kept within LINK_YEARS and the timeline's own zoom limits. */
function linkWindow(fromValue: string | null, toValue: string | null, notes: LinkNote[]): TimeWindow | undefined {
  if (fromValue === null && toValue === null) return undefined;
  const from = parseInstant(fromValue);
  const to = parseInstant(toValue);
  if (from === null || to === null) {
    const [param, value] = from === null ? ['from', fromValue] : ['to', toValue];
    notes.push(said('note.window.notDate', { param, value: quoted(value ?? '') }));
    return undefined;
  }
  if (to <= from) {
    notes.push(said('note.window.reversed'));
    return undefined;
  }
  const start = Math.min(Math.max(from, LINK_START), LINK_END - 86_400_000);
  const end = Math.min(Math.max(to, start + 86_400_000), LINK_END);
  if (start !== from || end !== to)
    notes.push(
      // Strings: a year is written without grouping ("1900", not "1 900").
      said('note.window.clamped', { first: String(LINK_YEARS.first), last: String(LINK_YEARS.last) }),
    );
  if (end - start > MAX_WINDOW_MS) notes.push(said('note.window.narrowed', { years: 40 }));
  return clampWindow({ start, end });
}

/** story=<slug>&step=<n>: n counts from 1; a missing or unreadable step is the first. */
function linkStory(slug: string | null, step: string | null, notes: LinkNote[]): StoryPointer | undefined {
  if (slug === null) return undefined;
  if (slug.length > URL_LIMITS.value || !STORY_SLUG.test(slug)) {
    notes.push(said('note.story.slug', { value: quoted(slug) }));
    return undefined;
  }
  const n = step === null ? 1 : Number(step);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    notes.push(said('note.story.step', { value: quoted(step ?? '') }));
    return { slug, step: 0 };
  }
  return { slug, step: n - 1 };
}

/** latitude,longitude,zoom, with latitude and longitude on the globe and zoom within the map's range. */
function linkMapView(value: string): MapView | undefined {
  const [lat, lon, zoom, ...rest] = list(value).map(Number);
  if (rest.length || ![lat, lon, zoom].every(Number.isFinite)) return undefined;
  if (Math.abs(lat!) > 90 || Math.abs(lon!) > 360) return undefined;
  return { lat: lat!, lon: lon!, zoom: Math.min(Math.max(zoom!, 1), 16) };
}

/** A list parameter, at most URL_LIMITS.values values of at most URL_LIMITS.value characters. */
function capped(name: string, values: string[], notes: LinkNote[]): string[] {
  const kept = values.filter((v) => v.length <= URL_LIMITS.value).slice(0, URL_LIMITS.values);
  if (kept.length < values.length) notes.push(said('note.capped', { param: name, count: values.length - kept.length }));
  return kept;
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
  | 'about'
  | 'embed'
  | 'network'
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
    about: view.about ?? false,
    embed: view.embed ?? false,
    network: view.network ?? { mode: 'parties', pick: null },
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
