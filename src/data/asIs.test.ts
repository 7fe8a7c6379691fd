import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import record from '../../data/contacts.json';
import { asIsCheck } from './asIs.ts';
import { contactSchema } from './schema.ts';
import { contact } from './testing/fixtures.ts';

const asIs = asIsCheck(contactSchema);

/** The promise the check makes: whatever it passes, the schema accepts and gives back unchanged. */
function expectKeptPromise(value: unknown) {
  if (!asIs(value)) return;
  const result = contactSchema.safeParse(value);
  expect(result.success).toBe(true);
  expect(result.data).toEqual(value);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Records bent out of shape on purpose: any field may hold anything here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Bent = Record<string, any>;

describe('the as-is check', () => {
  it('passes every record of the published dataset, which the schema keeps unchanged', () => {
    const contacts = (record as { contacts: unknown[] }).contacts;
    expect(contacts.length).toBeGreaterThan(500);
    for (const c of contacts) {
      expect(asIs(c)).toBe(true);
      expectKeptPromise(c);
    }
  });

  it('sends to the schema what it would refuse or change', () => {
    const changed: Array<[string, (c: Bent) => void]> = [
      ['a title with a trailing space', (c) => (c.title = 'Talks ')],
      ['an empty title', (c) => (c.title = '')],
      ['a summary with a leading space', (c) => (c.summary = ' A meeting.')],
      ['a key the schema does not know', (c) => (c.colour = 'red')],
      ['a place key the schema does not know', (c) => (c.places[0].zoom = 5)],
      ['a missing title', (c) => delete c.title],
      ['a latitude of 91', (c) => (c.places[0].lat = 91)],
      ['a longitude given as text', (c) => (c.places[0].lon = '6.1')],
      ['an unknown track', (c) => (c.track = '3')],
      ['a date in another form', (c) => (c.start = '18/02/2025')],
      ['an id in capitals', (c) => (c.id = 'Geneva-1')],
      ['a javascript: link', (c) => (c.sources[0].url = 'javascript:alert(1)')],
      ['places that are not a list', (c) => (c.places = { 0: c.places[0] })],
      ['a flag given as text', (c) => (c.sources[0].titleFromUrl = 'yes')],
      ['an optional field that is null', (c) => (c.notes = null)],
    ];
    for (const [what, change] of changed) {
      const c = clone(contact()) as Bent;
      change(c);
      expect(asIs(c), what).toBe(false);
    }
  });

  it('keeps its promise for thousands of records with a field replaced by an odd value', () => {
    const odd = [
      '',
      ' x',
      'x ',
      'x',
      '2025',
      '2025-13',
      'https://a.b',
      -200,
      91,
      0,
      Number.NaN,
      null,
      true,
      [],
      {},
      ['x'],
    ];
    // mulberry32: a fixed, well-mixed sequence, so a failure can be replayed.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
    };
    // Every path into the record, its places, people and sources.
    const base = clone(contact({ participants: [{ name: 'Rubio', role: 'Secretary of State' }], notes: 'A note.' }));
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(base, []);
    let passed = 0;
    for (let n = 0; n < 3000; n++) {
      const c = clone(base);
      const path = paths[1 + random(paths.length - 1)]!;
      const parent = path.slice(0, -1).reduce<Bent>((v, k) => v[k] as Bent, c);
      // Now and then a key the schema does not know, beside the field (JSON gives lists no such keys).
      const extra = !Array.isArray(parent) && random(8) === 0;
      parent[extra ? 'extra' : path.at(-1)!] = odd[random(odd.length)];
      if (asIs(c)) passed++;
      expectKeptPromise(c);
    }
    // The check must still take the records it can: a check that refused everything would keep its promise too.
    expect(passed).toBeGreaterThan(100);
  });

  it('refuses to be built from a schema feature it has no rule for', () => {
    expect(() => asIsCheck(z.object({ mail: z.string().check(z.email()) }))).toThrow(/no rule/);
    expect(() => asIsCheck(z.union([z.string(), z.number()]))).toThrow(/no rule/);
  });
});
