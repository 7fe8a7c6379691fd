import { describe, expect, it } from 'vitest';
import { mergeDeepestFirst } from './deepestFirst.ts';
import { overlapDepth } from './mergeOverlapping.ts';
import type { Circle } from './placeholderOffsets.ts';

// The plain scan the grid and heap replace: every pair after every merge, the first deepest pair wins.
function reference<T>(items: readonly T[], circleOf: (item: T) => Circle, merge: (a: T, b: T) => T): T[] {
  const out = items.slice();
  const circles = out.map(circleOf);
  for (;;) {
    let [first, second, deepest] = [-1, -1, 0];
    for (let i = 0; i < circles.length; i++)
      for (let j = i + 1; j < circles.length; j++) {
        const d = overlapDepth(circles[i]!, circles[j]!);
        if (d > deepest) [first, second, deepest] = [i, j, d];
      }
    if (first < 0) return out;
    out[first] = merge(out[first]!, out[second]!);
    circles[first] = circleOf(out[first]!);
    out.splice(second, 1);
    circles.splice(second, 1);
  }
}

type Marker = { ids: number[]; x: number; y: number; count: number };
// As the map does: a merged marker stands at the weighted centre and grows with its count.
const circleOf = (m: Marker): Circle => ({ x: m.x, y: m.y, r: Math.min(23, 6 + 2 * Math.sqrt(m.count)) });
const merge = (a: Marker, b: Marker): Marker => ({
  ids: [...a.ids, ...b.ids],
  x: (a.x * a.count + b.x * b.count) / (a.count + b.count),
  y: (a.y * a.count + b.y * b.count) / (a.count + b.count),
  count: a.count + b.count,
});

function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function markers(n: number, spread: number, seed: number, grid = false): Marker[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    ids: [i],
    // Whole pixels on a lattice make many overlaps exactly as deep: the ties must go the scan's way.
    x: grid ? Math.round(next() * 20) * 10 : next() * spread,
    y: grid ? Math.round(next() * 20) * 10 : next() * spread,
    count: 1 + Math.floor(next() * 30),
  }));
}

describe('mergeDeepestFirst', () => {
  it('gives what the plain scan gives, on scattered markers of every density', () => {
    for (const [n, spread] of [
      [40, 2000],
      [120, 600],
      [150, 250],
      [150, 80],
    ] as const)
      for (let seed = 1; seed <= 4; seed++) {
        const input = markers(n, spread, seed);
        expect(mergeDeepestFirst(input, circleOf, merge, overlapDepth, 1)).toEqual(reference(input, circleOf, merge));
      }
  });

  it('breaks ties between equally deep overlaps as the scan does', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const input = markers(120, 0, seed, true);
      expect(mergeDeepestFirst(input, circleOf, merge, overlapDepth, 1)).toEqual(reference(input, circleOf, merge));
    }
  });

  it('keeps input order and leaves markers that are apart alone', () => {
    const apart = [0, 1, 2].map((i) => ({ ids: [i], x: i * 100, y: 0, count: 1 }));
    expect(mergeDeepestFirst(apart, circleOf, merge, overlapDepth, 1)).toEqual(apart);
  });

  it('finds an overlap that only a grown marker makes, far from where it started', () => {
    // Two heavy markers merge and grow to r 23; the grown marker then reaches one three cells away.
    const input: Marker[] = [
      { ids: [0], x: 0, y: 0, count: 100 },
      { ids: [1], x: 10, y: 0, count: 100 },
      { ids: [2], x: 34, y: 0, count: 1 },
    ];
    expect(mergeDeepestFirst(input, circleOf, merge, overlapDepth, 1)).toEqual(reference(input, circleOf, merge));
    expect(mergeDeepestFirst(input, circleOf, merge, overlapDepth, 1)).toHaveLength(1);
  });
});
