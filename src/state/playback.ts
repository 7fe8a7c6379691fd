// The playback ticker: while playing, it asks for a frame after frame and hands each frame's elapsed time
// to advancePlayback (playbackActions.ts), which moves the window and pauses at the end of the data.
import { advancePlayback } from './playbackActions.ts';
import { useAtlasStore } from './store.ts';

/** Longest step one frame may take: a background tab should not jump years on return. */
const MAX_FRAME_MS = 100;

export function startPlayback(): () => void {
  let frame = 0;
  let last = 0;

  const step = (now: number) => {
    const elapsed = Math.min(MAX_FRAME_MS, now - last);
    last = now;
    if (advancePlayback(elapsed)) frame = requestAnimationFrame(step);
  };

  const unsubscribe = useAtlasStore.subscribe(
    (s) => s.playback.playing,
    (playing) => {
      cancelAnimationFrame(frame);
      if (!playing) return;
      last = performance.now();
      frame = requestAnimationFrame(step);
    },
  );
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}
