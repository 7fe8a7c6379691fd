import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { effectiveDirective: string; blockedURI: string }) => void;

/** The module as a page would load it, with a document whose violation listener the test can call. */
async function loadWithDocument() {
  let report: Listener = () => undefined;
  vi.stubGlobal('document', {
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'securitypolicyviolation') report = listener;
    },
  });
  vi.stubGlobal('location', { href: 'https://atlas.example/app/?data=x' });
  vi.resetModules();
  const { fetchFailureReason } = await import('./fetchFailure.ts');
  return { fetchFailureReason, report };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('why a fetch failed', () => {
  it('names the policy when it refused the address, reported as the full URL or only its origin', async () => {
    const { fetchFailureReason, report } = await loadWithDocument();
    report({ effectiveDirective: 'connect-src', blockedURI: 'http://other.example/data.json' });
    report({ effectiveDirective: 'connect-src', blockedURI: 'http://third.example' });
    const failed = new TypeError('Failed to fetch');
    await expect(fetchFailureReason('http://other.example/data.json', failed)).resolves.toEqual({
      kind: 'csp',
      origin: 'http://other.example',
    });
    await expect(fetchFailureReason('http://third.example/a/b.csv', failed)).resolves.toEqual({
      kind: 'csp',
      origin: 'http://third.example',
    });
  });

  it('a violation reported just after the rejection still counts', async () => {
    const { fetchFailureReason, report } = await loadWithDocument();
    const reason = fetchFailureReason('http://late.example/x.json', new TypeError('Failed to fetch'));
    report({ effectiveDirective: 'connect-src', blockedURI: 'http://late.example/x.json' });
    await expect(reason).resolves.toEqual({ kind: 'csp', origin: 'http://late.example' });
  });

  it('otherwise gives the error as it was: other directives and other addresses are not blamed', async () => {
    const { fetchFailureReason, report } = await loadWithDocument();
    report({ effectiveDirective: 'img-src', blockedURI: 'http://other.example/data.json' });
    report({ effectiveDirective: 'connect-src', blockedURI: 'http://elsewhere.example/data.json' });
    await expect(fetchFailureReason('http://other.example/data.json', new TypeError('Failed to fetch'))).resolves.toBe(
      'Failed to fetch',
    );
    await expect(fetchFailureReason('fixtures/missing.json', new Error('the server answered 404'))).resolves.toBe(
      'the server answered 404',
    );
  });
});

describe('another site that refuses or cannot be reached', () => {
  it('tells a server without CORS headers (it answers an opaque request) from one that is not there', async () => {
    const { fetchFailureReason } = await loadWithDocument();
    vi.stubGlobal('location', { href: 'https://atlas.example/app/', origin: 'https://atlas.example' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 200 })),
    );
    const failed = new TypeError('Failed to fetch');
    await expect(fetchFailureReason('https://data.example/a.json', failed)).resolves.toEqual({
      kind: 'cors',
      origin: 'https://data.example',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchFailureReason('https://gone.example/a.json', failed)).resolves.toEqual({
      kind: 'unreachable',
      origin: 'https://gone.example',
    });
    await expect(fetchFailureReason('https://atlas.example/own.json', failed)).resolves.toBe('Failed to fetch');
  });
});

describe('without a page around it', () => {
  it('gives the error as it was, even for a relative address', async () => {
    vi.resetModules();
    const { fetchFailureReason } = await import('./fetchFailure.ts');
    await expect(fetchFailureReason('data.json', new TypeError('Failed to fetch'))).resolves.toBe('Failed to fetch');
  });
});
