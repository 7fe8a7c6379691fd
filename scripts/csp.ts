// The Content-Security-Policy and Referrer-Policy of the built site, in one place: the build writes them into
// index.html as <meta> tags, the end-to-end server sends them as headers, and a unit test holds the README to
// the same text.

type Directive = readonly [name: string, value: string];

/** The directives a <meta http-equiv> policy can carry. */
const META_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // A policy cannot be widened once the page has it, so the tile host is allowed from the start; it only
  // serves images, and nothing is fetched from it until the online layer is switched on.
  ['img-src', "'self' data: blob: https://tile.openstreetmap.org"],
  // ?data= may name a file on another https site (which must allow CORS); plain http elsewhere is refused.
  ['connect-src', "'self' https:"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** Browsers ignore these in a <meta> policy: only a response header can limit framing. Any page may frame the
 * atlas, because embedding a view in an article is a feature (?embed=1); it has no account, no stored data
 * and nothing a framing page could trick a click into doing beyond changing the view. */
const HEADER_ONLY_DIRECTIVES: readonly Directive[] = [['frame-ancestors', '*']];

const serialise = (directives: readonly Directive[]) => directives.map(([n, v]) => `${n} ${v}`).join('; ');

export const CSP_META = serialise(META_DIRECTIVES);
export const CSP_HEADER = serialise([...META_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
export const REFERRER_POLICY = 'no-referrer';
