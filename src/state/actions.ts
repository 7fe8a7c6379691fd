// State changes, as plain functions: callable from React handlers and from Leaflet or vis-timeline events alike.
import { buildIndex } from '../data/contactIndex.ts';
import { parseDataset } from '../data/parse.ts';
import { fullWindow, type TimeWindow } from '../data/query.ts';
import type { Track } from '../data/schema.ts';
import { useAtlasStore, type Selection } from './store.ts';

const { setState, getState } = useAtlasStore;

export async function loadDataset(url: string, sourceLabel: string): Promise<void> {
  setState({ dataset: { status: 'loading', sourceLabel, index: null, errors: [], failure: null } });
  let json: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    json = await response.json();
  } catch (err) {
    const reason = err instanceof SyntaxError ? 'the file is not valid JSON' : (err as Error).message;
    setState({ dataset: { status: 'failed', sourceLabel, index: null, errors: [], failure: `Could not load ${sourceLabel}: ${reason}.` } });
    return;
  }
  const parsed = parseDataset(json);
  if (parsed.fatal) {
    setState({ dataset: { status: 'failed', sourceLabel, index: null, errors: [], failure: parsed.fatal } });
    return;
  }
  const index = buildIndex(parsed.contacts);
  setState({
    dataset: { status: 'ready', sourceLabel, index, errors: parsed.errors, failure: null },
    window: fullWindow(index),
    selection: null,
    hover: null,
  });
}

export function setTimeWindow(window: TimeWindow): void {
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
  setState({ selection: { type: 'contact', contact }, focusRequest: focus ? state.focusRequest + 1 : state.focusRequest });
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
  return a.type === 'place' && b.type === 'place' ? a.place === b.place
    : a.type === 'contact' && b.type === 'contact' ? a.contact === b.contact : false;
}
