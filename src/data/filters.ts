// Search and facets, as masks over a ContactIndex: computed when a filter changes, never per drag frame.
import type { ContactIndex } from './contactIndex.ts';
import type { Confidence, Contact, Kind } from './schema.ts';

/** How the chosen values of a facet combine: contacts with every one of them, or with any. */
export type MatchMode = 'all' | 'any';

/** "Secret at the time": the record gives a date when the contact became public. */
export type Secrecy = 'secret' | 'not secret';
export const SECRECIES: readonly Secrecy[] = ['secret', 'not secret'];

export const secrecyOf = (c: Contact): Secrecy => (c.disclosed ? 'secret' : 'not secret');

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

/** 1 where the contact's values include every (`all`) or some (`any`) chosen value; null when none is chosen. */
function valuesMask(
  index: ContactIndex,
  chosen: readonly string[],
  valuesOf: (c: Contact) => readonly string[],
  mode: MatchMode,
): Uint8Array | null {
  if (!chosen.length) return null;
  const wanted = [...new Set(chosen)];
  return Uint8Array.from(index.contacts, (c) => {
    const has = new Set(valuesOf(c));
    return (mode === 'all' ? wanted.every((v) => has.has(v)) : wanted.some((v) => has.has(v))) ? 1 : 0;
  });
}

/** 1 where the contact involves the chosen parties: all of them together, or any of them. */
export function partyMask(index: ContactIndex, parties: readonly string[], mode: MatchMode = 'any'): Uint8Array | null {
  return valuesMask(index, parties, (c) => c.parties, mode);
}

/** 1 where every chosen person took part (is a participant), whatever the texts mention. */
export function participantMask(index: ContactIndex, people: readonly string[]): Uint8Array | null {
  return valuesMask(index, people, participantNames, 'all');
}

export const participantNames = (c: Contact) => c.participants.map((p) => p.name);

export function kindMask(index: ContactIndex, kinds: readonly Kind[]): Uint8Array | null {
  return valuesMask(index, kinds, (c) => [c.kind], 'any');
}

export function confidenceMask(index: ContactIndex, levels: readonly Confidence[]): Uint8Array | null {
  return valuesMask(index, levels, (c) => [c.confidence], 'any');
}

export function secrecyMask(index: ContactIndex, secrecy: readonly Secrecy[]): Uint8Array | null {
  return valuesMask(index, secrecy, (c) => [secrecyOf(c)], 'any');
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

function repeats(codes: readonly number[], from: number, code: number): boolean {
  for (let k = from; k < codes.length; k++) if (codes[k] === code) return true;
  return false;
}

export function encodeFacet(count: number, valuesOf: (i: number) => readonly string[]): FacetCodes {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const offsets = new Uint32Array(count + 1);
  const codes: number[] = [];
  for (let i = 0; i < count; i++) {
    offsets[i] = codes.length;
    // Most contacts have one value per facet: no Set per contact, a repeat is found among its own codes.
    for (const v of valuesOf(i)) {
      let code = codeOf.get(v);
      if (code === undefined) {
        code = values.length;
        values.push(v);
        codeOf.set(v, code);
      } else if (repeats(codes, offsets[i]!, code)) continue;
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
