// Playback: while playing, the time window slides forward at a steady pace (1× is thirty days of the
// record per second), and stops at the end of the data. Any hand on the timeline pauses it.
import { fullWindow } from '../data/query.ts';
import { useAtlasStore } from './store.ts';

export const DAYS_PER_SECOND_AT_1X = 30;
const DAY_MS = 86_400_000;
const PLAY_SPAN_MS = 182 * DAY_MS;

export function startPlayback(): () => void {
  const { getState, setState, subscribe } = useAtlasStore;
  let frame = 0;
  let last = 0;

  const step = (now: number) => {
    const state = getState();
    const { window: win, dataset } = state;
    if (!state.playback.playing || !win || !dataset.index) return;
    const dt = Math.min(100, now - last); // a background tab should not jump years on return
    last = now;
    const shift = (dt / 1000) * DAYS_PER_SECOND_AT_1X * state.playback.speed * DAY_MS;
    const end = fullWindow(dataset.index).end;
    if (win.end >= end) {
      setState({ playback: { ...state.playback, playing: false } });
      return;
    }
    setState({ window: { start: win.start + shift, end: win.end + shift } });
    frame = requestAnimationFrame(step);
  };

  const unsubscribe = subscribe(
    (s) => s.playback.playing,
    (playing) => {
      cancelAnimationFrame(frame);
      if (!playing) return;
      const state = getState();
      if (state.window && state.dataset.index) {
        // From the end, or with most of the record in view, there is nothing to move through: start at the
        // beginning with a window of at most six months.
        const full = fullWindow(state.dataset.index);
        const span = state.window.end - state.window.start;
        if (state.window.end >= full.end || span > (full.end - full.start) / 3) {
          const start = full.start;
          setState({ window: { start, end: start + Math.min(span, PLAY_SPAN_MS) } });
        }
      }
      last = performance.now();
      frame = requestAnimationFrame(step);
    },
  );
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}
