// Playback as state changes: starting (from where), pausing, speed, and one step forward per frame.
// playback.ts only keeps the frames coming and calls advancePlayback.
import { clampWindow, fullWindow, type TimeWindow } from '../data/query.ts';
import { useAtlasStore, type AtlasState, type PlaybackSpeed } from './store.ts';
import { setTimeWindow } from './windowActions.ts';

const { setState, getState } = useAtlasStore;

export const DAYS_PER_SECOND_AT_1X = 30;
const DAY_MS = 86_400_000;
const PLAY_SPAN_MS = 182 * DAY_MS;

/** From the end, or with most of the record in view, there is nothing to move through: playback starts at
 * the beginning with a window of at most six months. Otherwise it goes on from the window shown. */
function startingWindow(state: AtlasState): TimeWindow | null {
  const { window: win, dataset } = state;
  if (!win || !dataset.index) return win;
  const full = fullWindow(dataset.index);
  const span = win.end - win.start;
  if (win.end < full.end && span <= (full.end - full.start) / 3) return win;
  return clampWindow({ start: full.start, end: full.start + Math.min(span, PLAY_SPAN_MS) });
}

export function setPlaying(playing: boolean): void {
  const state = getState();
  const playback = { ...state.playback, playing };
  setState(playing ? { playback, window: startingWindow(state) } : { playback });
}

export function setPlaybackSpeed(speed: PlaybackSpeed): void {
  setState({ playback: { ...getState().playback, speed } });
}

/** Moves the window on by `elapsedMs` of playback at the chosen speed; at the end of the data, pauses.
 * Returns whether playback goes on, so the ticker knows whether to ask for another frame. */
export function advancePlayback(elapsedMs: number): boolean {
  const { playback, window: win, dataset } = getState();
  if (!playback.playing || !win || !dataset.index) return false;
  if (win.end >= fullWindow(dataset.index).end) {
    setState({ playback: { ...playback, playing: false } });
    return false;
  }
  const shift = (elapsedMs / 1000) * DAYS_PER_SECOND_AT_1X * playback.speed * DAY_MS;
  setTimeWindow({ start: win.start + shift, end: win.end + shift });
  return true;
}
