// Whether the loaded data is the Backchannel Atlas record, and so carries its release (version, licence,
// citation), or someone else's data, which must not be presented as ours.
import { RELEASE, type Release } from '../data/release.ts';
import type { AtlasState } from './store.ts';

/** The label loading gives the built-in dataset (app/datasetSource.ts). */
export const BUILT_IN_LABEL = 'the built-in dataset';

export function selectRelease(state: AtlasState): Release | null {
  const { origin, sourceLabel, status } = state.dataset;
  return status === 'ready' && origin === 'link' && sourceLabel === BUILT_IN_LABEL ? RELEASE : null;
}
