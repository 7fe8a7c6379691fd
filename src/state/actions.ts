// State changes, as plain functions: callable from React handlers and from Leaflet or vis-timeline events alike.
import { buildIndex } from '../data/contactIndex.ts';
import { parseDataset } from '../data/parse.ts';
import { ALL_TRACKS_ON, clampWindow, fullWindow, type TimeWindow } from '../data/query.ts';
import type { Kind, Track } from '../data/schema.ts';
import type { RecordError } from '../data/parse.ts';
import { useAtlasStore, type MapView, type PlaybackSpeed, type Selection } from './store.ts';

const { setState, getState } = useAtlasStore;

// Each load takes a ticket; a slower, older load that finishes later is ignored instead of replacing
// the newer one.
let latestLoad = 0;

export function beginLoad(): number {
  return ++latestLoad;
}

export function isLatestLoad(ticket: number): boolean {
  return ticket === latestLoad;
}

/** Says why a load failed. Data already on screen stays there: a bad file should not wipe it. */
export function reportLoadFailure(sourceLabel: string, failure: string): void {
  const { dataset } = getState();
  if (dataset.index) setState({ dataset: { ...dataset, failure } });
  else setState({ dataset: { ...dataset, status: 'failed', sourceLabel, failure } });
}

export async function loadDataset(url: string, sourceLabel: string): Promise<void> {
  const ticket = beginLoad();
  setState({
    dataset: { ...getState().dataset, status: getState().dataset.index ? 'ready' : 'loading', failure: null },
  });
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (err) {
    if (!isLatestLoad(ticket)) return;
    reportLoadFailure(sourceLabel, `Could not load ${sourceLabel}: ${(err as Error).message}.`);
    return;
  }
  const ours = parseOwnFormat(text);
  if (ours !== undefined) {
    if (isLatestLoad(ticket)) loadDatasetJson(ours, sourceLabel, 'link');
    return;
  }
  // GeoJSON, CSV or TimelineJS behind a link: the importers load only now, when they are needed.
  const { convertToDataset } = await import('../data/formats/importers.ts');
  if (!isLatestLoad(ticket)) return;
  const converted = convertToDataset(text, new URL(url, window.location.href).pathname);
  if (!converted.dataset) {
    reportLoadFailure(sourceLabel, `Could not load ${sourceLabel}: ${converted.fatal ?? 'not a format we can read'}.`);
    return;
  }
  loadDatasetJson(converted.dataset, sourceLabel, 'link', converted.problems);
}

/** Our own JSON format parsed, or undefined when the text is something else (another format, or broken). */
function parseOwnFormat(text: string): unknown {
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' && 'contacts' in json && 'version' in json ? json : undefined;
  } catch {
    return undefined;
  }
}

/** Validates and shows a dataset already in memory. `extraErrors` are rows an importer could not convert. */
export function loadDatasetJson(
  json: unknown,
  sourceLabel: string,
  origin: 'link' | 'file',
  extraErrors: RecordError[] = [],
): void {
  const parsed = parseDataset(json);
  if (parsed.fatal) {
    reportLoadFailure(sourceLabel, `${sourceLabel}: ${parsed.fatal}`);
    return;
  }
  const index = buildIndex(parsed.contacts);
  setState({
    dataset: { status: 'ready', origin, sourceLabel, index, errors: [...extraErrors, ...parsed.errors], failure: null },
    window: fullWindow(index),
    selection: null,
    hover: null,
  });
}

export function setTimeWindow(requested: TimeWindow): void {
  const window = clampWindow(requested);
  const current = getState().window;
  if (current && current.start === window.start && current.end === window.end) return;
  setState({ window });
}

export function toggleTrack(track: Track): void {
  const tracks = getState().tracks;
  setState({ tracks: { ...tracks, [track]: !tracks[track] } });
}

export function selectPlace(place: number): void {
  setState({ selection: { type: 'place', place } });
}

/** Select a contact; `focus` asks the map to bring it into view (used when the click came from elsewhere). */
export function selectContact(contact: number, focus = false): void {
  const state = getState();
  setState({
    selection: { type: 'contact', contact },
    focusRequest: focus ? state.focusRequest + 1 : state.focusRequest,
  });
}

export function clearSelection(): void {
  setState({ selection: null });
}

export function setHover(hover: Selection): void {
  const current = getState().hover;
  if (current === hover || (current && hover && current.type === hover.type && sameTarget(current, hover))) return;
  setState({ hover });
}

function sameTarget(a: NonNullable<Selection>, b: NonNullable<Selection>): boolean {
  return a.type === 'place' && b.type === 'place'
    ? a.place === b.place
    : a.type === 'contact' && b.type === 'contact'
      ? a.contact === b.contact
      : false;
}

export function setQuery(query: string): void {
  setState({ query });
}

export function toggleParty(party: string): void {
  const { parties } = getState();
  setState({ parties: parties.includes(party) ? parties.filter((p) => p !== party) : [...parties, party] });
}

export function toggleKind(kind: Kind): void {
  const { kinds } = getState();
  setState({ kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] });
}

export function clearFilters(): void {
  setState({ query: '', parties: [], kinds: [], tracks: ALL_TRACKS_ON });
}

export function setMapView(mapView: MapView): void {
  const current = getState().mapView;
  if (current && current.lat === mapView.lat && current.lon === mapView.lon && current.zoom === mapView.zoom) return;
  setState({ mapView });
}

export function setMainView(mainView: 'map' | 'list'): void {
  setState({ mainView });
}

export function setPlaying(playing: boolean): void {
  setState({ playback: { ...getState().playback, playing } });
}

export function setPlaybackSpeed(speed: PlaybackSpeed): void {
  setState({ playback: { ...getState().playback, speed } });
}
