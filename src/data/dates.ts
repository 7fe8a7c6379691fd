// Partial dates ("2025", "2025-02", "2025-02-12") stand for a whole period; these helpers turn them into
// UTC millisecond intervals and back into words. All in UTC so a date never shifts with the viewer's zone.
import { PARTIAL_DATE } from './schema.ts';

export type DatePrecision = 'year' | 'month' | 'day';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAY_MS = 86_400_000;

export function datePrecision(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

export interface DateParts {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

// A dataset repeats the same few thousand days: each is parsed once. Loading 100,000 contacts asks for
// about a million parses (checks, index, timeline), which took a tenth of first interactive. Any string
// can arrive here, so the cache is emptied when it grows past what real dates could fill.
const parsed = new Map<string, DateParts | null>();
const MAX_CACHED = 50_000;

/** Parts of a partial date, or null when the string is not one or names no real day (2025-02-30). */
export function parsePartialDate(value: string): DateParts | null {
  let parts = parsed.get(value);
  if (parts === undefined) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parts = readPartialDate(value);
    parsed.set(value, parts);
  }
  return parts;
}

function readPartialDate(value: string): DateParts | null {
  if (!PARTIAL_DATE.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (m !== undefined && d !== undefined) {
    const back = new Date(Date.UTC(y, m - 1, d));
    if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  }
  // Frozen: every caller asking for this date gets this same object.
  return Object.freeze({ y, m, d });
}

/** First instant of the period the partial date names. */
export function periodStart(value: string): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  return Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1);
}

/** First instant after the period the partial date names (exclusive end). */
export function periodEnd(value: string): number {
  const p = parsePartialDate(value);
  if (!p) return Number.NaN;
  if (p.d !== undefined) return Date.UTC(p.y, (p.m ?? 1) - 1, p.d + 1);
  if (p.m !== undefined) return Date.UTC(p.y, p.m, 1);
  return Date.UTC(p.y + 1, 0, 1);
}

export function formatPartialDate(value: string): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${MONTHS[p.m - 1]} ${p.y}`;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/** "12 Feb 2025", "14–16 Feb 2025", "Mar 2022 – Sep 2023 (approx.)": how a contact's date reads on screen. */
export function formatDateSpan(start: string, end?: string): string {
  const suffix = isApproximateDate(start, end) ? ' (approx.)' : '';
  if (!end || end === start) return formatPartialDate(start) + suffix;
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a?.d !== undefined && b?.d !== undefined && a.y === b.y && a.m === b.m) {
    return `${a.d}–${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}${suffix}`;
}

export function isApproximateDate(start: string, end?: string): boolean {
  return datePrecision(start) !== 'day' || (end !== undefined && datePrecision(end) !== 'day');
}

/** Whole days from a to b, for "made public 8 months later". */
export function describeDelay(fromMs: number, toMs: number): string {
  const days = Math.round((toMs - fromMs) / DAY_MS);
  if (days < 1) return 'the same day';
  if (days < 45) return `${days} day${days === 1 ? '' : 's'} later`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `about ${months} months later`;
  return `about ${Math.round(days / 365.25)} years later`;
}

export function formatUtcDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
