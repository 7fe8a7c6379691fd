// The boundary: untrusted JSON in, typed contacts plus a list of what was rejected and why out.
// One bad record never sinks the rest; every rejection names the record and the field.
import { contactSchema, type Contact } from './schema.ts';
import { parsePartialDate, periodEnd, periodStart } from './dates.ts';

export interface RecordError {
  /** The record's id, or "#n" (its position) when it has no usable id. */
  id: string;
  field: string;
  message: string;
}

export interface ParseResult {
  contacts: Contact[];
  errors: RecordError[];
  /** Set when the file as a whole is unusable (not JSON of the right shape); contacts is then empty. */
  fatal?: string;
}

function pathToField(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(record)';
}

function recordLabel(raw: unknown, position: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? id : `#${position + 1}`;
}

/** Checks the schema cannot express: real calendar dates, in order. */
export function checkDates(contact: Contact): Array<Omit<RecordError, 'id'>> {
  const errors: Array<Omit<RecordError, 'id'>> = [];
  const fields: Array<[string, string | undefined]> = [
    ['start', contact.start],
    ['end', contact.end],
    ['disclosed', contact.disclosed],
    ...contact.sources.map((s, i): [string, string | undefined] => [`sources[${i}].published`, s.published]),
  ];
  for (const [field, value] of fields) {
    if (value !== undefined && !parsePartialDate(value)) {
      errors.push({ field, message: `"${value}" is not a real date` });
    }
  }
  // The end period must reach past the start: "2025-02-14" to "2025-02" is fine, "2025-03" to "2025-02" is not.
  if (
    contact.end &&
    parsePartialDate(contact.end) &&
    parsePartialDate(contact.start) &&
    periodEnd(contact.end) <= periodStart(contact.start)
  ) {
    errors.push({ field: 'end', message: `end ${contact.end} is before start ${contact.start}` });
  }
  return errors;
}

export function parseContact(raw: unknown, position: number): { contact?: Contact; errors: RecordError[] } {
  const id = recordLabel(raw, position);
  const result = contactSchema.safeParse(raw);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => ({ id, field: pathToField(issue.path), message: issue.message })),
    };
  }
  const errors = checkDates(result.data).map((e) => ({ id, ...e }));
  return errors.length ? { errors } : { contact: result.data, errors };
}

export function parseDataset(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      contacts: [],
      errors: [],
      fatal: 'The file is not a dataset: expected an object with "version" and "contacts".',
    };
  }
  const { version, contacts: rawContacts } = json as { version?: unknown; contacts?: unknown };
  if (version !== 1) {
    return { contacts: [], errors: [], fatal: `Unsupported dataset version ${JSON.stringify(version)}: expected 1.` };
  }
  if (!Array.isArray(rawContacts)) {
    return { contacts: [], errors: [], fatal: 'The dataset has no "contacts" array.' };
  }
  const contacts: Contact[] = [];
  const errors: RecordError[] = [];
  const seen = new Set<string>();
  rawContacts.forEach((raw, i) => {
    const parsed = parseContact(raw, i);
    errors.push(...parsed.errors);
    if (!parsed.contact) return;
    if (seen.has(parsed.contact.id)) {
      errors.push({ id: parsed.contact.id, field: 'id', message: 'duplicate id: an earlier record already uses it' });
      return;
    }
    seen.add(parsed.contact.id);
    contacts.push(parsed.contact);
  });
  return { contacts, errors };
}

export function formatRecordError(e: RecordError): string {
  return `${e.id}: ${e.field}: ${e.message}`;
}
