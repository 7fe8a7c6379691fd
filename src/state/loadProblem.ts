// Why a link's data did not arrive, as data: the views say it in the interface language
// (src/i18n/loadText.ts); the error's own message is a terse English note for logs and tests only.
import type { DataSaid } from '../data/dataSaid.ts';

export type LoadProblem =
  | { kind: 'silent'; ms: number }
  | { kind: 'stalled'; received: number; ms: number }
  | { kind: 'status'; status: number; statusText: string }
  | { kind: 'cors'; origin: string }
  | { kind: 'unreachable'; origin: string }
  /** The page's Content-Security-Policy refused the address. */
  | { kind: 'csp'; origin: string }
  /** The part of the app that reads other formats did not arrive (offline, a deploy in between). */
  | { kind: 'chunk'; detail: string }
  /** The file came, but is not data we can read: what is wrong with it, as data. */
  | { kind: 'file'; said: DataSaid };

export class LoadFailure extends Error {
  constructor(
    readonly problem: LoadProblem,
    options?: ErrorOptions,
  ) {
    super(note(problem), options);
  }
}

function note(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'silent':
      return `no answer for ${problem.ms} ms`;
    case 'stalled':
      return `${problem.received} bytes, then nothing for ${problem.ms} ms`;
    case 'status':
      return `the server answered ${problem.status} ${problem.statusText}`.trim();
    case 'cors':
      return `${problem.origin} sends no CORS header`;
    case 'unreachable':
      return `${problem.origin} could not be reached`;
    case 'csp':
      return `this site's Content-Security-Policy does not allow loading data from ${problem.origin}`;
    case 'chunk':
      return `the part of the app that reads this format did not load (${problem.detail}); try again`;
    case 'file':
      return 'the file is not data the app can read';
  }
}
