// Periods typed by hand ("2023", "2023-05", "2023-05-17") or clicked on the timeline's axis, as windows,
// and windows back into words. Windows end exclusively (the first instant after), words end inclusively.
import { DAY_MS, formatUtcDay, parsePartialDate, periodEnd, periodStart } from './dates.ts';
import type { TimeWindow } from './query.ts';

/** What is wrong with a typed period: `problem` and `text` let the interface say it in its language. */
export interface PeriodProblem {
  field: 'from' | 'to';
  problem: 'empty' | 'invalid' | 'order';
  text: string;
  error: string;
}

export type PeriodResult = { window: TimeWindow } | PeriodProblem;

const FORMS = 'use YYYY, YYYY-MM or YYYY-MM-DD';

function bound(value: string, field: 'from' | 'to'): number | PeriodProblem {
  const text = value.trim();
  if (!text)
    return { field, problem: 'empty', text, error: `${field === 'from' ? 'From' : 'To'}: enter a date (${FORMS})` };
  if (!parsePartialDate(text))
    return {
      field,
      problem: 'invalid',
      text,
      error: `${field === 'from' ? 'From' : 'To'}: "${text}" is not a date (${FORMS})`,
    };
  // "to 2024" means to the end of 2024: the window ends where the period does.
  return field === 'from' ? periodStart(text) : periodEnd(text);
}

/** The window from the start of `from`'s period to the end of `to`'s, or what is wrong with them. */
export function readPeriod(from: string, to: string): PeriodResult {
  const start = bound(from, 'from');
  if (typeof start !== 'number') return start;
  const end = bound(to, 'to');
  if (typeof end !== 'number') return end;
  if (end <= start)
    return { field: 'to', problem: 'order', text: to.trim(), error: 'To: the end comes before the start' };
  return { window: { start, end } };
}

/** "1 Jan 2023 – 31 Dec 2024": the first day and the last day the window touches. */
export function describeWindow(win: TimeWindow): string {
  const first = formatUtcDay(win.start);
  const last = formatUtcDay(win.end - 1);
  return first === last ? first : `${first} – ${last}`;
}

/** The window's first and last day as YYYY-MM-DD, as the inputs show them. */
export function windowDays(win: TimeWindow): { from: string; to: string } {
  const day = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  return { from: day(win.start), to: day(win.end - 1) };
}
