// Search and facets, as masks over a ContactIndex: computed when a filter changes, never per drag frame.
import type { ContactIndex } from './contactIndex.ts';
import type { Contact, Kind } from './schema.ts';

export interface ContactFilters {
  query: string;
  parties: readonly string[];
  kinds: readonly Kind[];
}

export const NO_FILTERS: ContactFilters = { query: '', parties: [], kinds: [] };

/** Lowercase, without accents, so "zelenskyy" finds "Zelenskyy" and "cirağan" finds "Çırağan". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

function searchableText(c: Contact): string {
  return foldText(
    [
      c.title,
      c.summary,
      c.notes ?? '',
      c.parties.join(' '),
      ...c.participants.map((p) => `${p.name} ${p.role ?? ''}`),
      ...c.places.map((p) => `${p.name} ${p.city ?? ''} ${p.country}`),
    ].join(' \u0001 '),
  );
}

const textCache = new WeakMap<ContactIndex, string[]>();

function texts(index: ContactIndex): string[] {
  let out = textCache.get(index);
  if (!out) {
    out = index.contacts.map(searchableText);
    textCache.set(index, out);
  }
  return out;
}

/** 1 where the contact has every word of the query (in any field), else 0; null when there is no query. */
export function queryMask(index: ContactIndex, query: string): Uint8Array | null {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return null;
  const all = texts(index);
  const mask = new Uint8Array(all.length);
  all.forEach((t, i) => {
    mask[i] = terms.every((term) => t.includes(term)) ? 1 : 0;
  });
  return mask;
}

/** 1 where the contact involves any of the chosen parties; null when none is chosen. */
export function partyMask(index: ContactIndex, parties: readonly string[]): Uint8Array | null {
  if (!parties.length) return null;
  const wanted = new Set(parties);
  return Uint8Array.from(index.contacts, (c) => (c.parties.some((p) => wanted.has(p)) ? 1 : 0));
}

export function kindMask(index: ContactIndex, kinds: readonly Kind[]): Uint8Array | null {
  if (!kinds.length) return null;
  const wanted = new Set<string>(kinds);
  return Uint8Array.from(index.contacts, (c) => (wanted.has(c.kind) ? 1 : 0));
}

/** AND of the masks given; null when none applies. */
export function combineMasks(...masks: Array<Uint8Array | null>): Uint8Array | null {
  const present = masks.filter((m): m is Uint8Array => m !== null);
  if (!present.length) return null;
  if (present.length === 1) return present[0]!;
  const out = new Uint8Array(present[0]!.length);
  for (let i = 0; i < out.length; i++) out[i] = present.every((m) => m[i]) ? 1 : 0;
  return out;
}

export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

/** Each contact's values of one facet as small integers, flattened: counting then allocates nothing,
 * which matters because facet counts follow the time window on every frame of a drag. */
export interface FacetCodes {
  values: string[];
  /** Contact i's codes are codes[offsets[i]] .. codes[offsets[i + 1] - 1], each at most once. */
  offsets: Uint32Array;
  codes: Uint16Array;
}

export function encodeFacet(count: number, valuesOf: (i: number) => readonly string[]): FacetCodes {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const offsets = new Uint32Array(count + 1);
  const codes: number[] = [];
  for (let i = 0; i < count; i++) {
    offsets[i] = codes.length;
    for (const v of new Set(valuesOf(i))) {
      let code = codeOf.get(v);
      if (code === undefined) {
        code = values.length;
        values.push(v);
        codeOf.set(v, code);
      }
      codes.push(code);
    }
  }
  offsets[count] = codes.length;
  return { values, offsets, codes: Uint16Array.from(codes) };
}

/** How many of the contacts at `positions` (and in `mask`) have each value, most first. */
export function countFacet<T extends string>(
  positions: readonly number[],
  mask: Uint8Array | null,
  facet: FacetCodes,
): Array<FacetCount<T>> {
  const counts = new Uint32Array(facet.values.length);
  const { offsets, codes } = facet;
  for (const i of positions) {
    if (mask && !mask[i]) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) counts[codes[k]!]!++;
  }
  const out: Array<FacetCount<T>> = [];
  counts.forEach((count, code) => {
    if (count) out.push({ value: facet.values[code] as T, count });
  });
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
