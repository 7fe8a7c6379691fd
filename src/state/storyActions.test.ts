import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contact, MOSCOW, RIYADH } from '../data/testing/fixtures.ts';
import {
  goToStep,
  leaveStory,
  loadStories,
  nextStep,
  openLinkedStory,
  openStory,
  previousStep,
} from './storyActions.ts';
import { resetStore, showContacts, state } from './testing/store.ts';
import { setQuery, toggleParty } from './actions.ts';
import { selectStory, selectStoryContacts } from './selectors.ts';
import { decodeView, encodeView } from './urlState.ts';
import { applyHistoryView } from './linkActions.ts';
import type { ContactIndex } from '../data/contactIndex.ts';

const STORY = {
  title: 'Two meetings',
  summary: 'Riyadh, then Moscow.',
  steps: [
    {
      text: 'They meet in Riyadh.',
      contacts: ['riyadh', 'not-in-this-data'],
      window: { from: '2025-02-17', to: '2025-02-19' },
      map: { center: [24.7, 46.7], zoom: 6 },
    },
    {
      text: 'Then in Moscow.',
      contacts: ['moscow'],
      window: { from: '2025-03', to: '2025-03' },
      map: 'fit',
    },
  ],
};
const files = {
  '../../data/stories/two-meetings.json': () => Promise.resolve(STORY),
  '../../data/stories/broken.json': () => Promise.resolve({ title: '', steps: [] }),
};

let index: ContactIndex;
const before = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2026, 0, 1) };
const beforeMap = { lat: 40, lon: 20, zoom: 3 };

async function showRecord() {
  resetStore();
  await loadStories(files);
  const { stories } = state();
  index = showContacts(
    [
      contact({ id: 'riyadh', start: '2025-02-18', places: [RIYADH] }),
      contact({ id: 'moscow', start: '2025-03-13', places: [MOSCOW] }),
      contact({ id: 'elsewhere', start: '2025-06-01' }),
    ],
    { stories, window: before, mapView: beforeMap },
  );
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await showRecord();
});

describe('loading the stories', () => {
  it('keeps the valid ones, leaves out a broken one and says why in the console', () => {
    expect(state().stories.status).toBe('ready');
    expect(state().stories.list.map((s) => s.slug)).toEqual(['two-meetings']);
    expect(console.warn).toHaveBeenCalledWith('Story left out:', expect.any(Array));
  });

  it('says so when the stories cannot be fetched, and may try again', async () => {
    resetStore();
    await loadStories({ 'x/a.json': () => Promise.reject(new Error('offline')) });
    expect(state().stories.status).toBe('failed');
    await loadStories(files);
    expect(state().stories.status).toBe('ready');
  });
});

describe('a story, step by step', () => {
  it('opens at a step: its window, its first contact selected, its map view, every filter off', () => {
    setQuery('Lavrov');
    toggleParty('UA');
    expect(openStory('two-meetings')).toBe(true);
    const s = state();
    expect(s.story).toEqual({ slug: 'two-meetings', step: 0 });
    expect(s.window).toEqual({ start: Date.UTC(2025, 1, 17), end: Date.UTC(2025, 1, 20) });
    expect(s.selection).toEqual({ type: 'contact', contact: index.byId.get('riyadh') });
    expect(s.mapView).toEqual({ lat: 24.7, lon: 46.7, zoom: 6 });
    expect({ query: s.query, parties: s.parties }).toEqual({ query: '', parties: [] });
    expect(selectStory(s)?.title).toBe('Two meetings');
    // An id the data does not hold is left out of what the step shows.
    expect(selectStoryContacts(s)).toEqual([index.byId.get('riyadh')]);
  });

  it('moves with next and previous, stays within the steps, and a "fit" step asks the map to fit', () => {
    openStory('two-meetings');
    const fits = state().storyFit;
    nextStep();
    expect(state().story?.step).toBe(1);
    expect(state().storyFit).toBe(fits + 1);
    expect(state().window).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    expect(selectStoryContacts(state())).toEqual([index.byId.get('moscow')]);
    nextStep();
    expect(state().story?.step).toBe(1);
    previousStep();
    previousStep();
    expect(state().story?.step).toBe(0);
    goToStep(7);
    expect(state().story?.step).toBe(1);
  });

  it('leaves for the view from before the story, filters included', () => {
    setQuery('Lavrov');
    openStory('two-meetings', 1);
    nextStep();
    leaveStory();
    const s = state();
    expect(s.story).toBeNull();
    expect({ window: s.window, mapView: s.mapView, query: s.query, selection: s.selection }).toEqual({
      window: before,
      mapView: beforeMap,
      query: 'Lavrov',
      selection: null,
    });
    expect(selectStoryContacts(s)).toEqual([]);
  });

  it('does not open a story that does not exist', () => {
    expect(openStory('no-such-story')).toBe(false);
    expect(state().story).toBeNull();
  });
});

describe('a story in the address', () => {
  it('is story=<slug>&step=<n>, counting from 1, and reads back', () => {
    openStory('two-meetings', 1);
    const search = encodeView(state(), null);
    expect(new URLSearchParams(search).get('story')).toBe('two-meetings');
    expect(new URLSearchParams(search).get('step')).toBe('2');
    expect(decodeView(`?${search}`).story).toEqual({ slug: 'two-meetings', step: 1 });
  });

  it('notes what it cannot use', () => {
    expect(decodeView('?story=Bad%20Name').notes).toEqual([{ id: 'note.story.slug', values: { value: '"Bad Name"' } }]);
    const view = decodeView('?story=two-meetings&step=zero');
    expect(view.story).toEqual({ slug: 'two-meetings', step: 0 });
    expect(view.notes).toEqual([{ id: 'note.story.step', values: { value: '"zero"' } }]);
  });

  it("opens the link's step once stories and data are in; what the link set itself stays", async () => {
    const view = decodeView('?story=two-meetings&step=2&map=10,10,4');
    await openLinkedStory(view, view.story!);
    expect(state().story).toEqual({ slug: 'two-meetings', step: 1 });
    expect(state().mapView).toEqual(beforeMap);
    expect(state().window).toEqual({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
  });

  it('tells the reader when the link names a story there is not, or the data is not the record', async () => {
    await openLinkedStory({}, { slug: 'gone', step: 0 });
    expect(state().linkNotes).toEqual([{ id: 'note.story.missing', values: { value: '"gone"' } }]);
    showContacts([contact({ id: 'riyadh' })], {
      stories: state().stories,
      dataset: { ...state().dataset, provenance: { kind: 'origin', origin: 'https://example.org' } },
    });
    await openLinkedStory({}, { slug: 'two-meetings', step: 0 });
    expect(state().story).toBeNull();
    expect(state().linkNotes).toEqual([{ id: 'note.story.notRecord' }]);
  });

  it('Back and Forward carry the step', () => {
    openStory('two-meetings', 1);
    applyHistoryView(decodeView('?story=two-meetings&step=1'));
    expect(state().story).toEqual({ slug: 'two-meetings', step: 0 });
    applyHistoryView(decodeView('?q=x'));
    expect(state().story).toBeNull();
  });
});
