import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietLimit, readBody, type Progress } from './readBody.ts';
import { fetchEarly, takeEarly } from './earlyResponse.ts';

/** A response whose body arrives in the given parts; `hang` leaves the stream open after them. */
function streamed(parts: string[], { hang = false, length }: { hang?: boolean; length?: number } = {}) {
  const bytes = parts.map((p) => new TextEncoder().encode(p));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const b of bytes) controller.enqueue(b);
      if (!hang) controller.close();
    },
  });
  const size = length ?? bytes.reduce((n, b) => n + b.byteLength, 0);
  return new Response(body, { headers: { 'Content-Length': String(size) } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { ATLAS_LOAD_TIMEOUT_MS?: number }).ATLAS_LOAD_TIMEOUT_MS;
});

describe('reading a dataset with progress', () => {
  it('reports what has arrived against the announced size, and returns the text whole', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(['{"a":', '"é"}'])),
    );
    const seen: Progress[] = [];
    const text = await readBody('https://x.example/d.json', new AbortController().signal, {
      progress: (p) => seen.push(p),
    });
    expect(text).toBe('{"a":"é"}');
    expect(seen.at(-1)).toEqual({ received: 10, total: 10 });
    expect(seen.slice(0, 2)).toEqual([
      { received: 0, total: null },
      { received: 0, total: 10 },
    ]);
  });

  it('reports a file that arrives in hundreds of chunks at once a few times, not once per chunk', async () => {
    const parts = Array.from({ length: 500 }, (_, i) => `${i % 10}`);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(parts)),
    );
    const seen: Progress[] = [];
    const text = await readBody('https://x.example/d.json', new AbortController().signal, {
      progress: (p) => seen.push(p),
    });
    expect(text).toHaveLength(500);
    expect(seen.length).toBeLessThan(10);
    expect(seen.at(-1)).toEqual({ received: 500, total: 500 });
  });

  it('shows what came before a server stalled, even when it came in one burst', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(['ab', 'cd', 'ef'], { hang: true, length: 12 })),
    );
    const seen: Progress[] = [];
    const abort = new AbortController();
    const reading = readBody('https://x.example/d.json', abort.signal, { progress: (p) => seen.push(p) }, 5000);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ received: 6, total: 12 }));
    abort.abort();
    await expect(reading).rejects.toBeDefined();
  });

  it('keeps a character whose bytes arrive in two chunks', async () => {
    const bytes = new TextEncoder().encode('"Genève"');
    const at = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, at));
        controller.enqueue(bytes.slice(at));
        controller.close();
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
    expect(await readBody('https://x.example/d.json', new AbortController().signal, {})).toBe('"Genève"');
  });

  it('drops a total the server got wrong', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(['abcdef'], { length: 3 })),
    );
    const seen: Progress[] = [];
    await readBody('https://x.example/d.json', new AbortController().signal, { progress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ received: 6, total: null });
  });

  it('gives up on a server that never answers, and on one that stops sending, saying which', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
      ),
    );
    await expect(readBody('https://x.example/d.json', new AbortController().signal, {}, 40)).rejects.toMatchObject({
      problem: { kind: 'silent', ms: 40 },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(['x'.repeat(2048)], { hang: true, length: 9000 })),
    );
    await expect(readBody('https://x.example/d.json', new AbortController().signal, {}, 1000)).rejects.toMatchObject({
      problem: { kind: 'stalled', received: 2048, ms: 1000 },
    });
  });

  it('a cancelled read is an abort, not a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => streamed(['x'], { hang: true })),
    );
    const cancel = new AbortController();
    const reading = readBody('https://x.example/d.json', cancel.signal, { progress: () => cancel.abort() }, 5000);
    await expect(reading).rejects.toHaveProperty('name', 'AbortError');
  });

  it('says when the server refuses, and takes its wait from the page when a test sets one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 404, statusText: 'Not Found' })),
    );
    await expect(readBody('https://x.example/d.json', new AbortController().signal, {})).rejects.toMatchObject({
      problem: { kind: 'status', status: 404, statusText: 'Not Found' },
    });
    expect(quietLimit()).toBe(30_000);
    (globalThis as { ATLAS_LOAD_TIMEOUT_MS?: number }).ATLAS_LOAD_TIMEOUT_MS = 1500;
    expect(quietLimit()).toBe(1500);
  });
});

describe('a dataset asked for before the app ran (earlyResponse)', () => {
  it('is read once from the early fetch; a retry of the same address fetches it anew', async () => {
    const fetch = vi.fn(async () => streamed(['{"v":1}']));
    vi.stubGlobal('fetch', fetch);
    fetchEarly('https://x.example/early.json');
    expect(fetch).toHaveBeenCalledTimes(1);
    const first = await readBody('https://x.example/early.json', new AbortController().signal, {});
    expect(first).toBe('{"v":1}');
    expect(fetch).toHaveBeenCalledTimes(1);
    await readBody('https://x.example/early.json', new AbortController().signal, {});
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is aborted with the load that took it, and another address is not served from it', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        signals.push(init!.signal!);
        return new Promise<Response>((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
        );
      }),
    );
    fetchEarly('https://x.example/slow.json');
    const load = new AbortController();
    const reading = readBody('https://x.example/slow.json', load.signal, {});
    expect(signals).toHaveLength(1);
    load.abort(new DOMException('superseded', 'AbortError'));
    await expect(reading).rejects.toThrow('superseded');
    expect(signals[0]!.aborted).toBe(true);
    expect(takeEarly('https://x.example/other.json', new AbortController().signal)).toBeNull();
  });
});
