import { beforeEach, describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from '../data/dates.ts';
import { fullWindow, type TimeWindow } from '../data/query.ts';
import { contact } from '../data/testing/fixtures.ts';
import { advancePlayback, DAYS_PER_SECOND_AT_1X, setPlaybackSpeed, setPlaying } from './playbackActions.ts';
import { useAtlasStore } from './store.ts';
import { showContacts, state } from './testing/store.ts';

const DAY = 86_400_000;
const march = { start: periodStart('2023-03'), end: periodEnd('2023-03') };
let full: TimeWindow;

beforeEach(() => {
  const index = showContacts([contact({ start: '2022-01-10' }), contact({ start: '2025-12-20' })], { window: march });
  full = fullWindow(index);
});

describe('starting playback', () => {
  it('goes on from a narrow window inside the record', () => {
    setPlaying(true);
    expect(state().playback.playing).toBe(true);
    expect(state().window).toEqual(march);
  });

  it('from the end, starts again at the beginning with the same width', () => {
    useAtlasStore.setState({ window: { start: full.end - 31 * DAY, end: full.end } });
    setPlaying(true);
    expect(state().window).toEqual({ start: full.start, end: full.start + 31 * DAY });
  });

  it('with most of the record in view, starts at the beginning with six months', () => {
    useAtlasStore.setState({ window: full });
    setPlaying(true);
    expect(state().window).toEqual({ start: full.start, end: full.start + 182 * DAY });
  });

  it('changes playing and the window in one store change', () => {
    useAtlasStore.setState({ window: full });
    let changes = 0;
    const unsubscribe = useAtlasStore.subscribe(() => changes++);
    setPlaying(true);
    unsubscribe();
    expect(changes).toBe(1);
  });

  it('pausing leaves the window where it is', () => {
    setPlaying(true);
    panTo(march.start + 3 * DAY);
    setPlaying(false);
    expect(state().playback.playing).toBe(false);
    expect(state().window!.start).toBe(march.start + 3 * DAY);
  });
});

function panTo(start: number) {
  const span = state().window!.end - state().window!.start;
  useAtlasStore.setState({ window: { start, end: start + span } });
}

describe('advancePlayback', () => {
  it('moves the window on by the elapsed time at the chosen speed', () => {
    setPlaybackSpeed(2);
    setPlaying(true);
    expect(advancePlayback(500)).toBe(true);
    const shift = 0.5 * DAYS_PER_SECOND_AT_1X * 2 * DAY;
    expect(state().window).toEqual({ start: march.start + shift, end: march.end + shift });
  });

  it('pauses at the end of the record, without moving past it', () => {
    useAtlasStore.setState({
      playback: { playing: true, speed: 1 },
      window: { start: full.end - 9 * DAY, end: full.end },
    });
    const at = state().window;
    expect(advancePlayback(16)).toBe(false);
    expect(state().playback.playing).toBe(false);
    expect(state().window).toBe(at);
  });

  it('does nothing when not playing', () => {
    const before = state();
    expect(advancePlayback(16)).toBe(false);
    expect(state()).toBe(before);
  });

  it('keeps the speed apart from playing', () => {
    setPlaybackSpeed(4);
    setPlaying(true);
    setPlaying(false);
    expect(state().playback).toEqual({ playing: false, speed: 4 });
  });
});
