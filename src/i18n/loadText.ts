// A load problem and a byte count in the interface language: "the server sent 1.2 KB and then nothing more
// for 1.5 seconds", "сервер надіслав 1,2 КБ…".
import { saidText } from './saidText.ts';
import type { LoadProblem } from '../state/loadProblem.ts';
import type { I18n } from './translate.ts';
import { BUILT_IN_LABEL } from '../state/provenance.ts';

export function loadProblemText(i18n: I18n, problem: LoadProblem): string {
  switch (problem.kind) {
    case 'silent':
      return i18n.t('load.silent', { seconds: seconds(problem.ms) });
    case 'stalled':
      return i18n.t('load.stalled', { size: sizeText(i18n, problem.received), seconds: seconds(problem.ms) });
    case 'status':
      return i18n.t('load.status', { status: `${problem.status} ${problem.statusText}`.trim() });
    case 'cors':
      return i18n.t('load.cors', { origin: problem.origin });
    case 'unreachable':
      return i18n.t('load.unreachable', { origin: problem.origin });
    case 'csp':
      return i18n.t('load.csp', { origin: problem.origin });
    case 'chunk':
      return i18n.t('load.chunk', { detail: problem.detail });
    case 'file':
      return saidText(i18n, problem.said);
  }
}

/** Seconds with at most one decimal, for a plural message. */
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** "900 bytes", "1.2 KB", "3.0 MB" in the interface language. */
export function sizeText(i18n: I18n, bytes: number): string {
  if (bytes < 1024) return i18n.t('load.size.bytes', { count: bytes });
  const kb = bytes / 1024;
  if (kb < 1024) return i18n.t('load.size.kb', { size: decimals(i18n, kb, kb < 10 ? 1 : 0) });
  return i18n.t('load.size.mb', { size: decimals(i18n, kb / 1024, 1) });
}

function decimals(i18n: I18n, value: number, digits: number): string {
  return new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** What the data is called: the built-in record's label in the language, a link or a file name as it is. */
export function sourceName(i18n: I18n, label: string): string {
  return label === BUILT_IN_LABEL ? i18n.t('source.builtIn') : label;
}
