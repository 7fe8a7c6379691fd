// Selectors over the store. selectView is the one derived computation; it is memoised on its three inputs
// so the map adapter, the toggles and the details panel share one result per state change.
import type { ContactIndex } from '../data/contactIndex.ts';
import {
  combineMasks,
  confidenceMask,
  countFacet,
  encodeFacet,
  kindMask,
  participantMask,
  participantNames,
  partyMask,
  queryMask,
  secrecyMask,
  secrecyOf,
  type FacetCodes,
  type FacetCount,
  type Secrecy,
} from '../data/filters.ts';
import { computeView, contactsInWindow, type TimeWindow, type TrackToggles, type View } from '../data/query.ts';
import { TRACKS, type Confidence, type Kind } from '../data/schema.ts';
import { buildNetwork, type Network, type NetworkMode } from '../data/network.ts';
import { stepContacts, type Story } from '../data/story.ts';
import type { AtlasState } from './store.ts';
import { dataNotice } from './provenance.ts';

export const selectIndex = (s: AtlasState) => s.dataset.index;
export const selectStatus = (s: AtlasState) => s.dataset.status;
export const selectTracks = (s: AtlasState) => s.tracks;
export const selectWindow = (s: AtlasState) => s.window;
export const selectSelection = (s: AtlasState) => s.selection;
export const selectHover = (s: AtlasState) => s.hover;
export const selectErrors = (s: AtlasState) => s.dataset.errors;
export const selectLinkNotes = (s: AtlasState) => s.linkNotes;

/** The notice that data on screen is not the atlas's own, as data the views say in their language. */
export const selectDataNotice = (s: AtlasState) =>
  s.dataset.provenance === null ? null : dataNotice(s.dataset.provenance);

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
const peopleMaskOf = memoLast(participantMask);
const kindMaskOf = memoLast(kindMask);
const confidenceMaskOf = memoLast(confidenceMask);
const secrecyMaskOf = memoLast(secrecyMask);
const combined = memoLast(combineMasks);

type FacetKey = 'parties' | 'people' | 'kinds' | 'confidences' | 'secrecy';

/** Each filter's own mask (null: it filters nothing); each stays the same array while its filter does. */
function masksOf(s: AtlasState, index: ContactIndex): Record<FacetKey | 'query', Uint8Array | null> {
  return {
    query: queryMaskOf(index, s.query),
    parties: partyMaskOf(index, s.parties, s.partyMode),
    people: peopleMaskOf(index, s.people),
    kinds: kindMaskOf(index, s.kinds),
    confidences: confidenceMaskOf(index, s.confidences),
    secrecy: secrecyMaskOf(index, s.secrecy),
  };
}

/** Which contacts pass the search and facets (null: all). Changes only when a filter does. */
export function selectMask(s: AtlasState): Uint8Array | null {
  const { index } = s.dataset;
  if (!index) return null;
  const m = masksOf(s, index);
  return combined(m.query, m.parties, m.people, m.kinds, m.confidences, m.secrecy);
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

const facetCodes = new WeakMap<ContactIndex, Record<FacetKey, FacetCodes>>();
function codesOf(index: ContactIndex) {
  let codes = facetCodes.get(index);
  if (!codes) {
    const { contacts } = index;
    const encode = (valuesOf: (i: number) => readonly string[]) => encodeFacet(contacts.length, valuesOf);
    codes = {
      parties: encode((i) => contacts[i]!.parties),
      people: encode((i) => participantNames(contacts[i]!)),
      kinds: encode((i) => [contacts[i]!.kind]),
      confidences: encode((i) => [contacts[i]!.confidence]),
      secrecy: encode((i) => [secrecyOf(contacts[i]!)]),
    };
    facetCodes.set(index, codes);
  }
  return codes;
}

// One memoised AND per facet, so a facet's counts are recomputed only when its inputs change.
const combinedOthers: Record<FacetKey, typeof combineMasks> = {
  parties: memoLast(combineMasks),
  people: memoLast(combineMasks),
  kinds: memoLast(combineMasks),
  confidences: memoLast(combineMasks),
  secrecy: memoLast(combineMasks),
};

// Each value's count is how many contacts choosing it would give. Where chosen values add up (any of),
// that is the count with every other filter applied but not the facet's own, so its other values stay
// choosable; where they narrow (all of: parties together, people who all took part), the facet's own
// filter applies too, and a value shows how many contacts have it as well as those already chosen.
function facetCounter<T extends string>(key: FacetKey) {
  const count = memoLast((index: ContactIndex, positions: number[], mask: Uint8Array | null) =>
    countFacet<T>(positions, mask, codesOf(index)[key]),
  );
  return (s: AtlasState): Array<FacetCount<T>> => {
    const { index } = s.dataset;
    if (!index || !s.window) return [];
    const masks = masksOf(s, index);
    const narrows = key === 'people' || (key === 'parties' && s.partyMode === 'all');
    const others = (Object.keys(masks) as Array<keyof typeof masks>).filter((k) => narrows || k !== key);
    return count(index, windowedOf(index, s.window, s.tracks), combinedOthers[key](...others.map((k) => masks[k])));
  };
}

export const selectPartyFacet = facetCounter<string>('parties');
export const selectPeopleFacet = facetCounter<string>('people');
export const selectKindFacet = facetCounter<Kind>('kinds');
export const selectConfidenceFacet = facetCounter<Confidence>('confidences');
export const selectSecrecyFacet = facetCounter<Secrecy>('secrecy');

/** Place numbers the selection or hover points at: a place itself, or every place of a contact. */
export function placesOf(index: ContactIndex | null, target: AtlasState['selection']): number[] {
  if (!index || !target) return [];
  return target.type === 'place' ? [target.place] : (index.contactPlaces[target.contact] ?? []);
}

/** People mode draws only the busiest people: past a few dozen nodes the picture is a hairball. */
export const MAX_NETWORK_PEOPLE = 40;

const networkOf = memoLast((index: ContactIndex, visible: number[], mode: NetworkMode) =>
  buildNetwork(index, visible, mode, mode === 'people' ? MAX_NETWORK_PEOPLE : Infinity),
);

/** Who met whom among the contacts in the current filters and window. */
export function selectNetwork(s: AtlasState): Network | null {
  const { index } = s.dataset;
  const view = selectView(s);
  if (!index || !view) return null;
  return networkOf(index, view.visible, s.network.mode);
}

const NO_CONTACTS: readonly number[] = [];

/** The open story, or null (also while the stories load, or when a link named one that does not exist). */
export const selectStory = (s: AtlasState): Story | null =>
  (s.story && s.stories.list.find((story) => story.slug === s.story!.slug)) || null;

const storyContactsOf = memoLast((story: Story | null, step: number, index: ContactIndex | null) =>
  story ? stepContacts(story, step, index) : NO_CONTACTS,
);

/** The contacts the current story step shows, highlighted on the map and the timeline. */
export function selectStoryContacts(s: AtlasState): readonly number[] {
  return s.story ? storyContactsOf(selectStory(s), s.story.step, s.dataset.index) : NO_CONTACTS;
}
