// The boundary: untrusted JSON in, typed contacts plus a list of what was rejected and why out.
// One bad record never sinks the rest; every rejection names the record and the field.
import { contactSchema, SCHEMA_MESSAGES, type Contact } from './schema.ts';
import { say, type DataSaid, type DataSaidId } from './dataSaid.ts';
import { parsePartialDate, periodEnd, periodStart } from './dates.ts';
import { cleanStrings, cleanText, quoteValue } from './text.ts';
import { repeatSharer } from './shareRepeats.ts';
import { asIsCheck } from './asIs.ts';

export interface RecordError {
  /** The record's id, or "#n" (its position) when it has no usable id. */
  id: string;
  field: string;
  message: string;
  /** The message as data, for the interface language (the English `message` stays, for files and logs). */
  said?: DataSaid;
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
  fatalSaid?: DataSaid;
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
      errors.push({
        field,
        message: `${quoteValue(value)} is not a real date`,
        said: say('record.notRealDate', { value: quoteValue(value) }),
      });
    } else if (date.y < YEAR_RANGE.first || date.y > YEAR_RANGE.last) {
      errors.push({
        field,
        message: `${quoteValue(value)} is outside the years the atlas shows (${YEAR_RANGE.first}–${YEAR_RANGE.last})`,
        said: say('record.outsideYears', {
          value: quoteValue(value),
          first: String(YEAR_RANGE.first),
          last: String(YEAR_RANGE.last),
        }),
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
    errors.push({
      field: 'end',
      message: `end ${contact.end} is before start ${contact.start}`,
      said: say('record.endBeforeStart', { end: contact.end, start: contact.start }),
    });
  }
  return errors;
}

const contactAsIs = asIsCheck(contactSchema);

export function parseContact(
  raw: unknown,
  position: number,
  clean = true,
): { contact?: Contact; errors: RecordError[] } {
  const id = recordLabel(raw, position);
  // Most records are already as the schema would leave them: those are kept, not copied (see asIs.ts).
  const result = contactAsIs(raw) ? { success: true as const, data: raw as Contact } : contactSchema.safeParse(raw);
  if (!result.success) return { errors: issueErrors(id, raw, result.error.issues) };
  const errors = checkDates(result.data).map((e) => ({ id, ...e }));
  // Text is cleaned once here (text.ts), so every view and export shows the same thing.
  if (errors.length) return { errors };
  return { contact: clean ? cleanStrings(result.data) : result.data, errors };
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
    ...describeIssue(issue, valueAt(raw, issue.path)),
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

const EXPECTED_WORDS: Record<string, [string, DataSaidId]> = {
  string: ['text', 'expected.text'],
  number: ['a number', 'expected.number'],
  boolean: ['true or false', 'expected.boolean'],
  array: ['a list', 'expected.list'],
  object: ['an object', 'expected.object'],
};

/** The schema's own messages (schema.ts), each with its message id. */
const SCHEMA_SAID = new Map<string, DataSaidId>(
  Object.entries(SCHEMA_MESSAGES).map(([key, text]) => [text, `schema.${key}` as DataSaidId]),
);

type Described = { message: string; said: DataSaid };

function describeFound(value: unknown): Described {
  const as = (message: string, said: DataSaid) => ({ message, said });
  if (value === undefined) return as('nothing (the field is missing)', say('found.missing'));
  if (value === null) return as('null', say('found.null'));
  if (typeof value === 'string')
    return value.trim()
      ? as(`the text ${quoteValue(value)}`, say('found.text', { value: quoteValue(value) }))
      : as('an empty text', say('found.emptyText'));
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? as(`the number ${value}`, say('found.number', { value: String(value) }))
      : as(String(value), say('found.value', { value: String(value) }));
  if (Array.isArray(value))
    return value.length
      ? as(`a list of ${value.length}`, say('found.list', { count: value.length }))
      : as('an empty list', say('found.emptyList'));
  if (typeof value === 'object') return as('an object', say('found.object'));
  return as(quoteValue(value), say('found.value', { value: quoteValue(value) }));
}

/** "expected …, found …" for one schema issue; the schema's own words come first where it has them. */
function describeIssue(issue: Issue, value: unknown): Described {
  const found = describeFound(value);
  const own = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  if (own) {
    const ownId = SCHEMA_SAID.get(own);
    const ownSaid = ownId ? say(ownId) : say('found.value', { value: own });
    return { message: `${own}; found ${found.message}`, said: say('record.own', { own: ownSaid, found: found.said }) };
  }
  const expected = (words: string, said: DataSaid): Described => ({
    message: `expected ${words}, found ${found.message}`,
    said: say('record.expected', { expected: said, found: found.said }),
  });
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'number' && typeof value === 'number')
        return expected('a finite number', say('expected.finite'));
      const known = EXPECTED_WORDS[issue.expected ?? ''];
      const raw = String(issue.expected);
      return known ? expected(known[0], say(known[1])) : expected(raw, say('found.value', { value: raw }));
    }
    case 'invalid_value': {
      const values = [...(issue.values ?? [])].map(String).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const list = values.map((v) => `"${v}"`).join(', ');
      return values.length > 1
        ? expected(`one of ${list}`, say('expected.oneOf', { values: list }))
        : expected(list, say('found.value', { value: list }));
    }
    case 'too_small':
      return typeof value === 'string'
        ? expected('text', say('expected.text'))
        : expected(`at least ${String(issue.minimum)}`, say('expected.atLeast', { min: String(issue.minimum) }));
    case 'too_big':
      return expected(`at most ${String(issue.maximum)}`, say('expected.atMost', { max: String(issue.maximum) }));
    default:
      return { message: `not valid here, found ${found.message}`, said: say('record.notValid', { found: found.said }) };
  }
}

/** True for JSON in our own format, whatever else is wrong with it; other JSON goes to the importers. */
export function isOwnFormat(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'contacts' in json && 'version' in json;
}

/** The records of a dataset, or why the file as a whole cannot be one. */
export function datasetRecords(json: unknown): { records: unknown[] } | ParseResult {
  const unusable = (fatal: string, fatalSaid: DataSaid): ParseResult => ({
    contacts: [],
    errors: [],
    fatal,
    fatalSaid,
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return unusable(
      'The file is not a dataset: expected an object with "version" and "contacts".',
      say('file.notDataset'),
    );
  const { version, contacts } = json as { version?: unknown; contacts?: unknown };
  if (version !== 1)
    return unusable(
      `Unsupported dataset version ${JSON.stringify(version)}: expected 1.`,
      say('file.version', { version: String(JSON.stringify(version)) }),
    );
  if (!Array.isArray(contacts)) return unusable('The dataset has no "contacts" array.', say('file.noContacts'));
  return { records: contacts };
}

export interface RecordCollector {
  /** The next record of the file, as JSON.parse gave it; `clean: false` as for parseDataset. */
  add(raw: unknown, clean: boolean): void;
  /** The contacts kept and every problem found, in the file's order. */
  result(): ParseResult;
}

/** Records judged one at a time, in the file's order: each valid one is kept, unless an earlier one has its
 * id; each problem is listed. Equal values are shared as contacts are kept (shareRepeats.ts). */
export function recordCollector(): RecordCollector {
  const contacts: Contact[] = [];
  const errors: RecordError[] = [];
  const seen = new Set<string>();
  const share = repeatSharer();
  let position = 0;
  return {
    add(raw, clean) {
      const parsed = parseContact(raw, position++, clean);
      errors.push(...parsed.errors);
      if (!parsed.contact) return;
      if (seen.has(parsed.contact.id)) {
        errors.push({
          id: parsed.contact.id,
          field: 'id',
          message: 'duplicate id: an earlier record already uses it',
          said: say('record.duplicateId'),
        });
        return;
      }
      seen.add(parsed.contact.id);
      contacts.push(share(parsed.contact));
    },
    result: () => ({ contacts, errors }),
  };
}

/** `clean: false` when the caller knows no string needs cleanText (see jsonMayNeedCleaning). The contacts
 * returned may be the very objects given, with repeated values in them shared: pass JSON parsed for this call. */
export function parseDataset(json: unknown, { clean = true } = {}): ParseResult {
  const dataset = datasetRecords(json);
  if (!('records' in dataset)) return dataset;
  const collector = recordCollector();
  for (const raw of dataset.records) collector.add(raw, clean);
  return collector.result();
}

export function formatRecordError(e: RecordError): string {
  return `${e.id}: ${e.field}: ${e.message}`;
}
