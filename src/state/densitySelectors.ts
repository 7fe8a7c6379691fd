// The density strip's input: start times per track of the contacts that pass the filters. Built once per
// dataset and filter change (selectMask keeps its array while the filters do); a window drag reuses it.
import { buildTrackTimes, type TrackTimes } from '../data/density.ts';
import type { ContactIndex } from '../data/contactIndex.ts';
import { selectMask } from './selectors.ts';
import type { AtlasState } from './store.ts';

let last: { index: ContactIndex; mask: Uint8Array | null; times: TrackTimes } | null = null;

export function selectTrackTimes(s: AtlasState): TrackTimes | null {
  const { index } = s.dataset;
  if (!index) return null;
  const mask = selectMask(s);
  if (last?.index !== index || last.mask !== mask) last = { index, mask, times: buildTrackTimes(index, mask) };
  return last.times;
}
