import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contact } from '../data/testing/fixtures.ts';
import { selectPartyFacet, selectView } from '../state/selectors.ts';
import { useAtlasStore } from '../state/store.ts';
import { showContacts, state } from '../state/testing/store.ts';
import { dragWindow } from '../state/windowActions.ts';
import { coalescePerFrame } from './coalesce.ts';

const DAY = 86_400_000;
let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((f) => f(performance.now()));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    if (id) frames[id - 1] = () => {};
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('coalescePerFrame', () => {
  // A fast mouse sends several moves per frame; at 10,000 contacts each store update recomputes the view
  // and every facet's counts, so more than one per frame drops frames.
  it('turns a burst of 60 drag moves at 10,000 contacts into one store update and one view per frame', () => {
    const contacts = Array.from({ length: 10_000 }, (_, i) =>
      contact({ start: new Date(Date.UTC(2022, 0, 1) + i * DAY * 0.3).toISOString().slice(0, 10) }),
    );
    showContacts(contacts);
    const start = state().window!.start;
    let updates = 0;
    let views = 0;
    let lastView = selectView(state());
    const unsubscribe = useAtlasStore.subscribe(() => {
      updates++;
      const view = selectView(state());
      selectPartyFacet(state());
      if (view !== lastView) views++;
      lastView = view;
    });
    const drag = coalescePerFrame(dragWindow);
    for (let frame = 1; frame <= 3; frame++) {
      for (let move = 1; move <= 60; move++) {
        const shift = (frame * 60 + move) * DAY;
        drag.push({ start: start + shift, end: start + shift + 90 * DAY });
      }
      expect(updates).toBe(frame - 1);
      runFrame();
      expect(updates).toBe(frame);
    }
    unsubscribe();
    expect(views).toBe(3);
    // The last move of the last frame is where the window ends up.
    expect(state().window).toEqual({ start: start + 240 * DAY, end: start + 240 * DAY + 90 * DAY });
  });

  it('drops a move still waiting when cancelled, so the release sets the final window alone', () => {
    const applied: number[] = [];
    const c = coalescePerFrame((v: number) => applied.push(v));
    c.push(1);
    c.push(2);
    c.cancel();
    runFrame();
    expect(applied).toEqual([]);
    c.push(3);
    runFrame();
    expect(applied).toEqual([3]);
  });
});
