import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { periodEnd, periodStart } from '../data/dates.ts';
import { fullWindow } from '../data/query.ts';
import { contact } from '../data/testing/fixtures.ts';
import { startPlayback } from './playback.ts';
import { DAYS_PER_SECOND_AT_1X, setPlaying } from './playbackActions.ts';
import { useAtlasStore } from './store.ts';
import { showContacts, state } from './testing/store.ts';

const DAY = 86_400_000;
const march = { start: periodStart('2023-03'), end: periodEnd('2023-03') };

// A hand-cranked animation clock: each call to frame(t) runs the callbacks waiting for a frame at time t.
let waiting = new Map<number, FrameRequestCallback>();
let nextId = 1;
let now = 0;
function frame(t: number) {
  now = t;
  const due = waiting;
  waiting = new Map();
  due.forEach((cb) => cb(t));
}

let stop: () => void;
beforeEach(() => {
  waiting = new Map();
  now = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    waiting.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
  vi.stubGlobal('performance', { now: () => now });
  showContacts([contact({ start: '2022-01-10' }), contact({ start: '2025-12-20' })], { window: march });
  stop = startPlayback();
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('the playback ticker', () => {
  it('asks for frames only while playing', () => {
    expect(waiting.size).toBe(0);
    setPlaying(true);
    expect(waiting.size).toBe(1);
    setPlaying(false);
    expect(waiting.size).toBe(0);
  });

  it('moves the window by the time between frames', () => {
    setPlaying(true);
    frame(1050);
    frame(1100);
    const shift = 0.1 * DAYS_PER_SECOND_AT_1X * DAY;
    expect(state().window!.start).toBeCloseTo(march.start + shift, -1);
    expect(waiting.size).toBe(1);
  });

  it('takes at most 100 ms per frame, so a tab coming back from the background does not jump', () => {
    setPlaying(true);
    frame(1000 + 60_000);
    expect(state().window!.start).toBeCloseTo(march.start + 0.1 * DAYS_PER_SECOND_AT_1X * DAY, -1);
  });

  it('stops asking for frames once playback reaches the end of the record', () => {
    const end = fullWindow(state().dataset.index!).end;
    useAtlasStore.setState({ window: { start: end - 10 * DAY, end: end - 1 } });
    setPlaying(true);
    frame(1016); // passes the end
    expect(state().playback.playing).toBe(true);
    frame(1032);
    expect(state().playback.playing).toBe(false);
    expect(waiting.size).toBe(0);
  });

  it('stops listening after cleanup', () => {
    setPlaying(true);
    stop();
    expect(waiting.size).toBe(0);
    setPlaying(false);
    setPlaying(true);
    expect(waiting.size).toBe(0);
  });
});
