// Plain foreign values (strings, numbers, anything) read as text, numbers, lists or ids. No row, no
// messages: the readers in readFields.ts, readDates.ts and readSources.ts decide what is a problem.
import { quoteValue } from '../text.ts';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lowercase, with runs of other characters as "-", starting with a letter or digit, as the schema wants. */
export function normalizeId(raw: unknown): string | null {
  const id = textOf(raw)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // "Genève" becomes "geneve" rather than "gen-ve"
    .toLowerCase()
    // Invalid characters at the ends go rather than leave a dangling "-": "Talks (2025)" is "talks-2025".
    .replace(/^[^a-z0-9._-]+|[^a-z0-9._-]+$/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  return id || null;
}

export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = textOf(value);
    if (text) return text;
  }
  return '';
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function firstPresent(...values: unknown[]): unknown {
  return values.find((value) => !isBlank(value));
}

export function optionalNotes(value: unknown): { notes?: string } {
  const notes = textOf(value);
  return notes ? { notes } : {};
}

/** A value quoted for a message, cut short so one huge cell does not flood the list (text.ts). */
export function describe(value: unknown): string {
  return quoteValue(value);
}

// Decimal degrees as people write them: "46.2", "-77.03", ".5", or with a decimal comma ("46,2", as a
// European spreadsheet writes it). Not what Number() also takes: "0x1A", "0b101", "0o7", "1e3", "Infinity".
const DECIMAL = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = textOf(value);
  if (!DECIMAL.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** A ";"-separated string or an array; non-string items are kept for parseDataset to judge. */
export function splitList(value: unknown): unknown[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(';') : [];
  return items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
}
