import { describe, expect, it } from 'vitest';
import { mergeOverlapping, overlapDepth } from './mergeOverlapping.ts';

type Item = { names: string[]; x: number; r: number };
const circle = (item: Item) => ({ x: item.x, y: 0, r: item.r });
// Merged: centred between the two, as big as both together.
const merge = (a: Item, b: Item): Item => ({ names: [...a.names, ...b.names], x: (a.x + b.x) / 2, r: a.r + b.r });

describe('mergeOverlapping', () => {
  it('tells circles a pixel apart from overlapping ones', () => {
    expect(overlapDepth({ x: 0, y: 0, r: 10 }, { x: 21, y: 0, r: 10 })).toBe(0);
    expect(overlapDepth({ x: 0, y: 0, r: 10 }, { x: 15, y: 0, r: 10 })).toBe(6);
  });

  it('leaves markers that are apart alone', () => {
    const items = [
      { names: ['a'], x: 0, r: 10 },
      { names: ['b'], x: 30, r: 10 },
    ];
    expect(mergeOverlapping(items, circle, merge)).toEqual(items);
  });

  it('merges the deepest overlap first, then whatever the bigger marker now covers', () => {
    const items = [
      { names: ['a'], x: 20, r: 10 },
      { names: ['b'], x: 40, r: 10 },
      { names: ['c'], x: 45, r: 10 },
      { names: ['far'], x: 200, r: 10 },
    ];
    // b and c overlap more than a and b do: they merge first (r 20 at 42.5), and that covers a.
    expect(mergeOverlapping(items, circle, merge).map((i) => i.names)).toEqual([['a', 'b', 'c'], ['far']]);
  });
});
