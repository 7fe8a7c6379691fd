import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fullWindow } from '../data/query.ts';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import { loadFromFile, loadFromUrl, retryLoad, showBuiltIn } from './loading.ts';
import { resetStore, state } from './testing/store.ts';

const dataset = (...ids: string[]) =>
  JSON.stringify({
    version: 1,
    contacts: ids.map((id) => contact(id.includes('riyadh') ? { id, places: [RIYADH] } : { id })),
  });
const CSV = 'title,start,lat,lon,place\nTalks,2025-02-18,46.2,6.1,Geneva\nNo date,,46.2,6.1,Geneva\n';

/** A fetch whose answers the test hands out, one per request, in order or all at once. */
function fakeFetch() {
  const requests: Array<{ url: string; signal: AbortSignal; answer: (body: string, status?: number) => void }> = [];
  const fetch = vi.fn((url: string, init: { signal: AbortSignal }) => {
    return new Promise<Response>((resolve, reject) => {
      init.signal.addEventListener('abort', () => reject(init.signal.reason));
      requests.push({
        url,
        signal: init.signal,
        answer: (body, status = 200) =>
          resolve(new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' })),
      });
    });
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}
const served = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' })),
  );
const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });
const ids = () => state().dataset.index?.contacts.map((c) => c.id);

beforeEach(() => resetStore());
afterEach(() => vi.unstubAllGlobals());

describe('loading from a URL', () => {
  it('shows our own format whole: ready, indexed, the full window, nothing selected, the map told to fit', async () => {
    served(dataset('geneva', 'riyadh'));
    await loadFromUrl('https://example.org/data.json', 'data.json');
    const { dataset: ds, window, selection, mapView } = state();
    expect(ds).toMatchObject({ status: 'ready', origin: 'link', sourceLabel: 'data.json', failure: null, errors: [] });
    expect(ids()).toEqual(['geneva', 'riyadh']);
    expect(window).toEqual(fullWindow(ds.index!));
    expect(selection).toBeNull();
    expect(mapView).toBeNull();
  });

  it("applies the link's window, selection and map view together with the data", async () => {
    served(dataset('geneva', 'riyadh'));
    const linkedView = {
      window: { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 5, 1) },
      selection: { type: 'contact' as const, id: 'riyadh' },
      mapView: { lat: 24.7, lon: 46.7, zoom: 5 },
    };
    let changes = 0;
    const unsubscribe = (await import('./store.ts')).useAtlasStore.subscribe(() => changes++);
    await loadFromUrl('https://example.org/data.json', 'data.json', { linkedView });
    unsubscribe();
    const s = state();
    expect(s.window).toEqual(linkedView.window);
    expect(s.selection).toEqual({ type: 'contact', contact: s.dataset.index!.byId.get('riyadh') });
    expect(s.mapView).toEqual(linkedView.mapView);
    // One change for "loading", one for the data and the view together: never the data without the view.
    expect(changes).toBe(2);
  });

  it('names where data other than the built-in record came from, and notes a linked id it does not hold', async () => {
    served(dataset('geneva'));
    const linkedView = { selection: { type: 'contact' as const, id: 'fake' } };
    await loadFromUrl('https://other.example/d.json', 'https://other.example/d.json', {
      linkedView,
      provenance: { kind: 'origin', origin: 'https://other.example' },
    });
    expect(state().dataset.provenance).toEqual({ kind: 'origin', origin: 'https://other.example' });
    expect(state().selection).toBeNull();
    expect(state().linkNotes).toEqual([{ id: 'note.sel.missing', values: { value: '"fake"' } }]);
    await loadFromUrl('https://atlas.example/contacts.json', 'the built-in dataset');
    expect(state().dataset.provenance).toBeNull();
  });

  it('reads other formats through the importers and lists the rows it could not use', async () => {
    served(CSV);
    await loadFromUrl('https://example.org/contacts.csv', 'contacts.csv');
    expect(state().dataset.status).toBe('ready');
    expect(ids()).toEqual(['row-1']);
    expect(state().dataset.errors).toEqual([expect.objectContaining({ id: '#2', field: 'start' })]);
  });

  it('says "loading" until the data is there', async () => {
    const requests = fakeFetch();
    const done = loadFromUrl('https://example.org/data.json', 'data.json');
    expect(state().dataset.status).toBe('loading');
    requests[0]!.answer(dataset('a'));
    await done;
    expect(state().dataset.status).toBe('ready');
  });

  it('ends in a failure message when the server refuses', async () => {
    served('not found', 404);
    await loadFromUrl('https://example.org/missing.json', 'missing.json');
    expect(state().dataset).toMatchObject({
      status: 'failed',
      sourceLabel: 'missing.json',
      failure: 'Could not load missing.json: the server answered 404 Not Found.',
    });
  });

  it('ends in a failure message when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await loadFromUrl('https://example.org/data.json', 'data.json');
    expect(state().dataset).toMatchObject({ status: 'failed', failure: 'Could not load data.json: Failed to fetch.' });
  });

  it('names what is wrong with a file that is no dataset', async () => {
    served(JSON.stringify({ version: 2, contacts: [] }));
    await loadFromUrl('https://example.org/data.json', 'data.json');
    expect(state().dataset.failure).toBe('data.json: Unsupported dataset version 2: expected 1.');
    served('just words');
    await loadFromUrl('https://example.org/words.txt', 'words.txt');
    expect(state().dataset.failure).toMatch(/^words\.txt: The file is in no format/);
  });
});

describe('a failure after data is shown', () => {
  beforeEach(async () => {
    served(dataset('geneva'));
    await loadFromUrl('https://example.org/data.json', 'data.json');
  });

  it('keeps the data on screen, ready, and says what failed', async () => {
    const index = state().dataset.index;
    served('gone', 404);
    const reload = loadFromUrl('https://example.org/other.json', 'other.json');
    // Reloading over data never shows "loading": the old data stays usable meanwhile.
    expect(state().dataset.status).toBe('ready');
    await reload;
    expect(state().dataset).toMatchObject({ status: 'ready', index, sourceLabel: 'data.json' });
    expect(state().dataset.failure).toContain('other.json');
  });

  it('clears the message when a later load succeeds', async () => {
    served('gone', 404);
    await loadFromUrl('https://example.org/other.json', 'other.json');
    served(dataset('riyadh'));
    await loadFromUrl('https://example.org/third.json', 'third.json');
    expect(state().dataset.failure).toBeNull();
    expect(ids()).toEqual(['riyadh']);
  });
});

describe('a newer load', () => {
  it('aborts the older one, whose late answer changes nothing', async () => {
    const requests = fakeFetch();
    const first = loadFromUrl('https://example.org/first.json', 'first.json');
    const second = loadFromUrl('https://example.org/second.json', 'second.json');
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(requests[1]!.signal.aborted).toBe(false);
    requests[1]!.answer(dataset('second'));
    await Promise.all([first, second]);
    expect(ids()).toEqual(['second']);
    expect(state().dataset.failure).toBeNull();
  });

  it('from a file replaces a link still loading, and the link view is not applied to the file', async () => {
    const requests = fakeFetch();
    const link = loadFromUrl('https://example.org/data.json', 'data.json', {
      linkedView: { mapView: { lat: 1, lon: 2, zoom: 3 } },
    });
    await loadFromFile(file('mine.json', dataset('mine')));
    await link;
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(state().dataset).toMatchObject({ origin: 'file', sourceLabel: 'mine.json' });
    expect(state().mapView).toBeNull();
  });

  it('wins even when the older one finishes last without being abortable (a file being read)', async () => {
    let finishFirst: (text: string) => void = () => {};
    const slow = { name: 'slow.json', text: () => new Promise<string>((resolve) => (finishFirst = resolve)) };
    const first = loadFromFile(slow);
    await loadFromFile(file('fast.json', dataset('fast')));
    finishFirst(dataset('slow'));
    await first;
    expect(ids()).toEqual(['fast']);
  });
});

describe('loading a file', () => {
  it('marks the data as from a file, under its name, and names the file as its provenance', async () => {
    await loadFromFile(file('own.csv', CSV));
    expect(state().dataset).toMatchObject({
      status: 'ready',
      origin: 'file',
      sourceLabel: 'own.csv',
      provenance: { kind: 'file', name: 'own.csv' },
    });
    expect(state().dataset.errors).toHaveLength(1);
  });

  it('says so when the file cannot be read', async () => {
    await loadFromFile({ name: 'locked.json', text: () => Promise.reject(new Error('permission denied')) });
    expect(state().dataset).toMatchObject({
      status: 'failed',
      failure: 'Could not load locked.json: permission denied.',
    });
  });

  it('says so when the file is in no format we read', async () => {
    await loadFromFile(file('notes.txt', 'just some words'));
    expect(state().dataset.status).toBe('failed');
    expect(state().dataset.failure).toMatch(/^notes\.txt: The file is in no format Backchannel Atlas can import/);
  });
});

describe('a link that is slow, silent or cancelled', () => {
  afterEach(() => delete (globalThis as { ATLAS_LOAD_TIMEOUT_MS?: number }).ATLAS_LOAD_TIMEOUT_MS);

  it('shows what is loading and how much has come, then the data', async () => {
    served(dataset('geneva'));
    const seen: unknown[] = [];
    const unsubscribe = (await import('./store.ts')).useAtlasStore.subscribe((s) => seen.push(s.dataset.pending));
    await loadFromUrl('https://other.example/d.json', 'https://other.example/d.json', {
      provenance: { kind: 'origin', origin: 'https://other.example' },
    });
    unsubscribe();
    expect(seen).toContainEqual({ label: 'https://other.example/d.json', received: 0, total: null });
    expect(state().dataset.pending).toBeNull();
    expect(ids()).toEqual(['geneva']);
  });

  it('times out on a silent server with a message that Retry answers', async () => {
    (globalThis as { ATLAS_LOAD_TIMEOUT_MS?: number }).ATLAS_LOAD_TIMEOUT_MS = 300;
    const requests = fakeFetch();
    await loadFromUrl('https://other.example/d.json', 'd.json', {
      provenance: { kind: 'origin', origin: 'https://other.example' },
    });
    expect(state().dataset).toMatchObject({
      status: 'failed',
      retryable: true,
      failure: 'Could not load d.json: no answer for 300 ms.',
      failureProblem: { source: 'd.json', problem: { kind: 'silent', ms: 300 } },
    });
    const retry = retryLoad();
    requests[1]!.answer(dataset('geneva'));
    await retry;
    expect(state().dataset).toMatchObject({
      status: 'ready',
      failure: null,
      failureProblem: null,
      provenance: { kind: 'origin', origin: 'https://other.example' },
    });
  });

  it('Cancel stops the link and shows the built-in record instead', async () => {
    const requests = fakeFetch();
    const link = loadFromUrl('https://other.example/d.json', 'd.json', {
      provenance: { kind: 'origin', origin: 'https://other.example' },
      builtIn: 'https://atlas.example/contacts.json',
    });
    const fallback = showBuiltIn();
    expect(requests[0]!.signal.aborted).toBe(true);
    expect(requests[1]!.url).toBe('https://atlas.example/contacts.json');
    requests[1]!.answer(dataset('riyadh'));
    await Promise.all([link, fallback]);
    expect(state().dataset).toMatchObject({ status: 'ready', provenance: null, sourceLabel: 'the built-in dataset' });
    expect(ids()).toEqual(['riyadh']);
  });
});
