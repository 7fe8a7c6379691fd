import { describe, expect, it } from 'vitest';
import { layoutFigure } from './figureLayout.ts';

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutFigure', () => {
  it('puts the legend beside the map when the width leaves room, the timeline under both', () => {
    const layout = layoutFigure(
      {
        map: { width: 1000, height: 330 },
        legend: { width: 320, height: 420 },
        timeline: { width: 1392, height: 200 },
      },
      1392,
      10,
    );
    // The pair is centred: (1392 − 1330) / 2 on either side.
    expect(layout.map).toEqual({ x: 31, y: 0, width: 1000, height: 330 });
    expect(layout.legend).toEqual({ x: 1041, y: 0, width: 320, height: 420 });
    // Under the taller of the two: the legend is never cut.
    expect(layout.timeline.y).toBe(430);
    expect(layout.height).toBe(630);
  });

  it('puts the legend below the map on a narrow page, so it covers none of it', () => {
    const layout = layoutFigure(
      { map: { width: 366, height: 300 }, legend: { width: 354, height: 460 }, timeline: { width: 366, height: 150 } },
      366,
      10,
    );
    expect(layout.legend!.y).toBe(310);
    expect(overlaps(layout.map, layout.legend!)).toBe(false);
    expect(overlaps(layout.legend!, layout.timeline)).toBe(false);
    expect(layout.height).toBe(300 + 10 + 460 + 10 + 150);
  });

  it('shrinks what is wider than the figure, keeping proportions', () => {
    const layout = layoutFigure({ map: { width: 800, height: 400 }, timeline: { width: 800, height: 100 } }, 400, 10);
    expect(layout.map).toMatchObject({ width: 400, height: 200 });
    expect(layout.timeline).toMatchObject({ y: 210, width: 400, height: 50 });
    expect(layout.legend).toBeUndefined();
  });
});
