// Selectors over the store. selectView is the one derived computation; it is memoised on its three inputs
// so the map adapter, the toggles and the details panel share one result per state change.
import type { ContactIndex } from '../data/contactIndex.ts';
import {
  combineMasks,
  countFacet,
  encodeFacet,
  kindMask,
  partyMask,
  queryMask,
  type FacetCodes,
  type FacetCount,
} from '../data/filters.ts';
import { computeView, contactsInWindow, type TimeWindow, type TrackToggles, type View } from '../data/query.ts';
import { TRACKS, type Kind } from '../data/schema.ts';
import type { AtlasState } from './store.ts';

export const selectIndex = (s: AtlasState) => s.dataset.index;
export const selectStatus = (s: AtlasState) => s.dataset.status;
export const selectTracks = (s: AtlasState) => s.tracks;
export const selectWindow = (s: AtlasState) => s.window;
export const selectSelection = (s: AtlasState) => s.selection;
export const selectHover = (s: AtlasState) => s.hover;
export const selectErrors = (s: AtlasState) => s.dataset.errors;

/** Remembers the last result for the last arguments (compared by identity). */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

const queryMaskOf = memoLast(queryMask);
const partyMaskOf = memoLast(partyMask);
const kindMaskOf = memoLast(kindMask);
const combined = memoLast(combineMasks);

/** Which contacts pass the search and facets (null: all). Changes only when a filter does. */
export function selectMask(s: AtlasState): Uint8Array | null {
  const { index } = s.dataset;
  if (!index) return null;
  return combined(queryMaskOf(index, s.query), partyMaskOf(index, s.parties), kindMaskOf(index, s.kinds));
}

// The view and the facet counts both start from the contacts in the window: found once per window.
const inWindowOf = memoLast(contactsInWindow);

const viewOf = memoLast((index: ContactIndex, win: TimeWindow, tracks: TrackToggles, mask: Uint8Array | null) =>
  computeView(index, win, tracks, mask, inWindowOf(index, win)),
);

export function selectView(s: AtlasState): View | null {
  const { index } = s.dataset;
  if (!index || !s.window) return null;
  return viewOf(index, s.window, s.tracks, selectMask(s));
}

/** Contacts in the window with tracks on, before search and facets: what the facet counts start from. */
const windowedOf = memoLast((index: ContactIndex, win: TimeWindow, tracks: TrackToggles) => {
  const on = TRACKS.map((t) => tracks[t]);
  return inWindowOf(index, win).filter((i) => on[index.track[i]!]);
});

const facetCodes = new WeakMap<ContactIndex, { parties: FacetCodes; kinds: FacetCodes }>();
function codesOf(index: ContactIndex) {
  let codes = facetCodes.get(index);
  if (!codes) {
    codes = {
      parties: encodeFacet(index.contacts.length, (i) => index.contacts[i]!.parties),
      kinds: encodeFacet(index.contacts.length, (i) => [index.contacts[i]!.kind]),
    };
    facetCodes.set(index, codes);
  }
  return codes;
}

// Each facet counts with every other filter applied but not its own, so its other values stay choosable.
const partyFacetOf = memoLast((index: ContactIndex, positions: number[], q: Uint8Array | null, k: Uint8Array | null) =>
  countFacet(positions, combineMasks(q, k), codesOf(index).parties),
);
const kindFacetOf = memoLast((index: ContactIndex, positions: number[], q: Uint8Array | null, p: Uint8Array | null) =>
  countFacet<Kind>(positions, combineMasks(q, p), codesOf(index).kinds),
);

export function selectPartyFacet(s: AtlasState): FacetCount[] {
  const { index } = s.dataset;
  if (!index || !s.window) return [];
  return partyFacetOf(
    index,
    windowedOf(index, s.window, s.tracks),
    queryMaskOf(index, s.query),
    kindMaskOf(index, s.kinds),
  );
}

export function selectKindFacet(s: AtlasState): Array<FacetCount<Kind>> {
  const { index } = s.dataset;
  if (!index || !s.window) return [];
  return kindFacetOf(
    index,
    windowedOf(index, s.window, s.tracks),
    queryMaskOf(index, s.query),
    partyMaskOf(index, s.parties),
  );
}

/** Place numbers the selection or hover points at: a place itself, or every place of a contact. */
export function placesOf(index: ContactIndex | null, target: AtlasState['selection']): number[] {
  if (!index || !target) return [];
  return target.type === 'place' ? [target.place] : (index.contactPlaces[target.contact] ?? []);
}
