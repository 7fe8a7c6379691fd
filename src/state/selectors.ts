// Selectors over the store. selectView is the one derived computation; it is memoised on its three inputs
// so the map adapter, the toggles and the details panel share one result per state change.
import type { ContactIndex } from '../data/contactIndex.ts';
import { computeView, type TimeWindow, type TrackToggles, type View } from '../data/query.ts';
import type { AtlasState } from './store.ts';

export const selectIndex = (s: AtlasState) => s.dataset.index;
export const selectStatus = (s: AtlasState) => s.dataset.status;
export const selectTracks = (s: AtlasState) => s.tracks;
export const selectWindow = (s: AtlasState) => s.window;
export const selectSelection = (s: AtlasState) => s.selection;
export const selectHover = (s: AtlasState) => s.hover;
export const selectErrors = (s: AtlasState) => s.dataset.errors;

let last: { index: ContactIndex; window: TimeWindow; tracks: TrackToggles; view: View } | null = null;

export function selectView(s: AtlasState): View | null {
  const { index } = s.dataset;
  if (!index || !s.window) return null;
  if (last && last.index === index && last.window === s.window && last.tracks === s.tracks) return last.view;
  const view = computeView(index, s.window, s.tracks);
  last = { index, window: s.window, tracks: s.tracks, view };
  return view;
}

/** Place numbers the selection or hover points at: a place itself, or every place of a contact. */
export function placesOf(index: ContactIndex | null, target: AtlasState['selection']): number[] {
  if (!index || !target) return [];
  return target.type === 'place' ? [target.place] : (index.contactPlaces[target.contact] ?? []);
}
