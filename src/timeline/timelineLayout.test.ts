import { describe, expect, it } from 'vitest';
import { layoutTimeline, nearestItem, type LayoutInput } from './timelineLayout.ts';
import type { TimelineItem } from './timelineItems.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 1, 1);
const metrics = {
  rowHeight: 20,
  rowGap: 3,
  bandPadding: 4,
  minBandHeight: 30,
  dot: 10,
  labelPadding: 10,
  minRange: 6,
  gap: 2,
};

function item(id: string, group: string, day: number, endDay?: number, text = 'A title'): TimelineItem {
  return {
    id,
    group,
    start: T0 + day * DAY,
    end: endDay === undefined ? undefined : T0 + endDay * DAY,
    type: endDay === undefined ? 'point' : 'range',
    text,
    label: text,
    className: 'contact',
  };
}

/** 10 px per day over a 100-day window starting at T0; every label 60 px wide. */
function layout(items: TimelineItem[], over: Partial<LayoutInput> = {}) {
  return layoutTimeline({
    items,
    groups: ['1', '1.5', '2'],
    scale: 10 / DAY,
    origin: T0,
    window: { start: T0, end: T0 + 100 * DAY },
    stack: true,
    labelWidth: () => 60,
    metrics,
    ...over,
  });
}

describe('timeline layout', () => {
  it('stacks items whose boxes would overlap into rows of their own track, and keeps apart ones side by side', () => {
    const l = layout([item('a', '1', 10), item('b', '1', 12), item('c', '1', 50), item('d', '2', 12)]);
    const top = (id: string) => l.boxes.get(id)!.top;
    expect(top('b')).toBeGreaterThan(top('a'));
    expect(top('c')).toBe(top('a'));
    const [one, , two] = l.bands;
    // Two rows make track 1 taller; track 2's item sits in its own band, below.
    expect(one!.height).toBeGreaterThan(two!.height);
    expect(top('d')).toBeGreaterThanOrEqual(two!.top);
    const a = l.boxes.get('a')!;
    const b = l.boxes.get('b')!;
    expect(a.x + a.width <= b.x || top('a') !== top('b')).toBe(true);
  });

  it('keeps every track row even when it is empty, and leaves hidden tracks out', () => {
    const l = layout([item('a', '1', 10), item('b', '2', 10)], { groups: ['1', '2'] });
    expect(l.bands.map((b) => b.group)).toEqual(['1', '2']);
    expect(layout([]).bands).toHaveLength(3);
    const hidden = layout([item('a', '1', 10), item('h', '1.5', 10)], { groups: ['1', '2'] });
    expect(hidden.boxes.has('h')).toBe(false);
    expect(hidden.boxes.has('a')).toBe(true);
  });

  it('leaves out a label that would be cut by its range or by the window, and shifts one that starts off screen', () => {
    const l = layout([
      item('short', '1', 20, 23), // 30 px: too narrow for a 60 px label
      item('long', '1', 30, 60),
      item('edge', '1', -40, 20), // starts off the left edge, 200 px in view
      item('point-edge', '2', 97), // its label would run past the right edge
      item('point', '2', 40),
    ]);
    expect(l.boxes.get('short')!.labelShown).toBe(false);
    expect(l.boxes.get('long')!.labelShown).toBe(true);
    expect(l.boxes.get('edge')).toMatchObject({ labelShown: true, labelShift: 400 });
    expect(l.boxes.get('point-edge')!.labelShown).toBe(false);
    expect(l.boxes.get('point')!.labelShown).toBe(true);
  });

  it('draws a one-day range at the widest zoom wide enough to hit', () => {
    const l = layout([item('a', '1', 10, 11)], { scale: 1 / DAY });
    expect(l.boxes.get('a')!.width).toBe(metrics.minRange);
  });

  it('sizes a band by the rows near the window, not the busiest week of the record', () => {
    const pile = Array.from({ length: 8 }, (_, i) => item(`far${i}`, '1', 1000 + i * 0.1));
    const l = layout([...pile, item('near', '1', 10)]);
    expect(l.bands[0]!.height).toBe(metrics.minBandHeight);
  });
});

describe('the item nearest a tap', () => {
  const items = [item('dot', '1', 10), item('long', '1', 0, 30), item('other', '2', 10)];
  it('takes a short item close by over a long range under the finger, in the tapped track only', () => {
    expect(nearestItem(items, '1', T0 + 11 * DAY, 10 / DAY, 24)).toBe('dot');
    expect(nearestItem(items, '1', T0 + 25 * DAY, 10 / DAY, 24)).toBe('long');
    expect(nearestItem(items, '2', T0 + 12 * DAY, 10 / DAY, 24)).toBe('other');
  });
  it('takes nothing farther than the tolerance', () => {
    expect(nearestItem(items, '2', T0 + 20 * DAY, 10 / DAY, 24)).toBeNull();
  });
});
