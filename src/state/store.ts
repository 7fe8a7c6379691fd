// The app's one store. It holds the loaded dataset (already validated and indexed), the filters, the time
// window and the selection. Map and timeline adapters subscribe to it directly; React views use selectors.
// Only the actions write to it (actions.ts, *Actions.ts and loading.ts; lint holds it).
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { ContactIndex } from '../data/contactIndex.ts';
import type { RecordError } from '../data/parse.ts';
import { ALL_TRACKS_ON, type TimeWindow, type TrackToggles } from '../data/query.ts';
import type { MatchMode, Secrecy } from '../data/filters.ts';
import type { Confidence, Kind } from '../data/schema.ts';
import type { NetworkMode } from '../data/network.ts';
import type { LoadProblem } from './loadProblem.ts';
import type { LinkNote } from './linkNote.ts';
import type { Provenance } from './provenance.ts';
import type { Story } from '../data/story.ts';

export type Selection = { type: 'place'; place: number } | { type: 'contact'; contact: number } | null;

export interface DatasetState {
  status: 'loading' | 'ready' | 'failed';
  /** 'link': the built-in file or ?data=; 'file': opened from the user's computer, so no link can carry it. */
  origin: 'link' | 'file';
  /** Where the data came from, shown to the user ("built-in dataset" or the ?data= URL). */
  sourceLabel: string;
  /** Where data that is not the built-in record came from (another site's origin, a path on this site, the
   * user's file), named on every view; null for the built-in record. */
  provenance: Provenance | null;
  index: ContactIndex | null;
  errors: RecordError[];
  failure: string | null;
  /** While data from a link or a file is on its way: what, and how much has arrived. */
  pending?: { label: string; received: number; total: number | null } | null;
  /** The failure in words the views can translate, when it is one of the link's own (timeout, CORS). */
  failureProblem?: { source: string; problem: LoadProblem } | null;
  /** The failure was a link's load, which "Retry" can try again. */
  retryable?: boolean;
}

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export type PlaybackSpeed = 1 | 2 | 4;

/** Interface languages; English is the default and is bundled, the others load on demand. */
export const LOCALES = ['en', 'uk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export type MainView = 'map' | 'list' | 'network';

/** The story being told and its step (from 0; the link counts from 1). */
export interface StoryPointer {
  slug: string;
  step: number;
}

/** What opening a story changes and leaving it gives back. */
export type StoryReturn = Pick<
  AtlasState,
  | 'window'
  | 'mapView'
  | 'selection'
  | 'mainView'
  | 'tracks'
  | 'query'
  | 'parties'
  | 'partyMode'
  | 'people'
  | 'kinds'
  | 'confidences'
  | 'secrecy'
>;

export interface AtlasState {
  dataset: DatasetState;
  tracks: TrackToggles;
  /** Free-text search over titles, summaries, participants and places. */
  query: string;
  parties: readonly string[];
  /** 'all': contacts with every chosen party together; 'any': with at least one of them. */
  partyMode: MatchMode;
  /** Participants: contacts every one of them took part in (not merely texts that mention them). */
  people: readonly string[];
  kinds: readonly Kind[];
  confidences: readonly Confidence[];
  secrecy: readonly Secrecy[];
  /** Where the map looks; written by the map when it moves, and by links and Back/Forward. A new dataset
   * sets it to the link's view, or to null, which asks the map to show the data whole. */
  mapView: MapView | null;
  mainView: MainView;
  /** Network view: parties or people as nodes, and the node or link whose contacts it lists. */
  network: { mode: NetworkMode; pick: string | null };
  /** Lines on the timeline from each secret contact to its first public report. */
  disclosures: boolean;
  /** The About-the-data page is open (?about=1). */
  about: boolean;
  /** The compact layout for an article's iframe (?embed=1). */
  embed: boolean;
  playback: { playing: boolean; speed: PlaybackSpeed };
  window: TimeWindow | null;
  selection: Selection;
  hover: Selection;
  /** Bumped when a view asks the map to bring the selection into view (a timeline click, not a marker click). */
  focusRequest: number;
  /** What the link the app opened with asked for but could not have (see urlState.ts), until dismissed. */
  linkNotes: readonly LinkNote[];
  /** The interface language (record titles and summaries stay English). */
  locale: Locale;
  /** The stories of data/stories/, loaded when the list is first opened or a link names one. */
  stories: { status: 'idle' | 'loading' | 'ready' | 'failed'; list: readonly Story[] };
  story: StoryPointer | null;
  /** The view before the story was opened; "Leave the story" restores it. */
  storyReturn: StoryReturn | null;
  /** Bumped when a step asks the map to fit its contacts. */
  storyFit: number;
}

export const initialState: AtlasState = {
  dataset: {
    status: 'loading',
    origin: 'link',
    sourceLabel: '',
    provenance: null,
    index: null,
    errors: [],
    failure: null,
  },
  tracks: ALL_TRACKS_ON,
  query: '',
  parties: [],
  partyMode: 'all',
  people: [],
  kinds: [],
  confidences: [],
  secrecy: [],
  mapView: null,
  mainView: 'map',
  disclosures: false,
  about: false,
  embed: false,
  network: { mode: 'parties', pick: null },
  playback: { playing: false, speed: 1 },
  window: null,
  selection: null,
  hover: null,
  focusRequest: 0,
  linkNotes: [],
  locale: 'en',
  stories: { status: 'idle', list: [] },
  story: null,
  storyReturn: null,
  storyFit: 0,
};

export const useAtlasStore = create<AtlasState>()(subscribeWithSelector(() => initialState));
