// Which dataset to load: the built-in file, or another one named by ?data=URL. Both come back absolute,
// resolved against the page, so the loader needs no page of its own to resolve them.
import builtInUrl from '../../data/contacts.json?url';
import { BUILT_IN_LABEL } from '../state/provenance.ts';
import { dataParam } from '../state/urlState.ts';

export function datasetSource(search: string, base: string): { url: string; label: string } {
  const requested = dataParam(search);
  if (!requested) return { url: new URL(builtInUrl, base).href, label: BUILT_IN_LABEL };
  return { url: new URL(requested, base).href, label: requested };
}
