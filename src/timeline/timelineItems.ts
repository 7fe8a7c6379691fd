// Contacts to timeline items, with no timeline library in sight. Past a few hundred contacts in range the
// timeline's stacking and the reader would choke, so we show counts per track per period
// instead, and single items once the user has zoomed in far enough.
import type { ContactIndex } from '../data/contactIndex.ts';
import { DAY_MS, formatDateSpan, formatPartialDate, isApproximateDate, periodStart } from '../data/dates.ts';
import { describeLag, disclosureLag, type DisclosureLag } from '../data/disclosure.ts';
import { contactsInWindow, type TimeWindow, type TrackToggles } from '../data/query.ts';
import { TRACKS, type Contact, type Track } from '../data/schema.ts';
import { TRACK_LABELS, trackClass } from '../ui/tracks.ts';

export interface TimelineItem {
  id: string;
  group: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  text: string;
  /** Spoken and tooltip text: title, date, track. */
  label: string;
  className: string;
}

/** The words of the items' labels and tooltips, in the interface language. */
export interface ItemWords {
  /** A contact's spoken and tooltip text: title, date, track, and whether disputed or secret. */
  contact(c: Contact): string;
  /** The text on a disclosure line and its spoken text. */
  disclosure(c: Contact, lag: DisclosureLag): { text: string; label: string };
  /** A count of contacts of one track starting in one period. */
  bucket(count: number, track: Track, unit: ReturnType<typeof bucketUnit>): string;
}

export const ENGLISH_ITEM_WORDS: ItemWords = {
  contact(c) {
    const flags =
      (c.confidence === 'disputed' ? ', disputed' : '') +
      (c.disclosed ? `, secret until ${formatPartialDate(c.disclosed)}` : '');
    return `${c.title}, ${formatDateSpan(c.start, c.end)}, ${TRACK_LABELS[c.track]}${flags}`;
  },
  disclosure(c, lag) {
    const words = describeLag(lag);
    return {
      text: `made public after ${words}`,
      label: `${c.title}: secret; made public ${formatPartialDate(c.disclosed!)}, after ${words}`,
    };
  },
  bucket: (n, track, unit) => `${n} ${TRACK_LABELS[track]} contacts starting in this ${unit}; activate to zoom in`,
};

export interface Highlights {
  selected: ReadonlySet<number>;
  related: ReadonlySet<number>;
  hovered: ReadonlySet<number>;
  /** The contacts the open story's step shows. */
  story?: ReadonlySet<number>;
}

/** Past this many contacts in range, counts per period replace single items: a thousand dots already fill
 * the rows at full range, and the record (541 contacts) must open as contacts, not as counts. */
export const MAX_SINGLE_ITEMS = 1000;

/** Room a label needs on the time axis, in pixels; below that, items are drawn as dots and bars. */
export const LABEL_ROOM_PX = 70;

/** Labels only when the window is sparse enough that they would not stack into a wall of text. */
export function wantLabels(visibleInWindow: number, widthPx: number): boolean {
  return visibleInWindow * LABEL_ROOM_PX <= widthPx;
}

export function contactItemId(contact: number): string {
  return `c${contact}`;
}

/** Whether items built for one window still serve another (a pan inside the covered range, same zoom). */
export function itemsStillServe(shown: ItemsResult, win: TimeWindow, labels: boolean): boolean {
  if (shown.labels !== labels) return false;
  if (win.start < shown.covers.start || win.end > shown.covers.end) return false;
  return shown.mode === 'contacts' || shown.unit === bucketUnit(win.end - win.start);
}

export function disclosureItemId(contact: number): string {
  return `d${contact}`;
}

export function parseItemId(id: string | number): { contact: number } | { bucket: TimeWindow } | null {
  const s = String(id);
  // A disclosure line stands for its contact: activating it selects the contact.
  if (s.startsWith('c') || s.startsWith('d')) return { contact: Number(s.slice(1)) };
  const m = /^b[^:]+:(-?\d+):(-?\d+)$/.exec(s);
  return m ? { bucket: { start: Number(m[1]), end: Number(m[2]) } } : null;
}

function contactItem(index: ContactIndex, i: number, hl: Highlights, labels: boolean, words: ItemWords): TimelineItem {
  const c = index.contacts[i]!;
  const approx = isApproximateDate(c.start, c.end);
  const start = index.startMs[i]!;
  const end = index.endMs[i]!;
  const single = !approx && end - start <= DAY_MS;
  const classes = ['contact', trackClass(c.track)];
  if (!labels) classes.push('is-compact');
  if (approx) classes.push('is-approx');
  if (c.confidence === 'disputed') classes.push('is-disputed');
  if (c.disclosed) classes.push('is-secret');
  if (hl.selected.has(i)) classes.push('is-selected');
  if (hl.related.has(i)) classes.push('is-related');
  if (hl.story?.has(i)) classes.push('is-story');
  if (hl.hovered.has(i)) classes.push('is-hovered');
  return {
    id: contactItemId(i),
    group: c.track,
    start,
    end: single ? undefined : end,
    type: single ? 'point' : 'range',
    text: labels ? (approx ? '≈ ' : '') + (c.confidence === 'disputed' ? '? ' : '') + c.title : '',
    label: words.contact(c),
    className: classes.join(' '),
  };
}

/** The line from a secret contact to its first public report, or null when there is no time between them
 * to draw (reported the same day or period). */
function disclosureItem(
  index: ContactIndex,
  i: number,
  hl: Highlights,
  labels: boolean,
  words: ItemWords,
): TimelineItem | null {
  const c = index.contacts[i]!;
  const lag = disclosureLag(c);
  if (!lag || lag.days < 1) return null;
  const classes = ['disclosure', trackClass(c.track)];
  if (hl.selected.has(i)) classes.push('is-selected');
  if (hl.hovered.has(i)) classes.push('is-hovered');
  const { text, label } = words.disclosure(c, lag);
  return {
    id: disclosureItemId(i),
    group: c.track,
    start: index.startMs[i]!,
    end: periodStart(c.disclosed!),
    type: 'range',
    text: labels ? text : '',
    label,
    className: classes.join(' '),
  };
}

/** Contact items, each followed by its disclosure line when those are switched on. */
function contactItems(
  index: ContactIndex,
  positions: Iterable<number>,
  hl: Highlights,
  labels: boolean,
  disclosures: boolean,
  words: ItemWords,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const i of positions) {
    items.push(contactItem(index, i, hl, labels, words));
    const line = disclosures ? disclosureItem(index, i, hl, labels, words) : null;
    if (line) items.push(line);
  }
  return items;
}

/** The period length that gives roughly 40–80 buckets across the visible window. */
export function bucketUnit(spanMs: number): 'day' | 'week' | 'month' | 'quarter' | 'year' {
  const days = spanMs / DAY_MS;
  if (days <= 90) return 'day';
  if (days <= 600) return 'week';
  if (days <= 2500) return 'month';
  if (days <= 7000) return 'quarter';
  return 'year';
}

export function bucketStart(t: number, unit: ReturnType<typeof bucketUnit>): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return Date.UTC(y, m, d.getUTCDate());
    case 'week': {
      const day = Date.UTC(y, m, d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
    }
    case 'month':
      return Date.UTC(y, m, 1);
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1);
    case 'year':
      return Date.UTC(y, 0, 1);
  }
}

function nextBucket(start: number, unit: ReturnType<typeof bucketUnit>): number {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return start + DAY_MS;
    case 'week':
      return start + 7 * DAY_MS;
    case 'month':
      return Date.UTC(y, m + 1, 1);
    case 'quarter':
      return Date.UTC(y, m + 3, 1);
    case 'year':
      return Date.UTC(y + 1, 0, 1);
  }
}

export interface ItemsResult {
  mode: 'contacts' | 'counts';
  labels: boolean;
  /** The period counted per item in 'counts' mode; a zoom that changes it needs new items. */
  unit?: ReturnType<typeof bucketUnit>;
  items: TimelineItem[];
  /** The time range these items cover; outside it the timeline must ask again. */
  covers: TimeWindow;
}

/**
 * Items for the window plus one window's width on each side, so a drag shows items before it ends.
 * Small datasets get every contact at once and never need to be asked again.
 */
export function toTimelineItems(
  index: ContactIndex,
  win: TimeWindow,
  tracks: TrackToggles,
  hl: Highlights,
  labels: boolean,
  mask: Uint8Array | null = null,
  max = MAX_SINGLE_ITEMS,
  disclosures = false,
  words: ItemWords = ENGLISH_ITEM_WORDS,
): ItemsResult {
  const on = TRACKS.map((t) => tracks[t]);
  const shows = (i: number) => on[index.track[i]!] && (!mask || mask[i] === 1);
  if (index.contacts.length <= max) {
    const shown = index.contacts.map((_, i) => i).filter(shows);
    const items = contactItems(index, shown, hl, labels, disclosures, words);
    return { mode: 'contacts', labels, items, covers: { start: -Infinity, end: Infinity } };
  }
  const span = win.end - win.start;
  const covers = { start: win.start - span, end: win.end + span };
  const inRange = contactsInWindow(index, covers).filter(shows);
  if (inRange.length <= max) {
    return { mode: 'contacts', labels, items: contactItems(index, inRange, hl, labels, disclosures, words), covers };
  }
  const unit = bucketUnit(span);
  const counts = new Map<string, { track: number; start: number; n: number }>();
  for (const i of inRange) {
    const t = index.track[i]!;
    const start = bucketStart(Math.max(index.startMs[i]!, covers.start), unit);
    const key = `${t}:${start}`;
    const b = counts.get(key);
    if (b) b.n++;
    else counts.set(key, { track: t, start, n: 1 });
  }
  const items: TimelineItem[] = [];
  for (const b of counts.values()) {
    const track = TRACKS[b.track]!;
    const end = nextBucket(b.start, unit);
    items.push({
      id: `b${track}:${b.start}:${end}`,
      group: track,
      start: b.start,
      end,
      type: 'range',
      text: String(b.n),
      label: words.bucket(b.n, track, unit),
      className: `bucket ${trackClass(track)}`,
    });
  }
  return { mode: 'counts', labels, unit, items, covers };
}
