// A mouse or trackpad sends more moves than the screen draws frames (several per frame with a fast hand).
// Each move written to the store recomputes the view, the facet counts and every subscriber, so only the
// last move of each frame is passed on: one store update per frame, however many input events arrive.

export interface Coalesced<T> {
  /** Remembers `value`; `apply` gets the latest one at the next animation frame. */
  push(value: T): void;
  /** Drops a value still waiting (the drag ended and its final value is applied directly). */
  cancel(): void;
}

export function coalescePerFrame<T>(apply: (value: T) => void): Coalesced<T> {
  let frame = 0;
  let latest: T;
  return {
    push(value) {
      latest = value;
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          apply(latest);
        });
    },
    cancel() {
      cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
