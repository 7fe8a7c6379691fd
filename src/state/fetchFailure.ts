// Why a fetch failed, in words for the user. A fetch that the page's Content-Security-Policy refuses fails
// just like a network error; only a securitypolicyviolation event says why, so those are recorded here.
import type { LoadProblem } from './loadProblem.ts';

const refused: string[] = [];

if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective === 'connect-src') refused.push(event.blockedURI);
  });
}

export async function fetchFailureReason(url: string, error: unknown): Promise<string | LoadProblem> {
  // The violation event is dispatched as a task of its own, which may come after the fetch's rejection.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const target = absolute(url);
  if (target && refused.some((blocked) => blocked === target.href || blocked === target.origin))
    return { kind: 'csp', origin: target.origin };
  // A browser tells a server that refuses other sites (no CORS header) from one that cannot be reached only
  // by a second, opaque request: it succeeds when the server is there.
  const page = globalThis.location?.origin;
  if (target && page && target.origin !== page && error instanceof TypeError) {
    return { kind: (await reachable(target.href)) ? 'cors' : 'unreachable', origin: target.origin };
  }
  return error instanceof Error ? error.message : String(error);
}

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

function absolute(url: string): URL | null {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
}
