import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelCandidate } from './labelPlacement.ts';

const label = (key: string, x: number, y: number, priority = 0, always = false): LabelCandidate => ({
  key,
  text: key,
  x,
  y,
  width: 40,
  height: 12,
  priority,
  always,
});
const viewport = { width: 400, height: 300 };
const box = (l: { x: number; y: number }): Box => ({ x0: l.x, y0: l.y, x1: l.x + 40, y1: l.y + 12 });
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    expect(placeLabels([label('Geneva', 100, 100)], [], viewport)).toEqual([
      { key: 'Geneva', text: 'Geneva', x: 105, y: 94 },
    ]);
  });

  it('never lets two labels overlap, and keeps the more important one where it wanted to be', () => {
    const placed = placeLabels([label('B', 102, 100, 2), label('A', 100, 100, 1)], [], viewport);
    expect(placed.map((p) => p.key)).toEqual(['A', 'B']);
    expect(placed[0]).toMatchObject({ x: 105, y: 94 });
    expect(overlaps(box(placed[0]!), box(placed[1]!))).toBe(false);
  });

  it('leaves out labels that fit nowhere', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => label(`P${i}`, 100 + (i % 3), 100, i));
    const placed = placeLabels(crowd, [], viewport);
    expect(placed.length).toBeLessThan(30);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(box(a), box(b))).toBe(false);
  });

  it('moves a label clear of a marker drawn over its point', () => {
    const marker: Box = { x0: 85, y0: 85, x1: 115, y1: 115 };
    const [placed] = placeLabels([label('Riyadh', 100, 100)], [marker], viewport);
    expect(overlaps(box(placed!), marker)).toBe(false);
  });

  it('keeps labels inside the viewport', () => {
    const [placed] = placeLabels([label('Edge', 395, 50)], [], viewport);
    expect(placed!.x + 40).toBeLessThanOrEqual(400);
    expect(placed!.x).toBeGreaterThanOrEqual(0);
  });

  it('always labels the selected place, first, even where markers cover every position', () => {
    const wall: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
    const placed = placeLabels([label('Other', 200, 150, 0), label('Selected', 100, 100, 9, true)], [wall], viewport);
    expect(placed.map((p) => p.key)).toEqual(['Selected']);
  });
});
