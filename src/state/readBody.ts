// Fetches a dataset's text while saying how much has arrived, and gives up on a server that goes quiet: no
// answer, or no more bytes, for `quietMs` (30 s by default). A steady slow download is not cut off: only
// silence is. Knows nothing of the store; loading.ts turns the progress into state.
import { fetchFailureReason } from './fetchFailure.ts';
import { LoadFailure } from './loadProblem.ts';
import { takeEarly } from './earlyResponse.ts';

export interface Progress {
  received: number;
  /** From Content-Length; null when the server does not say (or says less than it sends). */
  total: number | null;
}

export const QUIET_MS = 30_000;
const PROGRESS_EVERY_MS = 100;

/** Tests shorten the wait by setting globalThis.ATLAS_LOAD_TIMEOUT_MS before the app starts. */
export function quietLimit(): number {
  const set = Number((globalThis as { ATLAS_LOAD_TIMEOUT_MS?: unknown }).ATLAS_LOAD_TIMEOUT_MS);
  return Number.isFinite(set) && set > 0 ? set : QUIET_MS;
}

export interface BodyListeners {
  /** How much has arrived, at most ten times a second. */
  progress?: (progress: Progress) => void;
  /** Each piece of the text as it is decoded, in order, before the whole is returned. */
  text?: (text: string) => void;
}

export async function readBody(
  url: string,
  signal: AbortSignal,
  { progress: onProgress = () => {}, text: onText = () => {} }: BodyListeners = {},
  quietMs = quietLimit(),
): Promise<string> {
  const silence = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heldBack: ReturnType<typeof setTimeout> | undefined;
  const awake = () => {
    clearTimeout(timer);
    timer = setTimeout(() => silence.abort(), quietMs);
  };
  const both = AbortSignal.any([signal, silence.signal]);
  let received = 0;
  const quiet = () =>
    new LoadFailure(received ? { kind: 'stalled', received, ms: quietMs } : { kind: 'silent', ms: quietMs });
  awake();
  onProgress({ received, total: null });
  try {
    let response: Response;
    try {
      response = await (takeEarly(url, both) ?? fetch(url, { signal: both }));
    } catch (err) {
      if (signal.aborted) throw err;
      if (silence.signal.aborted) throw quiet();
      const reason = await fetchFailureReason(url, err);
      throw typeof reason === 'string' ? new Error(reason, { cause: err }) : new LoadFailure(reason, { cause: err });
    }
    if (both.aborted) throw signal.aborted ? signal.reason : quiet();
    if (!response.ok)
      throw new LoadFailure({ kind: 'status', status: response.status, statusText: response.statusText });
    const length = Number(response.headers.get('Content-Length'));
    let total = Number.isFinite(length) && length > 0 ? length : null;
    if (!response.body) {
      const text = await response.text();
      onText(text);
      return text;
    }
    const reader = response.body.getReader();
    // Not every body stops by itself when its request is aborted: stop reading it here.
    both.addEventListener('abort', () => void reader.cancel(both.reason).catch(() => {}), { once: true });
    // Decoded as it arrives, while the main thread waits for the network anyway, not all at the end.
    const decoder = new TextDecoder();
    const parts: string[] = [];
    onProgress({ received, total });
    let reportedAt = performance.now();
    const report = () => {
      clearTimeout(heldBack);
      heldBack = undefined;
      reportedAt = performance.now();
      onProgress({ received, total });
    };
    for (;;) {
      awake();
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (err) {
        if (signal.aborted) throw err;
        if (silence.signal.aborted) throw quiet();
        throw err;
      }
      if (chunk.done && both.aborted) throw signal.aborted ? signal.reason : quiet();
      if (chunk.done) break;
      const part = decoder.decode(chunk.value, { stream: true });
      parts.push(part);
      onText(part);
      received += chunk.value.byteLength;
      if (total !== null && received > total) total = null;
      // A large file arrives in hundreds of chunks, and each report is a store change every view checks:
      // ten a second are plenty to read. One held back is sent when its turn comes, so a server that
      // stalls after a burst still shows how much came.
      const wait = PROGRESS_EVERY_MS - (performance.now() - reportedAt);
      if (wait <= 0) report();
      else heldBack ??= setTimeout(report, wait);
    }
    report();
    const last = decoder.decode();
    parts.push(last);
    onText(last);
    return parts.join('');
  } finally {
    clearTimeout(timer);
    clearTimeout(heldBack);
  }
}
