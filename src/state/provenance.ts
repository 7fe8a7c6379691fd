// Whether the loaded data is the Backchannel Atlas record, and so carries its release (version, licence,
// citation), or someone else's data, which must not be presented as ours.
import { RELEASE, type Release } from '../data/release.ts';
import type { AtlasState } from './store.ts';
import { said, type Said } from '../data/said.ts';

/** Where data that is not the built-in record came from: another site, a path on this site, the user's file. */
export type Provenance =
  { kind: 'origin'; origin: string } | { kind: 'path'; path: string } | { kind: 'file'; name: string };

/** The one wording of the notice that data on screen is not the atlas's own (views and embed). */
export function dataNotice(provenance: Provenance): Said<'notice.origin' | 'notice.path' | 'notice.file'> {
  switch (provenance.kind) {
    case 'origin':
      return said('notice.origin', { origin: provenance.origin });
    case 'path':
      return said('notice.path', { path: provenance.path });
    case 'file':
      return said('notice.file', { name: provenance.name });
  }
}

/** The label loading gives the built-in dataset (app/datasetSource.ts). */
export const BUILT_IN_LABEL = 'the built-in dataset';

export function selectRelease(state: AtlasState): Release | null {
  const { origin, sourceLabel, status } = state.dataset;
  return status === 'ready' && origin === 'link' && sourceLabel === BUILT_IN_LABEL ? RELEASE : null;
}
