// Markers that would still cover each other after clustering. Supercluster merges places within a radius at
// whole zooms, but the map stands at quarter zooms and its markers grow with their counts (up to 46 px): at
// a phone's world view (zoom 0.75, clustered as zoom 1) big clusters covered their neighbours. Merging
// exactly the pairs that overlap on screen keeps every other marker as fine as the zoom allows, where
// clustering a whole zoom coarser merged all of Europe. Screen pixels only; no Leaflet here.
import type { Circle } from './placeholderOffsets.ts';
import { mergeDeepestFirst } from './deepestFirst.ts';

/** Markers this close are merged too: positions are rounded to whole pixels on screen. */
const GAP = 1;

/** How far two circles overlap (0 when they are apart by at least GAP). */
export function overlapDepth(a: Circle, b: Circle): number {
  return Math.max(0, a.r + b.r + GAP - Math.hypot(a.x - b.x, a.y - b.y));
}

/**
 * Merges the most deeply overlapping pair, then looks again (the merged marker is bigger and stands
 * elsewhere), until no two circles overlap. Order is kept: a merged marker takes the first one's place.
 */
export function mergeOverlapping<T>(items: readonly T[], circleOf: (item: T) => Circle, merge: (a: T, b: T) => T): T[] {
  return mergeDeepestFirst(items, circleOf, merge, overlapDepth, GAP);
}
