import type { Contact } from '../src/data/schema.ts';
import type { RecordError } from '../src/data/parse.ts';

/** What the format allows but our own dataset does not: every contact is summarised and sourced. */
export function checkPublishedRules(contacts: readonly Contact[]): RecordError[] {
  const errors: RecordError[] = [];
  for (const c of contacts) {
    if (!c.summary)
      errors.push({ id: c.id, field: 'summary', message: 'a summary is required in the published dataset' });
    if (!c.sources.length)
      errors.push({ id: c.id, field: 'sources', message: 'at least one source is required in the published dataset' });
  }
  return errors;
}
