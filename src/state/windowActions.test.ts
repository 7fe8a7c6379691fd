import { beforeEach, describe, expect, it } from 'vitest';
import { periodEnd, periodStart } from '../data/dates.ts';
import { fullWindow, MAX_WINDOW_MS, MIN_WINDOW_MS } from '../data/query.ts';
import { contact } from '../data/testing/fixtures.ts';
import { useAtlasStore } from './store.ts';
import { resetStore, showContacts, state } from './testing/store.ts';
import { dragWindow, panWindow, setTimeWindow, showAllDates, showPeriod, zoomWindow } from './windowActions.ts';

const DAY = 86_400_000;
const march = { start: periodStart('2025-03'), end: periodEnd('2025-03') };
const span = () => state().window!.end - state().window!.start;
const middle = () => (state().window!.start + state().window!.end) / 2;

beforeEach(() => {
  showContacts([contact({ start: '2022-03-01' }), contact({ start: '2025-06-01' })], { window: march });
});

describe('setTimeWindow', () => {
  it('keeps the span within the zoom limits, around the same middle', () => {
    setTimeWindow({ start: march.start, end: march.start + 1000 });
    expect(span()).toBe(MIN_WINDOW_MS);
    expect(middle()).toBe(march.start + 500);
    setTimeWindow({ start: 0, end: MAX_WINDOW_MS * 2 });
    expect(span()).toBe(MAX_WINDOW_MS);
  });

  it('leaves the store alone when the window does not change', () => {
    const before = state();
    setTimeWindow({ ...march });
    expect(state()).toBe(before);
  });
});

describe('timeline buttons', () => {
  it('pan by a fraction of the width, keeping the width', () => {
    panWindow(0.25);
    expect(state().window).toEqual({ start: march.start + 7.75 * DAY, end: march.end + 7.75 * DAY });
    panWindow(-0.25);
    expect(state().window).toEqual(march);
  });

  it('zoom about the middle: in to half the width, out to twice', () => {
    const mid = middle();
    zoomWindow(0.5);
    expect(span()).toBe(15.5 * DAY);
    expect(middle()).toBe(mid);
    zoomWindow(2);
    zoomWindow(2);
    expect(span()).toBe(62 * DAY);
    expect(middle()).toBe(mid);
  });

  it('show all dates: the whole record with some air', () => {
    showAllDates();
    expect(state().window).toEqual(fullWindow(state().dataset.index!));
  });

  it('do nothing before there is data', () => {
    resetStore();
    panWindow(0.25);
    zoomWindow(2);
    showAllDates();
    expect(state().window).toBeNull();
  });
});

describe('dragWindow', () => {
  it('moves the window and pauses playback in the same change', () => {
    useAtlasStore.setState({ playback: { playing: true, speed: 2 } });
    const changes: Array<{ playing: boolean; start: number }> = [];
    const unsubscribe = useAtlasStore.subscribe((s) =>
      changes.push({ playing: s.playback.playing, start: s.window!.start }),
    );
    dragWindow({ start: march.start + DAY, end: march.end + DAY });
    unsubscribe();
    expect(changes).toEqual([{ playing: false, start: march.start + DAY }]);
    expect(state().playback.speed).toBe(2);
  });

  it('is a plain window move when nothing is playing', () => {
    dragWindow({ start: march.start - DAY, end: march.end - DAY });
    expect(state().window).toEqual({ start: march.start - DAY, end: march.end - DAY });
    expect(state().playback.playing).toBe(false);
  });
});

describe('showPeriod', () => {
  it('sets exactly the period, and stops playback', () => {
    useAtlasStore.setState({ playback: { playing: true, speed: 2 } });
    const year = { start: periodStart('2023'), end: periodEnd('2023') };
    showPeriod(year);
    expect(state().window).toEqual(year);
    expect(state().playback).toEqual({ playing: false, speed: 2 });
    showPeriod(march);
    expect(state().window).toEqual(march);
  });
});
