// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import { selectPlace, setQuery, toggleTrack } from './actions.ts';
import { setPlaying } from './playbackActions.ts';
import { useAtlasStore } from './store.ts';
import { resetStore, showContacts, state } from './testing/store.ts';
import { currentUrl, startUrlSync } from './urlSync.ts';

const SETTLE_MS = 450;
const march = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };
const contacts = [contact({ id: 'geneva' }), contact({ id: 'riyadh', places: [RIYADH] })];

let stop: () => void;
const settle = () => vi.advanceTimersByTime(SETTLE_MS + 10);
const entries = () => window.history.length;
const search = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/atlas/');
  resetStore();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

function startWithData(over = {}) {
  stop = startUrlSync();
  return showContacts(contacts, { window: march, ...over });
}

describe('writing the address', () => {
  it('records where we landed by replacing the entry, once the view is still', () => {
    const before = entries();
    startWithData();
    expect(window.location.search).toBe('');
    settle();
    expect(search().get('from')).toBe('2025-03-01');
    expect(search().get('to')).toBe('2025-04-01');
    expect(entries()).toBe(before);
  });

  it('pushes one entry per settled change, not one per store change', () => {
    startWithData();
    settle();
    const before = entries();
    setQuery('R');
    vi.advanceTimersByTime(100);
    setQuery('Ri');
    vi.advanceTimersByTime(100);
    setQuery('Riyadh');
    expect(search().get('q')).toBeNull();
    settle();
    expect(search().get('q')).toBe('Riyadh');
    expect(entries()).toBe(before + 1);
    toggleTrack('2');
    settle();
    expect(search().get('tracks')).toBe('1,1.5');
    expect(entries()).toBe(before + 2);
  });

  it('only replaces the entry while playback runs', () => {
    startWithData();
    settle();
    const before = entries();
    setPlaying(true);
    useAtlasStore.setState({ window: { start: march.start + 86_400_000, end: march.end + 86_400_000 } });
    settle();
    expect(search().get('from')).toBe('2025-03-02');
    expect(entries()).toBe(before);
  });

  it('writes nothing before the data is ready, nor for a file opened from the computer', () => {
    stop = startUrlSync();
    setQuery('early');
    settle();
    expect(window.location.search).toBe('');
    useAtlasStore.setState({
      dataset: {
        status: 'ready',
        origin: 'file',
        sourceLabel: 'mine.json',
        provenance: { kind: 'file', name: 'mine.json' },
        index: buildIndex(contacts),
        errors: [],
        failure: null,
      },
      window: march,
      query: 'mine',
    });
    settle();
    expect(window.location.search).toBe('');
  });

  it('keeps ?data= in the address', () => {
    window.history.replaceState(null, '', '/atlas/?data=https%3A%2F%2Fexample.org%2Fx.json');
    startWithData();
    settle();
    expect(search().get('data')).toBe('https://example.org/x.json');
    expect(currentUrl()).toBe(`${window.location.origin}/atlas/${window.location.search}`);
  });
});

describe('Back and Forward', () => {
  it('show the entry, and the writes that follow restate it instead of adding entries', () => {
    const index = startWithData();
    settle();
    window.history.pushState(null, '', '/atlas/?q=Geneva&sel=p%3Ariyadh%7CSA&from=2024-01-01&to=2024-02-01');
    const before = entries();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(state().query).toBe('Geneva');
    expect(state().selection).toEqual({ type: 'place', place: index.placeByKey.get('riyadh|SA') });
    expect(state().window).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 1, 1) });
    // The map reports its new position soon after; that must not push a new entry over Forward.
    selectPlace(0);
    settle();
    expect(entries()).toBe(before);
    vi.advanceTimersByTime(SETTLE_MS * 3);
    setQuery('later');
    settle();
    expect(entries()).toBe(before + 1);
  });

  it('stop being listened to after cleanup', () => {
    startWithData();
    stop();
    window.history.pushState(null, '', '/atlas/?q=after');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(state().query).toBe('');
    setQuery('x');
    settle();
    expect(search().get('q')).toBe('after');
  });
});
