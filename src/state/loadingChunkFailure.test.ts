// The importers chunk failing to load (offline, or replaced by a new release) must end the load with a
// message, not leave the app "loading". The mock makes every import of the chunk fail.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contact } from '../data/testing/fixtures.ts';
import { loadFromFile, loadFromUrl } from './loading.ts';
import { resetStore, state } from './testing/store.ts';

vi.mock('../data/formats/importers.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module: importers-x.js');
});

const CSV = 'title,start,lat,lon\nTalks,2025-02-18,46.2,6.1\n';
const ours = JSON.stringify({ version: 1, contacts: [contact({ id: 'shown' })] });

beforeEach(() => resetStore());
afterEach(() => vi.unstubAllGlobals());

describe('when the importers chunk cannot be loaded', () => {
  it('a link to another format ends in a failure message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(CSV)),
    );
    await loadFromUrl('https://example.org/contacts.csv', 'contacts.csv');
    expect(state().dataset.status).toBe('failed');
    expect(state().dataset.failure).toMatch(
      /^Could not load contacts\.csv: the part of the app that reads this format did not load \(.*\); try again\.$/,
    );
  });

  it('a file in another format fails the same way, and the data already shown stays', async () => {
    await loadFromFile({ name: 'shown.json', text: async () => ours });
    await loadFromFile({ name: 'own.csv', text: async () => CSV });
    expect(state().dataset).toMatchObject({ status: 'ready', sourceLabel: 'shown.json' });
    expect(state().dataset.index!.contacts.map((c) => c.id)).toEqual(['shown']);
    expect(state().dataset.failure).toContain('own.csv');
  });

  it('our own format still loads: it needs no importer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(ours)),
    );
    await loadFromUrl('https://example.org/data.json', 'data.json');
    expect(state().dataset.status).toBe('ready');
  });
});
