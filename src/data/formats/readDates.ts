// Foreign dates to our partial dates ("2025", "2025-02", "2025-02-18"), keeping the precision given.
import { say } from '../dataSaid.ts';
import { PARTIAL_DATE } from '../schema.ts';
import { reject, warn, type Row } from './importRow.ts';
import { describe, isBlank, isRecord, textOf, type Json } from './values.ts';

const DATE_FORMS = 'expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time';
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/**
 * A partial date from "2025", "2025-02", "2025-02-18", an ISO date-time (the date as written, so a time
 * zone never moves the day) or a TimelineJS {year, month?, day?} object. Whether the day exists is left
 * to parseDataset.
 */
export function toPartialDate(value: unknown): string | null {
  if (isRecord(value)) return timelineDate(value);
  const text = textOf(value);
  if (PARTIAL_DATE.test(text)) return text;
  return ISO_DATE_TIME.exec(text)?.[1] ?? null;
}

/** The precision TimelineJS gives is kept: {year: 2025, month: 2} becomes "2025-02". */
function timelineDate(parts: Json): string | null {
  const year = datePart(parts.year, 4);
  const month = datePart(parts.month, 2);
  const day = datePart(parts.day, 2);
  if (year == null || month === null || day === null) return null;
  const y = String(year).padStart(4, '0');
  if (month === undefined) return day === undefined ? y : null;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** undefined when the part is absent, null when it is there but not a whole number of at most `digits` digits. */
function datePart(value: unknown, digits: number): number | null | undefined {
  if (isBlank(value)) return undefined;
  const text = textOf(value);
  return new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : null;
}

export function readStart(row: Row, field: string, value: unknown): string {
  const date = toPartialDate(value);
  if (date) return date;
  if (isBlank(value)) reject(row, field, 'no start date', say('record.noStart'));
  else
    reject(
      row,
      field,
      `${describe(value)} is not a usable date (${DATE_FORMS})`,
      say('record.badStart', { value: describe(value) }),
    );
  return '';
}

export function readEnd(row: Row, field: string, value: unknown): string | undefined {
  if (isBlank(value)) return undefined;
  const date = toPartialDate(value);
  if (date) return date;
  warn(
    row,
    field,
    `${describe(value)} is not a usable date (${DATE_FORMS}); the end date was left out`,
    say('record.badEnd', { value: describe(value) }),
  );
  return undefined;
}
