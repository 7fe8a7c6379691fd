// Secret contacts and how long they stayed secret: from the start of the contact to the first report of it
// (`disclosed`). Both dates may be partial; the lag is then measured between the first days of the periods
// they name, and marked approximate.
import { datePrecision, DAY_MS, periodStart } from './dates.ts';
import type { Contact } from './schema.ts';

const MONTH_DAYS = 30.44;

export interface DisclosureLag {
  /** Whole months from the start of the contact to its first public report (0 for under half a month). */
  months: number;
  /** Days, for lags too short to count in months. */
  days: number;
  /** True when either date is known only to the month or year. */
  approximate: boolean;
}

/** The lag of a secret contact, or null for one that was never secret (no `disclosed`). A report dated
 * before the start (a channel announced before a later session) counts as no lag. */
export function disclosureLag(contact: Pick<Contact, 'start' | 'disclosed'>): DisclosureLag | null {
  if (!contact.disclosed) return null;
  const from = periodStart(contact.start);
  const to = periodStart(contact.disclosed);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  const days = Math.max(0, Math.round((to - from) / DAY_MS));
  return {
    months: Math.round(days / MONTH_DAYS),
    days,
    approximate: datePrecision(contact.start) !== 'day' || datePrecision(contact.disclosed) !== 'day',
  };
}

/** "8 months", "about 8 months", "12 days", "the same day". */
export function describeLag(lag: DisclosureLag): string {
  const about = lag.approximate ? 'about ' : '';
  if (lag.days < 1) return lag.approximate ? 'within the same period' : 'the same day';
  if (lag.months < 1) return `${about}${lag.days} day${lag.days === 1 ? '' : 's'}`;
  return `${about}${lag.months} month${lag.months === 1 ? '' : 's'}`;
}

export interface LagBin {
  label: string;
  /** Inclusive range of whole months. */
  min: number;
  max: number;
  count: number;
}

const BINS: Array<Pick<LagBin, 'label' | 'min' | 'max'>> = [
  { label: '0', min: 0, max: 0 },
  { label: '1–3', min: 1, max: 3 },
  { label: '4–6', min: 4, max: 6 },
  { label: '7–12', min: 7, max: 12 },
  { label: '13–24', min: 13, max: 24 },
  { label: '25+', min: 25, max: Infinity },
];

export function lagBinOf(months: number): number {
  return BINS.findIndex((b) => months >= b.min && months <= b.max);
}

/** How many of the given contacts were made public after how long, in months (secret ones only). */
export function lagDistribution(contacts: Iterable<Pick<Contact, 'start' | 'disclosed'>>): LagBin[] {
  const bins = BINS.map((b) => ({ ...b, count: 0 }));
  for (const c of contacts) {
    const lag = disclosureLag(c);
    if (lag) bins[lagBinOf(lag.months)]!.count++;
  }
  return bins;
}
