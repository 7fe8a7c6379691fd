// Which ?data= links the app opens. Only http(s) addresses: a data:, blob:, javascript: or file: link would
// let the link itself carry the "data", with no site behind it to answer for it. Any site is allowed (the
// page's Content-Security-Policy has the last word, and refuses plain http elsewhere), but whatever is not
// the built-in record says where it came from on every view (selectDataNotice). Pure: no window.
import { said } from '../data/said.ts';
import type { LinkNote } from './linkNote.ts';
import type { Provenance } from './provenance.ts';
import { quoted, URL_LIMITS } from './urlState.ts';

export type DataRequest =
  | { kind: 'builtin' }
  /** `provenance` is what the notice names: the other site's origin, or the path on this site. */
  | { kind: 'link'; url: string; label: string; provenance: Provenance }
  /** The link's ?data= is not opened; `reason` says why, and the built-in record is shown instead. */
  | { kind: 'refused'; reason: LinkNote };

export function dataRequest(requested: string | null, page: string): DataRequest {
  if (requested === null || requested.trim() === '') return { kind: 'builtin' };
  if (requested.length > URL_LIMITS.data)
    return { kind: 'refused', reason: said('note.data.tooLong', { limit: String(URL_LIMITS.data) }) };
  let url: URL;
  try {
    url = new URL(requested, page);
  } catch {
    return { kind: 'refused', reason: said('note.data.notAddress', { value: quoted(requested) }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { kind: 'refused', reason: said('note.data.protocol', { protocol: quoted(url.protocol) }) };
  const sameSite = url.origin === new URL(page).origin;
  return {
    kind: 'link',
    url: url.href,
    label: requested,
    provenance: sameSite ? { kind: 'path', path: url.pathname } : { kind: 'origin', origin: url.origin },
  };
}
