// Why a fetch failed, in words for the user. A fetch that the page's Content-Security-Policy refuses fails
// just like a network error; only a securitypolicyviolation event says why, so those are recorded here.
const refused: string[] = [];

if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective === 'connect-src') refused.push(event.blockedURI);
  });
}

export async function fetchFailureReason(url: string, error: unknown): Promise<string> {
  // The violation event is dispatched as a task of its own, which may come after the fetch's rejection.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const target = absolute(url);
  if (target && refused.some((blocked) => blocked === target.href || blocked === target.origin))
    return `this site's Content-Security-Policy does not allow loading data from ${target.origin}`;
  return error instanceof Error ? error.message : String(error);
}

function absolute(url: string): URL | null {
  try {
    return new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
}
