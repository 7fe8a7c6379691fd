// Merging overlapping circles, deepest overlap first, without looking at every pair after every merge: the
// plain scan was cubic and took about 4 s of a 10,000-contact load (npm run bench:profile). A grid finds
// the circles near one that moved, and a heap keeps the overlaps in order; an overlap whose circles have
// changed since it was pushed is skipped when it comes up. The result is the plain scan's, ties included.
import type { Circle } from './placeholderOffsets.ts';

type Depth = (a: Circle, b: Circle) => number;

interface Overlap {
  depth: number;
  /** Slots, first < second: a slot is where an item stands in the input, and a merge keeps the first. */
  first: number;
  second: number;
  firstVersion: number;
  secondVersion: number;
}

/** The scan takes the deepest overlap, and of equally deep ones the first pair in input order. */
function before(a: Overlap, b: Overlap): boolean {
  if (a.depth !== b.depth) return a.depth > b.depth;
  return a.first !== b.first ? a.first < b.first : a.second < b.second;
}

class OverlapHeap {
  private readonly items: Overlap[] = [];

  push(o: Overlap) {
    const h = this.items;
    h.push(o);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Overlap | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length === 0 || last === undefined) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < h.length && before(h[l]!, h[best]!)) best = l;
      if (r < h.length && before(h[r]!, h[best]!)) best = r;
      if (best === i) return top;
      [h[i], h[best]] = [h[best]!, h[i]!];
      i = best;
    }
  }
}

/** Circles by grid cell; cells are as wide as the biggest pair of circles at the start. */
class CircleGrid {
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly size: number) {}

  private cellOf(v: number) {
    return Math.floor(v / this.size);
  }

  // Two 21-bit halves of one number: no string keys to build for every lookup.
  private key(cx: number, cy: number) {
    return cx * 4_194_304 + cy;
  }

  add(slot: number, c: Circle) {
    const k = this.key(this.cellOf(c.x), this.cellOf(c.y));
    const cell = this.cells.get(k);
    if (cell) cell.push(slot);
    else this.cells.set(k, [slot]);
  }

  remove(slot: number, c: Circle) {
    const cell = this.cells.get(this.key(this.cellOf(c.x), this.cellOf(c.y)))!;
    cell.splice(cell.indexOf(slot), 1);
  }

  /** Every slot whose centre is within reach of (x, y) on both axes. */
  near(x: number, y: number, reach: number, visit: (slot: number) => void) {
    const [x0, x1, y0, y1] = [
      this.cellOf(x - reach),
      this.cellOf(x + reach),
      this.cellOf(y - reach),
      this.cellOf(y + reach),
    ];
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(this.key(cx, cy));
        if (cell) for (const slot of cell) visit(slot);
      }
  }
}

/**
 * Merges the most deeply overlapping pair, then looks again, until no two circles overlap (depth 0).
 * `gap` is how far apart circles must be beyond their radii for depth to be 0, which bounds the search.
 * Order is kept: a merged item takes the first one's place.
 */
export function mergeDeepestFirst<T>(
  items: readonly T[],
  circleOf: (item: T) => Circle,
  merge: (a: T, b: T) => T,
  depth: Depth,
  gap: number,
): T[] {
  const out: Array<T | undefined> = items.slice();
  const circles = out.map((item) => circleOf(item!));
  const versions = new Array<number>(out.length).fill(0);
  let maxR = circles.reduce((m, c) => Math.max(m, c.r), 0);
  const grid = new CircleGrid(Math.max(8, 2 * maxR + gap));
  circles.forEach((c, slot) => grid.add(slot, c));
  const heap = new OverlapHeap();

  const pushOverlaps = (slot: number, onlyLater: boolean) => {
    const c = circles[slot]!;
    grid.near(c.x, c.y, c.r + maxR + gap, (other) => {
      if (other === slot || (onlyLater && other < slot)) return;
      const [first, second] = slot < other ? [slot, other] : [other, slot];
      const d = depth(circles[first]!, circles[second]!);
      if (d > 0)
        heap.push({ depth: d, first, second, firstVersion: versions[first]!, secondVersion: versions[second]! });
    });
  };
  for (let slot = 0; slot < circles.length; slot++) pushOverlaps(slot, true);

  for (let o = heap.pop(); o; o = heap.pop()) {
    if (out[o.first] === undefined || out[o.second] === undefined) continue;
    if (versions[o.first] !== o.firstVersion || versions[o.second] !== o.secondVersion) continue;
    const merged = merge(out[o.first]!, out[o.second]!);
    grid.remove(o.first, circles[o.first]!);
    grid.remove(o.second, circles[o.second]!);
    out[o.second] = undefined;
    out[o.first] = merged;
    circles[o.first] = circleOf(merged);
    versions[o.first]!++;
    maxR = Math.max(maxR, circles[o.first]!.r);
    grid.add(o.first, circles[o.first]!);
    pushOverlaps(o.first, false);
  }
  return out.filter((item): item is T => item !== undefined);
}
