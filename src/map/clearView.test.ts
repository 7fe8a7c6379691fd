import { describe, expect, it } from 'vitest';
import { clearOffset } from './clearView.ts';

const spot = (x: number, y: number, r = 5) => ({ x, y, r });

describe('clearOffset', () => {
  it('centres the points when nothing is in the way', () => {
    expect(clearOffset([spot(0, 0), spot(100, 50)], [], 200, 100)).toEqual({ x: 50, y: 25 });
  });

  it('moves the points off a box over the view, keeping them inside it', () => {
    const box = { x0: 80, y0: 0, x1: 120, y1: 40 };
    const offset = clearOffset([spot(0, 0)], [box], 200, 100)!;
    const x = offset.x;
    const y = offset.y;
    expect(x >= 5 && x <= 195 && y >= 5 && y <= 95).toBe(true);
    expect(x <= box.x0 - 5 || x >= box.x1 + 5 || y >= box.y1 + 5).toBe(true);
  });

  it('gives up when the points cannot fit the view', () => {
    expect(clearOffset([spot(0, 0), spot(300, 0)], [], 200, 100)).toBeNull();
  });

  it('gives up when every place in the view is covered', () => {
    expect(clearOffset([spot(0, 0)], [{ x0: 0, y0: 0, x1: 200, y1: 100 }], 200, 100)).toBeNull();
  });

  it('moves as little as it can when asked to stay put', () => {
    const box = { x0: 0, y0: 0, x1: 50, y1: 30 };
    // A point just under the box's lower edge, with room below it: a short move down clears it.
    const offset = clearOffset([spot(20, 30)], [box], 200, 100, { x: 0, y: 0 })!;
    expect(Math.hypot(offset.x, offset.y)).toBeLessThanOrEqual(8);
    expect(20 + offset.x >= 55 || 30 + offset.y >= 35).toBe(true);
  });
});
