// Stories: loading them (a chunk of their own, fetched when the list is first opened or a link names one),
// opening one, stepping through it, and leaving it for the view the reader had before.
import { ALL_TRACKS_ON, clampWindow } from '../data/query.ts';
import { parseStory, stepContacts, stepWindow, type Story } from '../data/story.ts';
import { useAtlasStore, type AtlasState, type StoryPointer, type StoryReturn } from './store.ts';
import { quoted, type UrlView } from './urlState.ts';
import { said } from '../data/said.ts';
import { datasetSettled } from './datasetSettled.ts';

const { setState, getState } = useAtlasStore;

// Each file is a chunk of its own; none is fetched until loadStories runs.
const STORY_FILES = import.meta.glob<unknown>('../../data/stories/*.json', { import: 'default' });

const slugOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

let loading: Promise<void> | null = null;

/** Loads the stories once; later calls wait for the same load. A failed load may be tried again. */
export function loadStories(files: Record<string, () => Promise<unknown>> = STORY_FILES): Promise<void> {
  if (getState().stories.status === 'ready') return Promise.resolve();
  if (loading) return loading;
  setState({ stories: { status: 'loading', list: [] } });
  loading = Promise.all(
    Object.entries(files).map(async ([path, read]) => {
      const parsed = parseStory(slugOf(path), await read(), path);
      // data:check refuses a bad story before release; a bad one here is left out, and the console says why.
      if (!parsed.story) console.warn('Story left out:', parsed.errors);
      return parsed.story;
    }),
  )
    .then((stories) => {
      const list = stories.filter((s): s is Story => s !== undefined);
      // In the order of the record: the story that starts first comes first.
      list.sort((a, b) => stepWindow(a.steps[0]!).start - stepWindow(b.steps[0]!).start);
      setState({ stories: { status: 'ready', list } });
    })
    .catch((err: unknown) => {
      console.warn('Stories could not be loaded:', err);
      setState({ stories: { status: 'failed', list: [] } });
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function findStory(state: Pick<AtlasState, 'stories'>, slug: string): Story | undefined {
  return state.stories.list.find((s) => s.slug === slug);
}

function snapshot(s: AtlasState): StoryReturn {
  return {
    window: s.window,
    mapView: s.mapView,
    selection: s.selection,
    mainView: s.mainView,
    tracks: s.tracks,
    query: s.query,
    parties: s.parties,
    partyMode: s.partyMode,
    people: s.people,
    kinds: s.kinds,
    confidences: s.confidences,
    secrecy: s.secrecy,
  };
}

/** What showing a step sets: its window, its first contact selected, and its map view (or a fit), except
 * what `keep` already holds. */
function stepPlacement(story: Story, step: number, state: AtlasState, keep: Partial<AtlasState> = {}) {
  const s = story.steps[step]!;
  const first = stepContacts(story, step, state.dataset.index)[0];
  const map =
    'mapView' in keep
      ? {}
      : s.map === 'fit'
        ? { storyFit: state.storyFit + 1 }
        : { mapView: { lat: s.map.center[0], lon: s.map.center[1], zoom: s.map.zoom } };
  return {
    story: { slug: story.slug, step },
    window: clampWindow(stepWindow(s)),
    selection: first === undefined ? null : ({ type: 'contact', contact: first } as const),
    ...map,
    ...keep,
  };
}

/** Opens a story at a step (from 0): every filter off so its contacts show, on the map, playback stopped.
 * `keep` holds what a link set itself (its window, map view or selection), which the step does not replace. */
export function openStory(slug: string, step = 0, keep: Partial<AtlasState> = {}): boolean {
  const state = getState();
  const story = findStory(state, slug);
  if (!story) return false;
  const at = Math.min(Math.max(step, 0), story.steps.length - 1);
  setState({
    storyReturn: state.story ? state.storyReturn : snapshot(state),
    tracks: ALL_TRACKS_ON,
    query: '',
    parties: [],
    people: [],
    kinds: [],
    confidences: [],
    secrecy: [],
    mainView: 'map',
    about: false,
    playback: { ...state.playback, playing: false },
    ...stepPlacement(story, at, state, keep),
  });
  return true;
}

/** Another step of the open story (from 0), kept within its steps. */
export function goToStep(step: number): void {
  const state = getState();
  const story = state.story && findStory(state, state.story.slug);
  if (!story) return;
  const at = Math.min(Math.max(step, 0), story.steps.length - 1);
  if (at === state.story!.step) return;
  setState({ ...stepPlacement(story, at, state), playback: { ...state.playback, playing: false } });
}

export const nextStep = () => goToStep((getState().story?.step ?? 0) + 1);
export const previousStep = () => goToStep((getState().story?.step ?? 0) - 1);

/** Back to free exploring, with the view from before the story (from a story's link: the link's filters,
 * as the data opened with them). */
export function leaveStory(): void {
  const { storyReturn } = getState();
  setState({ story: null, storyReturn: null, ...(storyReturn ?? {}) });
}

/** A link that names a story opens it once the stories and the data are loaded; what else the link set
 * (window, map view, selection) stays as the link had it. */
export async function openLinkedStory(view: UrlView, pointer: StoryPointer): Promise<void> {
  await loadStories();
  await datasetSettled();
  const state = getState();
  if (!state.dataset.index) return;
  if (state.dataset.provenance !== null) {
    setState({ linkNotes: [...state.linkNotes, said('note.story.notRecord')] });
    return;
  }
  if (!findStory(state, pointer.slug)) {
    setState({ linkNotes: [...state.linkNotes, said('note.story.missing', { value: quoted(pointer.slug) })] });
    return;
  }
  const keep: Partial<AtlasState> = {
    ...(view.window ? { window: state.window } : {}),
    ...(view.mapView ? { mapView: state.mapView } : {}),
    ...(view.selection ? { selection: state.selection } : {}),
  };
  openStory(pointer.slug, pointer.step, keep);
}
