// Pure queries over a ContactIndex. These run on every frame of a timeline drag, so they work on typed
// arrays and touch only the contacts that can overlap the window.
import type { ContactIndex } from './contactIndex.ts';
import { TRACKS, type Track } from './schema.ts';

export interface TimeWindow {
  start: number;
  end: number;
}

export type TrackToggles = Readonly<Record<Track, boolean>>;

export const ALL_TRACKS_ON: TrackToggles = { '1': true, '1.5': true, '2': true };

/** First position whose start is >= t (contacts are sorted by start). */
export function lowerBound(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of the contacts whose period overlaps the window, in date order. */
export function contactsInWindow(index: ContactIndex, win: TimeWindow): number[] {
  const from = lowerBound(index.startMs, win.start - index.maxDurationMs);
  const to = lowerBound(index.startMs, win.end);
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (index.endMs[i]! > win.start) out.push(i);
  }
  return out;
}

export interface View {
  /** Contacts in the window whose track is switched on and that pass the search and facets, in date order. */
  visible: number[];
  /** Contacts in the window per track, whether the track is on or not (the toggles show these). */
  windowCountByTrack: [number, number, number];
  /** Per place number: visible contacts per track, [t1, t1.5, t2]. Zero rows for places with none. */
  placeTrackCounts: Uint32Array;
  /** Visible contacts per place. */
  placeTotals: Uint32Array;
}

/** `mask` (search and facets) hides contacts everywhere, the track counts included; null shows all. */
export function computeView(
  index: ContactIndex,
  win: TimeWindow,
  tracks: TrackToggles,
  mask: Uint8Array | null = null,
  inWindow: readonly number[] = contactsInWindow(index, win),
): View {
  const on = TRACKS.map((t) => tracks[t]);
  const windowCountByTrack: [number, number, number] = [0, 0, 0];
  const placeTrackCounts = new Uint32Array(index.places.length * 3);
  const placeTotals = new Uint32Array(index.places.length);
  const visible: number[] = [];
  for (const i of inWindow) {
    if (mask && !mask[i]) continue;
    const t = index.track[i]!;
    windowCountByTrack[t as 0 | 1 | 2]++;
    if (!on[t]) continue;
    visible.push(i);
    for (const p of index.contactPlaces[i]!) {
      placeTrackCounts[p * 3 + t]!++;
      placeTotals[p]!++;
    }
  }
  return { visible, windowCountByTrack, placeTrackCounts, placeTotals };
}

/** Visible contacts at one place, in date order. */
export function contactsAtPlace(index: ContactIndex, view: View, place: number): number[] {
  return view.visible.filter((i) => index.contactPlaces[i]!.includes(place));
}

export interface CallLink {
  from: number;
  to: number;
  count: number;
  /** Position in TRACKS of the track most of these calls belong to (calls are nearly always track 1). */
  track: number;
}

interface CallPairs {
  /** Per contact: its pair of places among `from`/`to`, or -1 (not a call, or not between two places). */
  pairOf: Int32Array;
  from: number[];
  to: number[];
}

// Which pair each call joins depends only on the dataset: found once, so the per-frame count below is a
// loop over typed arrays (it runs on every frame of a drag, over every visible contact).
const callPairsOf = new WeakMap<ContactIndex, CallPairs>();
function callPairs(index: ContactIndex): CallPairs {
  let pairs = callPairsOf.get(index);
  if (pairs) return pairs;
  const pairOf = new Int32Array(index.contacts.length).fill(-1);
  const byKey = new Map<string, number>();
  pairs = { pairOf, from: [], to: [] };
  for (let i = 0; i < index.contacts.length; i++) {
    const ps = index.contactPlaces[i]!;
    if (index.contacts[i]!.kind !== 'call' || ps.length < 2) continue;
    const a = Math.min(ps[0]!, ps[1]!);
    const b = Math.max(ps[0]!, ps[1]!);
    if (a === b) continue;
    const key = `${a}:${b}`;
    let pair = byKey.get(key);
    if (pair === undefined) {
      pair = pairs.from.length;
      byKey.set(key, pair);
      pairs.from.push(a);
      pairs.to.push(b);
    }
    pairOf[i] = pair;
  }
  callPairsOf.set(index, pairs);
  return pairs;
}

/** Visible calls merged per pair of places, so a thousand calls between two capitals are one line. In the
 * order each pair first appears among the visible contacts; a pair's track is that of its first call. */
export function callLinks(index: ContactIndex, view: View): CallLink[] {
  const { pairOf, from, to } = callPairs(index);
  if (!from.length) return [];
  const count = new Uint32Array(from.length);
  const order: number[] = [];
  const track: number[] = [];
  for (const i of view.visible) {
    const pair = pairOf[i]!;
    if (pair < 0) continue;
    if (count[pair]!++ === 0) {
      order.push(pair);
      track[pair] = index.track[i]!;
    }
  }
  return order.map((pair) => ({ from: from[pair]!, to: to[pair]!, count: count[pair]!, track: track[pair]! }));
}

/** The narrowest and widest windows the timeline can show; the store keeps to the same limits. */
export const MIN_WINDOW_MS = 86_400_000;
export const MAX_WINDOW_MS = 40 * 365.25 * 86_400_000;

/** The same middle, with the span held within the timeline's zoom limits. */
export function clampWindow(win: TimeWindow): TimeWindow {
  const span = win.end - win.start;
  if (span >= MIN_WINDOW_MS && span <= MAX_WINDOW_MS) return win;
  const half = Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, span)) / 2;
  const mid = (win.start + win.end) / 2;
  return { start: mid - half, end: mid + half };
}

/** The window that shows every contact, with a little air on both sides. */
export function fullWindow(index: ContactIndex): TimeWindow {
  if (!index.extent) {
    const now = Date.now();
    return { start: now - 365 * 86_400_000, end: now };
  }
  const pad = Math.max((index.extent.end - index.extent.start) * 0.03, 7 * 86_400_000);
  return { start: index.extent.start - pad, end: index.extent.end + pad };
}
