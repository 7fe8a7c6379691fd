// A sentence kept as data (src/data/said.ts) in the interface language: its message, with values that are
// themselves sentences said first.
import type { Said, SaidValue } from '../data/said.ts';
import type { LinkNoteId } from '../state/linkNote.ts';
import type { DataSaidId } from '../data/dataSaid.ts';
import type { dataNotice } from '../state/provenance.ts';
import type { MessageId } from './catalogs/en.ts';
import type { I18n } from './translate.ts';

/** Every id the state and data code can say; each must be a message (checked below, at compile time). */
export type SaidId = LinkNoteId | DataSaidId | ReturnType<typeof dataNotice>['id'];

// Fails to compile when an id has no English message (catalogs.test.ts then checks uk and ru).
const everyIdIsAMessage: [Exclude<SaidId, MessageId>] extends [never] ? true : never = true;
void everyIdIsAMessage;

/** The sentence as plain text (for a file, a title or a test); <code> marks (an address's keys) drop out. */
export function saidText(i18n: I18n, said: Said<SaidId>): string {
  return saidParts<string>(i18n, said, { value: (v) => v, code: join, group: join }).join('');
}

export interface SaidWrappers<T> {
  /** A value from the data or the address (a file name, a quoted value), not words of the interface. */
  value(text: string): T;
  code(chunks: (string | T)[]): T;
  /** A sentence inside a sentence, as one piece. */
  group(parts: (string | T)[]): T;
}

/** The sentence in pieces, its values and <code> marks wrapped by the caller (as elements, in a view). */
export function saidParts<T>(i18n: I18n, { id, values }: Said<SaidId>, wrap: SaidWrappers<T>): (string | T)[] {
  const out: Record<string, string | number | T | ((chunks: (string | T)[]) => T)> = { code: wrap.code };
  for (const [name, value] of Object.entries(values ?? {})) out[name] = valueOf(i18n, value, wrap);
  return i18n.rich<T>(id, out);
}

function valueOf<T>(i18n: I18n, value: SaidValue, wrap: SaidWrappers<T>): string | number | T {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return wrap.value(value);
  return wrap.group(saidParts(i18n, value as Said<SaidId>, wrap));
}

const join = (parts: string[]) => parts.join('');
