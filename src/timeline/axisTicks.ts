// The timeline's time axis as data: which instants get a label at a given zoom, and what each says. Pure:
// dates in UTC like every date of the app ("2023" on the axis is the year the filters mean), names from
// Intl in the interface language, so no date library is needed.
import type { TimeWindow } from '../data/query.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

type Unit = 'hour' | 'day' | 'month' | 'year';

interface Step {
  unit: Unit;
  count: number;
  /** The least room one label of this step needs, in pixels. */
  room: number;
}

/** Finest first. Month names need more room than day numbers; a year needs about four digits' worth. */
const STEPS: Step[] = [
  { unit: 'hour', count: 1, room: 48 },
  { unit: 'hour', count: 3, room: 48 },
  { unit: 'hour', count: 6, room: 48 },
  { unit: 'hour', count: 12, room: 48 },
  { unit: 'day', count: 1, room: 30 },
  { unit: 'day', count: 2, room: 30 },
  { unit: 'day', count: 7, room: 30 },
  { unit: 'month', count: 1, room: 44 },
  { unit: 'month', count: 3, room: 44 },
  { unit: 'month', count: 6, room: 44 },
  { unit: 'year', count: 1, room: 48 },
  { unit: 'year', count: 2, room: 48 },
  { unit: 'year', count: 5, room: 48 },
  { unit: 'year', count: 10, room: 48 },
];

const APPROX_MS: Record<Unit, number> = { hour: HOUR_MS, day: DAY_MS, month: 30.44 * DAY_MS, year: 365.25 * DAY_MS };

export interface Tick {
  time: number;
  text: string;
  /** The year or month the label names, which a click on it shows; null for days and hours. */
  period: TimeWindow | null;
}

export interface AxisTicks {
  minor: Tick[];
  /** The larger period the minor labels belong to ("March 2022" over its days); none over years. */
  major: Tick[];
}

function startOf(t: number, unit: Unit, count: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  switch (unit) {
    case 'hour':
      return Math.floor(t / (count * HOUR_MS)) * count * HOUR_MS;
    case 'day':
      // Weeks start on Monday; other day steps count from the month's first day, as calendars do.
      if (count === 7) {
        const day = Date.UTC(y, d.getUTCMonth(), d.getUTCDate());
        return day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
      }
      return Date.UTC(y, d.getUTCMonth(), 1 + Math.floor((d.getUTCDate() - 1) / count) * count);
    case 'month':
      return Date.UTC(y, Math.floor(d.getUTCMonth() / count) * count, 1);
    case 'year':
      return Date.UTC(Math.floor(y / count) * count, 0, 1);
  }
}

function add(t: number, unit: Unit, count: number): number {
  const d = new Date(t);
  switch (unit) {
    case 'hour':
      return t + count * HOUR_MS;
    case 'day': {
      if (count === 7) return t + 7 * DAY_MS;
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + count);
      const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      // Steps start again on the 1st, so labels fall on the same days in every month; a last label closer
      // to the 1st than one step would crowd it, and is left out.
      return next > nextMonth - count * DAY_MS ? nextMonth : next;
    }
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + count, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + count, 0, 1);
  }
}

function monthOf(t: number): TimeWindow {
  const d = new Date(t);
  return {
    start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1),
    end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
  };
}

function yearOf(t: number): TimeWindow {
  const y = new Date(t).getUTCFullYear();
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): (t: number) => string {
  // English as the rest of the app writes dates: "18 February 2025", not "February 18, 2025".
  if (locale === 'en') locale = 'en-GB';
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return (t) => f.format(t);
}

/** The coarsest-enough step: the finest whose labels get their room at this scale. */
export function axisStep(spanMs: number, widthPx: number): Step {
  const pxPerMs = widthPx / Math.max(1, spanMs);
  return STEPS.find((s) => APPROX_MS[s.unit] * s.count * pxPerMs >= s.room) ?? STEPS[STEPS.length - 1]!;
}

/** Labels for `range` (often wider than the window, so a pan finds them drawn) at the zoom of `window`. */
export function axisTicks(window: TimeWindow, widthPx: number, locale: string, range: TimeWindow = window): AxisTicks {
  const step = axisStep(window.end - window.start, widthPx);
  const minorText =
    step.unit === 'hour'
      ? format(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      : step.unit === 'day'
        ? format(locale, { day: 'numeric' })
        : step.unit === 'month'
          ? format(locale, { month: 'short' })
          : format(locale, { year: 'numeric' });
  const minor: Tick[] = [];
  for (let t = startOf(range.start, step.unit, step.count); t < range.end; t = add(t, step.unit, step.count)) {
    const period = step.unit === 'month' ? monthOf(t) : step.unit === 'year' ? yearOf(t) : null;
    minor.push({ time: t, text: minorText(t), period });
  }
  const major: Tick[] = [];
  const majorUnit: Unit | null =
    step.unit === 'hour' ? 'day' : step.unit === 'day' ? 'month' : step.unit === 'month' ? 'year' : null;
  if (majorUnit) {
    const majorText =
      majorUnit === 'day'
        ? format(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' })
        : majorUnit === 'month'
          ? format(locale, { month: 'long', year: 'numeric' })
          : format(locale, { year: 'numeric' });
    // The period the window starts in is named too, at the left edge, as long as it is in view.
    for (let t = startOf(range.start, majorUnit, 1); t < range.end; t = add(t, majorUnit, 1)) {
      const period = majorUnit === 'month' ? monthOf(t) : majorUnit === 'year' ? yearOf(t) : null;
      major.push({ time: t, text: majorText(t), period });
    }
  }
  return { minor, major };
}
