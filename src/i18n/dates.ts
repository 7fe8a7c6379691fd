// Dates in the interface language. English keeps the record's own compact forms (data/dates.ts:
// "12 Feb 2025", "14–16 Feb 2025"); Ukrainian and Russian use Intl's month names and ranges, in UTC so
// a date never shifts with the viewer's time zone.
import {
  formatDateSpan as formatDateSpanEn,
  formatPartialDate as formatPartialDateEn,
  formatUtcDay,
  isApproximateDate,
  parsePartialDate,
} from '../data/dates.ts';
import type { Locale } from '../state/store.ts';

export interface LocalDates {
  /** "Feb 2025", "лют. 2025 р.": a partial date (YYYY, YYYY-MM or YYYY-MM-DD) in words. */
  partialDate(value: string): string;
  /** A contact's date or span; `approx` is the word added to approximate ones ("(approx.)"). */
  dateSpan(start: string, end: string | undefined, approx: string): string;
  /** An instant as a UTC day. */
  utcDay(ms: number): string;
}

const UTC = { timeZone: 'UTC' } as const;

function intlDates(locale: Locale): LocalDates {
  const day = new Intl.DateTimeFormat(locale, { ...UTC, day: 'numeric', month: 'short', year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { ...UTC, month: 'short', year: 'numeric' });
  const partialDate = (value: string) => {
    const p = parsePartialDate(value);
    if (!p) return value;
    if (p.m === undefined) return String(p.y);
    const date = new Date(Date.UTC(p.y, p.m - 1, p.d ?? 1));
    return (p.d === undefined ? month : day).format(date);
  };
  return {
    partialDate,
    dateSpan(start, end, approx) {
      const suffix = isApproximateDate(start, end) ? ` ${approx}` : '';
      if (!end || end === start) return partialDate(start) + suffix;
      const a = parsePartialDate(start);
      const b = parsePartialDate(end);
      if (a?.d !== undefined && b?.d !== undefined && a.y === b.y && a.m === b.m) {
        // Intl writes a range within one month the way the language does: "14–16 лют. 2025 р.".
        return day.formatRange(Date.UTC(a.y, a.m! - 1, a.d), Date.UTC(b.y, b.m! - 1, b.d));
      }
      return `${partialDate(start)} – ${partialDate(end)}${suffix}`;
    },
    utcDay: (ms) => day.format(ms),
  };
}

const englishDates: LocalDates = {
  partialDate: formatPartialDateEn,
  dateSpan: (start, end, approx) => {
    const text = formatDateSpanEn(start, end);
    // data/dates.ts writes the English word itself; a catalog may word it differently.
    return text.endsWith(' (approx.)') ? `${text.slice(0, -' (approx.)'.length)} ${approx}` : text;
  },
  utcDay: formatUtcDay,
};

export function localDates(locale: Locale): LocalDates {
  return locale === 'en' ? englishDates : intlDates(locale);
}
