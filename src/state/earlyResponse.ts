// A fetch started before the app's code has run (app/earlyFetches.ts), handed to the first reader of the
// same address. Knows nothing of the store: readBody takes the response as if it had asked for it.
const started = new Map<string, { response: Promise<Response>; abort: AbortController }>();

export function fetchEarly(url: string): void {
  if (started.has(url)) return;
  const abort = new AbortController();
  const response = fetch(url, { signal: abort.signal });
  // Whoever takes it hears of a failure; until then it must not count as unhandled.
  response.catch(() => {});
  started.set(url, { response, abort });
}

/** The early fetch of `url`, once: a later load of the same address (a retry) fetches it anew. Aborting
 * `signal` aborts it, as it would a fetch of the reader's own. */
export function takeEarly(url: string, signal: AbortSignal): Promise<Response> | null {
  const early = started.get(url);
  if (!early) return null;
  started.delete(url);
  if (signal.aborted) early.abort.abort(signal.reason);
  else signal.addEventListener('abort', () => early.abort.abort(signal.reason), { once: true });
  return early.response;
}
