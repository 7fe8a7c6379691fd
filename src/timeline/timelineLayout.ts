// Where each timeline item goes, as numbers: its x and width at a scale, its row in its track, whether its
// label fits, and how tall each track's band is. Pure, so the drawing code reads no layout from the page.
import type { TimeWindow } from '../data/query.ts';
import type { TimelineItem } from './timelineItems.ts';

export interface LayoutMetrics {
  /** Height of one item and the gap between stacked rows. */
  rowHeight: number;
  rowGap: number;
  /** Space above the first row and below the last one in a band. */
  bandPadding: number;
  minBandHeight: number;
  /** A point's dot, and the room between it and its label. */
  dot: number;
  /** Horizontal padding and borders around a label. */
  labelPadding: number;
  /** The narrowest a range is drawn, so a one-day range at the widest zoom is still there to hit. */
  minRange: number;
  /** Room kept between two items in one row. */
  gap: number;
}

export interface ItemBox {
  x: number;
  width: number;
  top: number;
  /** False when the label would be cut by its range or by the window's edge: it is left out. */
  labelShown: boolean;
  /** How far the label moves right so it starts where the range comes into view. */
  labelShift: number;
}

export interface Band {
  group: string;
  top: number;
  height: number;
}

export interface TimelineLayout {
  boxes: Map<string, ItemBox>;
  bands: Band[];
  height: number;
}

export interface LayoutInput {
  items: readonly TimelineItem[];
  groups: readonly string[];
  /** Pixels per millisecond, and the instant at x = 0. */
  scale: number;
  origin: number;
  /** The window in view: labels are fitted to it, and bands are as tall as the rows near it. */
  window: TimeWindow;
  stack: boolean;
  labelWidth(text: string): number;
  metrics: LayoutMetrics;
}

/** Items only for the label-fitting rule: contacts; counts and disclosure lines keep their text. */
const fitted = (item: TimelineItem) => item.className.split(' ').includes('contact');

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { items, scale, origin, window: win, stack, metrics: m } = input;
  const viewLeft = (win.start - origin) * scale;
  const viewRight = (win.end - origin) * scale;
  // Rows are counted near the window (one window's width each side), so a band is as tall as what is in
  // view or a short pan away, not as the busiest week of the whole record.
  const nearLeft = viewLeft - (viewRight - viewLeft);
  const nearRight = viewRight + (viewRight - viewLeft);

  const boxes = new Map<string, ItemBox>();
  const rowOf = new Map<string, number>();
  const rowsByGroup = new Map<string, number>();
  const byGroup = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const list = byGroup.get(item.group);
    if (list) list.push(item);
    else byGroup.set(item.group, [item]);
  }

  for (const [group, list] of byGroup) {
    const sorted = stack ? [...list].sort((a, b) => a.start - b.start) : list;
    const rowEnds: number[] = [];
    let rowsNear = 1;
    for (const item of sorted) {
      const x = (item.start - origin) * scale;
      const labelW = item.text ? input.labelWidth(item.text) + m.labelPadding : 0;
      let width: number;
      let left: number;
      if (item.type === 'point') {
        left = x - m.dot / 2;
        width = m.dot + labelW;
      } else {
        left = x;
        width = Math.max(m.minRange, ((item.end ?? item.start) - item.start) * scale);
      }
      let labelShown = labelW > 0;
      let labelShift = 0;
      if (labelShown && fitted(item)) {
        if (item.type === 'point') labelShown = left >= viewLeft && left + width <= viewRight;
        else {
          const visible = Math.min(left + width, viewRight) - Math.max(left, viewLeft);
          labelShown = visible >= labelW;
          labelShift = Math.max(0, viewLeft - left);
        }
      }
      let row = 0;
      if (stack) {
        row = rowEnds.findIndex((end) => end + m.gap <= left);
        if (row < 0) row = rowEnds.length;
        // A range carries its label inside; a point's label widens the point.
        rowEnds[row] = left + width;
        if (left + width >= nearLeft && left <= nearRight) rowsNear = Math.max(rowsNear, row + 1);
      }
      rowOf.set(item.id, row);
      boxes.set(item.id, { x: left, width, top: 0, labelShown, labelShift });
    }
    rowsByGroup.set(group, rowsNear);
  }

  const bands: Band[] = [];
  let top = 0;
  for (const group of input.groups) {
    const rows = rowsByGroup.get(group) ?? 1;
    const height = Math.max(m.minBandHeight, 2 * m.bandPadding + rows * m.rowHeight + (rows - 1) * m.rowGap);
    bands.push({ group, top, height });
    for (const item of byGroup.get(group) ?? []) {
      const box = boxes.get(item.id)!;
      box.top = top + m.bandPadding + rowOf.get(item.id)! * (m.rowHeight + m.rowGap);
    }
    top += height;
  }
  // Items of a hidden track are not drawn.
  for (const [group, list] of byGroup)
    if (!input.groups.includes(group)) for (const item of list) boxes.delete(item.id);
  return { boxes, bands, height: top };
}

/** The item of `group` nearest to `time`, within `tolerance` pixels at `scale` (px per ms). A long range
 * under the finger loses to a short item close by: the range is easy to hit elsewhere, the dot is not. */
export function nearestItem(
  items: readonly TimelineItem[],
  group: string,
  time: number,
  scale: number,
  tolerance: number,
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    if (item.group !== group) continue;
    const end = item.end ?? item.start;
    let d = time < item.start ? (item.start - time) * scale : time > end ? (time - end) * scale : 0;
    if ((end - item.start) * scale > tolerance) d += tolerance / 2;
    if (d < bestDistance) {
      best = item.id;
      bestDistance = d;
    }
  }
  return bestDistance <= tolerance ? best : null;
}

/** The part of an item's box worth drawing when the view spans [viewLeft, viewLeft + viewWidth]: one view's
 * width of slack on either side, so a pan never shows a cut end before the next frame draws it again. A
 * range of several years at a zoom of days is half a million pixels wide, and software rasterising its
 * dashed border and hatching took seconds per frame (the story steps with a two-day window). */
export function drawnExtent(
  box: ItemBox,
  viewLeft: number,
  viewWidth: number,
): { x: number; width: number; labelShift: number } {
  const from = Math.max(box.x, viewLeft - viewWidth);
  const to = Math.min(box.x + box.width, viewLeft + 2 * viewWidth);
  if (from <= box.x && to >= box.x + box.width) return { x: box.x, width: box.width, labelShift: box.labelShift };
  return { x: from, width: Math.max(0, to - from), labelShift: Math.max(0, box.labelShift - (from - box.x)) };
}

/** Whether an extent drawn for one view still covers what a view at viewLeft shows, with half a view's
 * width to spare (else it is drawn again). */
export function extentCovers(
  drawn: { x: number; width: number },
  box: ItemBox,
  viewLeft: number,
  viewWidth: number,
): boolean {
  const need = Math.max(box.x, viewLeft - viewWidth / 2);
  const needTo = Math.min(box.x + box.width, viewLeft + 1.5 * viewWidth);
  return drawn.x <= need && drawn.x + drawn.width >= needTo;
}
