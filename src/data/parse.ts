// The boundary: untrusted JSON in, typed contacts plus a list of what was rejected and why out.
// One bad record never sinks the rest; every rejection names the record and the field.
import { contactSchema, type Contact } from './schema.ts';
import { parsePartialDate, periodEnd, periodStart } from './dates.ts';
import { cleanStrings, cleanText, quoteValue } from './text.ts';

export interface RecordError {
  /** The record's id, or "#n" (its position) when it has no usable id. */
  id: string;
  field: string;
  message: string;
  /** A value was replaced by a default or left out, and the record was still used. Absent: the record
   * (or, for "(header)", nothing) could not be used for this reason. */
  warning?: boolean;
}

/** The years a date may fall in: the atlas covers diplomacy of our time, so "0050" or "9999" is a typo. */
export const YEAR_RANGE = { first: 1900, last: 2100 } as const;

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
  return typeof id === 'string' && id.trim() ? cleanText(id) : `#${position + 1}`;
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
    if (value === undefined) continue;
    const date = parsePartialDate(value);
    if (!date) {
      errors.push({ field, message: `${quoteValue(value)} is not a real date` });
    } else if (date.y < YEAR_RANGE.first || date.y > YEAR_RANGE.last) {
      errors.push({
        field,
        message: `${quoteValue(value)} is outside the years the atlas shows (${YEAR_RANGE.first}–${YEAR_RANGE.last})`,
      });
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
  if (!result.success) return { errors: issueErrors(id, raw, result.error.issues) };
  const errors = checkDates(result.data).map((e) => ({ id, ...e }));
  // Text is cleaned once here (text.ts), so every view and export shows the same thing.
  return errors.length ? { errors } : { contact: cleanStrings(result.data), errors };
}

/** A schema's issues with a record, each as the field and "expected …, found …" (also for stories). */
export function issueErrors(
  id: string,
  raw: unknown,
  issues: ReadonlyArray<Issue & { path: ReadonlyArray<PropertyKey> }>,
): RecordError[] {
  return issues.map((issue) => ({
    id,
    field: pathToField(issue.path),
    message: describeIssue(issue, valueAt(raw, issue.path)),
  }));
}

interface Issue {
  code: string;
  message: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
}

/** The raw value a schema issue is about (zod reports NaN as null, and not at all without reportInput). */
function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() ? `the text ${quoteValue(value)}` : 'an empty text';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return 'an object';
  return quoteValue(value);
}

/** "expected …, found …" for one schema issue; the schema's own words come first where it has them. */
function describeIssue(issue: Issue, value: unknown): string {
  const found = `found ${describeFound(value)}`;
  const own = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  if (own) return `${own}; ${found}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof value === 'number') return `expected a finite number, ${found}`;
      return `expected ${EXPECTED_WORDS[issue.expected ?? ''] ?? issue.expected}, ${found}`;
    case 'invalid_value': {
      const values = [...(issue.values ?? [])].map(String).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      return `expected ${values.length > 1 ? 'one of ' : ''}${values.map((v) => `"${v}"`).join(', ')}, ${found}`;
    }
    case 'too_small':
      return typeof value === 'string'
        ? `expected text, ${found}`
        : `expected at least ${String(issue.minimum)}, ${found}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}, ${found}`;
    default:
      return `not valid here, ${found}`;
  }
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
