// Hostile link generator for the URL fuzzer (url-fuzz.spec.ts): the app's own parameter names with garbage,
// huge, repeated, unicode, negative, reversed and near-the-limit values, from a seeded generator.
/** mulberry32: a small seeded generator, enough to spread values, not for anything secret. */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
  return { next, int, pick };
}

type Random = ReturnType<typeof generator>;

const UNICODE = ['é', 'Ж', 'ї', '中', '🇺🇦', '\u202e', '\u200f', '\u0000', '\ufeff', 'ـ', '\u0301'];
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '__proto__', 'constructor'];
const DATES = [
  '2025-02-18',
  '2022',
  '2025-02',
  '+275760-09-13T00:00:00.000Z',
  '+275730-01-01T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0001-01-01',
  '9999-12-31',
  '1899-12-31',
  '2101-01-01',
  '2025-02-30',
  '2025-13-01',
  '1970-01-01T00:00:00Z',
  'NaN',
  '-1',
  '1e21',
  '',
  'yesterday',
  '2025-02-18T25:61:00Z',
];

function garbage(r: Random): string {
  const pool = [...UNICODE, ...HOSTILE, 'a', 'Z', '0', '9', ',', ';', ':', '%', '&', '=', '#', '?', ' ', '\\', '"'];
  let out = '';
  for (let i = r.int(12); i >= 0; i--) out += r.pick(pool);
  return out;
}

function huge(r: Random): string {
  // Long, but within what a web server takes in a request line (about 8 KB here, 431 beyond).
  return r.pick(['x', 'Ж', '🇺🇦', ',', '1,']).repeat(300 + r.int(300));
}

function listOf(r: Random, values: readonly string[]): string {
  const n = r.int(6);
  return Array.from({ length: n }, () => (r.next() < 0.7 ? r.pick(values) : garbage(r))).join(',');
}

const number = (r: Random) =>
  r.pick(['0', '-0', '-90', '91', '-181', '1e309', '-1e309', 'NaN', 'Infinity', '0x1A', '45.5', '30', '-5', '99']);

/** One hostile value for each parameter the app reads. */
const VALUES: Record<string, (r: Random) => string> = {
  from: (r) => r.pick(DATES),
  to: (r) => r.pick(DATES),
  tracks: (r) => listOf(r, ['1', '1.5', '2', 'none', '3', '-1', '1.50']),
  q: (r) => (r.next() < 0.2 ? huge(r) : r.pick(['(((', '.*', '\\', 'Riyadh', 'женева', garbage(r)])),
  party: (r) =>
    r.next() < 0.2
      ? Array.from({ length: 600 }, (_, i) => `P${i}`).join(',')
      : listOf(r, ['US', 'RU', 'UA', 'UN', '__proto__']),
  partymode: (r) => r.pick(['any', 'all', 'none', garbage(r)]),
  person: (r) => r.pick(['Marco Rubio', 'Sergey Lavrov', garbage(r), huge(r)]),
  kind: (r) => listOf(r, ['meeting', 'call', 'exchange', 'conference', 'toString']),
  confidence: (r) => listOf(r, ['confirmed', 'reported', 'disputed', 'hasOwnProperty']),
  secret: (r) => listOf(r, ['yes', 'no', 'maybe']),
  sel: (r) =>
    r.pick(['c:', 'p:', 'c:__proto__', 'p:constructor', `c:${huge(r)}`, 'x', `c:${garbage(r)}`, `p:${garbage(r)}`]),
  contact: (r) => r.pick(['__proto__', 'toString', garbage(r), huge(r), 'us-ru-riyadh-talks-2025-02-18']),
  map: (r) => r.pick([`${number(r)},${number(r)},${number(r)}`, '1,2', '1,2,3,4', garbage(r), huge(r)]),
  view: (r) => r.pick(['list', 'network', 'map', 'LIST', garbage(r)]),
  net: (r) => r.pick(['people', 'parties', garbage(r)]),
  pick: (r) => r.pick(['US', 'p:US', garbage(r), huge(r)]),
  disclose: (r) => r.pick(['1', '0', 'true', garbage(r)]),
  about: (r) => r.pick(['1', '0', garbage(r)]),
  embed: (r) => r.pick(['1', '0', garbage(r)]),
  lang: (r) => r.pick(['uk', 'ru', 'en', 'xx', '__proto__', 'EN', garbage(r)]),
  data: (r) =>
    r.pick([
      '[',
      'http://',
      'https://',
      'javascript:alert(1)',
      'data:application/json,{"version":1,"contacts":[]}',
      'blob:http://127.0.0.1/x',
      'file:///etc/passwd',
      '//',
      'http://[::1',
      'fixtures/missing.json',
      'x'.repeat(2500),
      '%00',
      garbage(r),
    ]),
};

/** A query string: a few parameters, sometimes repeated, sometimes a raw broken percent escape. */
export function hostileQuery(r: Random): string {
  const keys = Object.keys(VALUES).filter((k) => k !== 'data' || r.next() < 0.25);
  const parts: string[] = [];
  for (let n = 1 + r.int(6); n > 0; n--) {
    const key = r.pick(keys);
    for (let times = r.next() < 0.15 ? 2 + r.int(3) : 1; times > 0; times--)
      parts.push(`${key}=${encodeURIComponent(VALUES[key]!(r))}`);
  }
  if (r.next() < 0.1)
    parts.push(r.pick(['from=%E0%A4%A', 'q=%', 'party=%ZZ', 'q=%ED%A0%80', 'person=%C0%AF', '%=%', '&&&', '=']));
  let query = '';
  for (const part of parts) if (query.length + part.length < 7000) query += `${query ? '&' : ''}${part}`;
  return `?${query}`;
}
