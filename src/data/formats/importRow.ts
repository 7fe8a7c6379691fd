// One foreign row while it is being converted: what to call it in messages, and what went wrong with it.
// A row is either imported (perhaps with warnings) or rejected with the reason; nothing goes unreported.
import { say, type DataSaid } from '../dataSaid.ts';
import type { RecordError } from '../parse.ts';
import type { ContactDraft } from './drafts.ts';
import type { Converted } from './importResult.ts';
import { normalizeId } from './values.ts';

export interface Row {
  id: string;
  label: string;
  problems: RecordError[];
  unusable: boolean;
}

export function openRow(rawId: unknown, position: number): Row {
  const id = normalizeId(rawId);
  return { id: id ?? `row-${position}`, label: id ?? `#${position}`, problems: [], unusable: false };
}

/** The row cannot become a contact: it is left out, and this says why. */
export function reject(row: Row, field: string, message: string, why: DataSaid): void {
  row.unusable = true;
  row.problems.push({
    id: row.label,
    field,
    message: `${message}; the row was not imported`,
    said: say('record.rowDropped', { reason: why }),
  });
}

/** The row is imported, but a value in it was replaced or left out. */
export function warn(row: Row, field: string, message: string, why: DataSaid): void {
  row.problems.push({ id: row.label, field, message, said: why, warning: true });
}

export function finishRow(row: Row, contact: ContactDraft | null): Converted {
  return contact && !row.unusable ? { contact, problems: row.problems } : { problems: row.problems };
}
