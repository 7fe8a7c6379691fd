// Moves of the time window: from the timeline's buttons, a drag on it, or a count bucket clicked open.
// Every move goes through clampWindow, so the store keeps to the same zoom limits as the timeline.
import { clampWindow, fullWindow, type TimeWindow } from '../data/query.ts';
import { useAtlasStore } from './store.ts';

const { setState, getState } = useAtlasStore;

export function setTimeWindow(requested: TimeWindow): void {
  const window = clampWindow(requested);
  const current = getState().window;
  if (current && current.start === window.start && current.end === window.end) return;
  setState({ window });
}

/** A hand on the timeline takes over from playback: the same change pauses it. */
export function dragWindow(requested: TimeWindow): void {
  const { playback } = getState();
  if (!playback.playing) return setTimeWindow(requested);
  setState({ playback: { ...playback, playing: false }, window: clampWindow(requested) });
}

/** A period typed in or clicked on the axis: that window exactly, and playback, if it runs, stops. */
export function showPeriod(requested: TimeWindow): void {
  const { playback } = getState();
  if (playback.playing) setState({ playback: { ...playback, playing: false } });
  setTimeWindow(requested);
}

/** Moves the window by a fraction of its width: negative is earlier. */
export function panWindow(fraction: number): void {
  const win = getState().window;
  if (!win) return;
  const shift = (win.end - win.start) * fraction;
  setTimeWindow({ start: win.start + shift, end: win.end + shift });
}

/** Scales the window's width about its middle: 0.5 zooms in to half the width, 2 zooms out. */
export function zoomWindow(scale: number): void {
  const win = getState().window;
  if (!win) return;
  const inset = ((win.end - win.start) * (1 - scale)) / 2;
  setTimeWindow({ start: win.start + inset, end: win.end - inset });
}

export function showAllDates(): void {
  const index = getState().dataset.index;
  if (index) setTimeWindow(fullWindow(index));
}
