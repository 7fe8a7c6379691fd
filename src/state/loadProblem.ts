// Why a link's data did not arrive, as data: the views say it in the interface language
// (src/i18n/loadText.ts); the error's own message is a terse English note for logs and tests only.

export type LoadProblem =
  | { kind: 'silent'; ms: number }
  | { kind: 'stalled'; received: number; ms: number }
  | { kind: 'status'; status: number; statusText: string }
  | { kind: 'cors'; origin: string }
  | { kind: 'unreachable'; origin: string };

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
  }
}
