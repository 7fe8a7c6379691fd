import { describe, expect, it } from 'vitest';
import { placeApart, type Circle } from './placeholderOffsets.ts';

const moved = (c: Circle, [dx, dy]: [number, number]): Circle => ({ x: c.x + dx, y: c.y + dy, r: c.r });
const apart = (a: Circle, b: Circle) => Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r;

describe('placeApart', () => {
  it('moves a placeholder off the capital marker it shares a point with', () => {
    const capital = { x: 100, y: 100, r: 23 };
    const placeholder = { x: 100, y: 100, r: 14 };
    const [offset] = placeApart([capital], [placeholder]);
    expect(apart(capital, moved(placeholder, offset!))).toBe(true);
    // Down and to the right, as before, only far enough now.
    expect(offset![0]).toBeGreaterThan(0);
    expect(offset![1]).toBeGreaterThan(0);
  });

  it('leaves a placeholder with nothing under it where it is', () => {
    expect(placeApart([{ x: 0, y: 0, r: 20 }], [{ x: 200, y: 200, r: 14 }])).toEqual([[0, 0]]);
  });

  it('keeps two placeholders of one capital apart from each other and from the capital', () => {
    const capital = { x: 100, y: 100, r: 23 };
    const a = { x: 100, y: 100, r: 14 };
    const b = { x: 100, y: 100, r: 12 };
    const [oa, ob] = placeApart([capital], [a, b]);
    const pa = moved(a, oa!);
    const pb = moved(b, ob!);
    expect(apart(capital, pa)).toBe(true);
    expect(apart(capital, pb)).toBe(true);
    expect(apart(pa, pb)).toBe(true);
  });

  it('avoids a neighbouring marker where the first spot would cover it', () => {
    const capital = { x: 100, y: 100, r: 20 };
    const neighbour = { x: 135, y: 135, r: 20 };
    const placeholder = { x: 100, y: 100, r: 14 };
    const [offset] = placeApart([capital, neighbour], [placeholder]);
    const p = moved(placeholder, offset!);
    expect(apart(capital, p)).toBe(true);
    expect(apart(neighbour, p)).toBe(true);
  });
});
