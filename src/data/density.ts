// Counts per week, month or quarter for the density strip under the timeline. The start times of the
// contacts that pass the filters are kept sorted, one array per track, once per filter change; a window
// drag then only re-buckets: two binary searches per bar, whatever the size of the record.
import type { ContactIndex } from './contactIndex.ts';
import { lowerBound, type TimeWindow } from './query.ts';
import { TRACKS } from './schema.ts';

export type DensityUnit = 'week' | 'month' | 'quarter';

/** Per track (in TRACKS order), the sorted start times of the contacts that pass the mask. */
export type TrackTimes = readonly Float64Array[];

export interface Density {
  unit: DensityUnit;
  /** Bucket boundaries: bar i counts the contacts starting in [edges[i], edges[i + 1]). */
  edges: Float64Array;
  /** Per track, one count per bar. */
  counts: Uint32Array[];
  /** The largest count of any bar in any track (0 when there is none). */
  max: number;
}

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<DensityUnit, number> = { week: 7, month: 30.44, quarter: 91.31 };
const UNITS: DensityUnit[] = ['week', 'month', 'quarter'];
/** More bars than this are hard to tell apart, however wide the screen. */
const MAX_BARS = 60;
/** Narrower than this, bars merge into a smear. */
const MIN_BAR_PX = 6;

/** A contact counts where it starts. index.startMs is already sorted, so one pass keeps the order. */
export function buildTrackTimes(index: ContactIndex, mask: Uint8Array | null): TrackTimes {
  const sizes = TRACKS.map(() => 0);
  for (let i = 0; i < index.track.length; i++) if (!mask || mask[i]) sizes[index.track[i]!]!++;
  const out = sizes.map((n) => new Float64Array(n));
  const filled = TRACKS.map(() => 0);
  for (let i = 0; i < index.track.length; i++) {
    if (mask && !mask[i]) continue;
    const t = index.track[i]!;
    out[t]![filled[t]!++] = index.startMs[i]!;
  }
  return out;
}

/** The finest unit whose bars, for this span on this many pixels, stay few and wide enough to read. */
export function chooseUnit(spanMs: number, widthPx: number): DensityUnit {
  const limit = Math.max(1, Math.min(MAX_BARS, Math.floor(widthPx / MIN_BAR_PX)));
  return UNITS.find((u) => spanMs / (UNIT_DAYS[u] * DAY_MS) <= limit) ?? 'quarter';
}

/** The start (UTC) of the bucket holding `t`: a Monday, the first of a month, or of a quarter. */
export function bucketStart(t: number, unit: DensityUnit): number {
  if (unit === 'week') {
    const day = Math.floor(t / DAY_MS);
    // 1 Jan 1970 was a Thursday: three days after a Monday.
    return (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
  }
  const d = new Date(t);
  const month = d.getUTCMonth();
  return Date.UTC(d.getUTCFullYear(), unit === 'quarter' ? month - (month % 3) : month, 1);
}

function nextBucket(start: number, unit: DensityUnit): number {
  if (unit === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (unit === 'quarter' ? 3 : 1), 1);
}

/** Boundaries of whole buckets covering the window: the first at or before its start, the last at or
 * after its end. */
export function bucketEdges(win: TimeWindow, unit: DensityUnit): Float64Array {
  const edges: number[] = [bucketStart(win.start, unit)];
  while (edges[edges.length - 1]! < win.end) edges.push(nextBucket(edges[edges.length - 1]!, unit));
  if (edges.length === 1) edges.push(nextBucket(edges[0]!, unit));
  return Float64Array.from(edges);
}

/** How many of the sorted times fall in each bucket. */
export function countBuckets(times: Float64Array, edges: Float64Array): Uint32Array {
  const counts = new Uint32Array(edges.length - 1);
  let below = lowerBound(times, edges[0]!);
  for (let i = 0; i < counts.length; i++) {
    const next = lowerBound(times, edges[i + 1]!);
    counts[i] = next - below;
    below = next;
  }
  return counts;
}

export function computeDensity(times: TrackTimes, win: TimeWindow, widthPx: number): Density {
  const unit = chooseUnit(win.end - win.start, widthPx);
  const edges = bucketEdges(win, unit);
  const counts = times.map((t) => countBuckets(t, edges));
  let max = 0;
  for (const c of counts) for (const n of c) if (n > max) max = n;
  return { unit, edges, counts, max };
}

export interface Busiest {
  /** Bar number, or -1 when the track has no contacts in these bars. */
  bar: number;
  count: number;
  total: number;
}

/** A track's total over the bars and its busiest bar (the earliest of equals): the strip's text version. */
export function busiestBar(counts: Uint32Array): Busiest {
  let bar = -1;
  let count = 0;
  let total = 0;
  counts.forEach((n, i) => {
    total += n;
    if (n > count) {
      bar = i;
      count = n;
    }
  });
  return { bar, count, total };
}

/** A brushed stretch as whole UTC days, at least one: the window reads as the days it was drawn over. */
export function brushWindow(win: TimeWindow): TimeWindow {
  const start = Math.floor(win.start / DAY_MS) * DAY_MS;
  return { start, end: Math.max(start + DAY_MS, Math.ceil(win.end / DAY_MS) * DAY_MS) };
}
