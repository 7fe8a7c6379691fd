// Which dataset to load: the built-in file, or another one named by ?data=URL if the policy in
// state/dataPolicy.ts allows it. Both come back absolute, resolved against the page, so the loader needs no
// page of its own to resolve them. A refused ?data= loads the built-in record and says why.
import builtInUrl from '../../data/contacts.json?url';
import { dataRequest } from '../state/dataPolicy.ts';
import { BUILT_IN_LABEL, type Provenance } from '../state/provenance.ts';
import type { LinkNote } from '../state/linkNote.ts';
import { dataParam } from '../state/urlState.ts';

export function datasetSource(
  search: string,
  base: string,
): {
  url: string;
  label: string;
  provenance: Provenance | null;
  refused: LinkNote | null;
  builtIn: string;
} {
  const request = dataRequest(dataParam(search), base);
  const builtIn = new URL(builtInUrl, base).href;
  if (request.kind === 'link')
    return { url: request.url, label: request.label, provenance: request.provenance, refused: null, builtIn };
  return {
    url: builtIn,
    label: BUILT_IN_LABEL,
    provenance: null,
    refused: request.kind === 'refused' ? request.reason : null,
    builtIn,
  };
}
