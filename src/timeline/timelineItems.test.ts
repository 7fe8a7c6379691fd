import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { ALL_TRACKS_ON } from '../data/query.ts';
import { periodStart } from '../data/dates.ts';
import { contact } from '../data/testing/fixtures.ts';
import { bucketUnit, MAX_SINGLE_ITEMS, parseItemId, toTimelineItems, wantLabels } from './timelineItems.ts';

const none = { selected: new Set<number>(), related: new Set<number>(), hovered: new Set<number>() };

describe('toTimelineItems', () => {
  it('draws approximate dates as marked ranges and exact days as points', () => {
    const index = buildIndex([contact({ id: 'a', start: '2023-04' }), contact({ id: 'b', start: '2025-02-12' })]);
    const { items } = toTimelineItems(index, { start: 0, end: Date.UTC(2030, 0) }, ALL_TRACKS_ON, none, true);
    expect(items.map((i) => parseItemId(i.id))).toEqual([{ contact: 0 }, { contact: 1 }]);
    const [month, day] = items;
    expect(month!.type).toBe('range');
    expect(month!.start).toBe(periodStart('2023-04'));
    expect(month!.end).toBe(periodStart('2023-05'));
    expect(month!.className).toContain('is-approx');
    expect(month!.text.startsWith('≈')).toBe(true);
    expect(day!.type).toBe('point');
    expect(day!.end).toBeUndefined();
    expect(day!.text).toBe(index.contacts[1]!.title);
  });

  it('marks contacts that were secret at the time, and says until when', () => {
    const index = buildIndex([
      contact({ id: 'open', start: '2024-05-02' }),
      contact({ id: 'secret', start: '2024-05-03', disclosed: '2024-09' }),
    ]);
    const { items } = toTimelineItems(index, { start: 0, end: Date.UTC(2030, 0) }, ALL_TRACKS_ON, none, true);
    const [open, secret] = items;
    expect(open!.className).not.toContain('is-secret');
    expect(secret!.className).toContain('is-secret');
    expect(secret!.label).toContain('secret until Sep 2024');
  });

  it('leaves switched-off tracks out', () => {
    const index = buildIndex([contact({ track: '2' }), contact({ track: '1' })]);
    const { items } = toTimelineItems(
      index,
      { start: 0, end: Date.UTC(2030, 0) },
      { ...ALL_TRACKS_ON, '2': false },
      none,
      true,
    );
    expect(items.map((i) => i.group)).toEqual(['1']);
    expect(items.map((i) => parseItemId(i.id))).toEqual([
      { contact: index.contacts.findIndex((c) => c.track === '1') },
    ]);
  });

  it('shows counts per period instead of thousands of items, and single items when zoomed in', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      contact({ id: `m${i}`, start: `2024-${String((i % 12) + 1).padStart(2, '0')}-10` }),
    );
    const index = buildIndex(many);
    const year = { start: periodStart('2024'), end: periodStart('2025') };
    const counts = toTimelineItems(index, year, ALL_TRACKS_ON, none, false);
    expect(counts.mode).toBe('counts');
    expect(counts.items.reduce((s, i) => s + Number(i.text), 0)).toBe(2000);
    expect(parseItemId(counts.items[0]!.id)).toHaveProperty('bucket');
    expect(counts.items.every((i) => 'bucket' in parseItemId(i.id)!)).toBe(true);
    const day = { start: periodStart('2024-03-10'), end: periodStart('2024-03-11') };
    const single = toTimelineItems(index, day, ALL_TRACKS_ON, none, true);
    expect(single.mode).toBe('contacts');
    // Every contact of 10 March (one in twelve of the 2000) and nothing else, even with a day on each side.
    const onTheDay = index.contacts.flatMap((c, i) => (c.start === '2024-03-10' ? [i] : []));
    expect(onTheDay).toHaveLength(167);
    expect(single.items.map((i) => parseItemId(i.id))).toEqual(onTheDay.map((contact) => ({ contact })));
  });

  it('draws a line from a secret contact to its first report when disclosure lines are on', () => {
    const index = buildIndex([
      contact({ id: 'secret', start: '2023-01-10', disclosed: '2023-09-10' }),
      contact({ id: 'same-day', start: '2023-02-01', disclosed: '2023-02-01' }),
      contact({ id: 'open', start: '2023-03-01' }),
    ]);
    const win = { start: 0, end: Date.UTC(2030, 0) };
    const off = toTimelineItems(index, win, ALL_TRACKS_ON, none, true);
    expect(off.items.filter((i) => i.className.includes('disclosure'))).toEqual([]);
    const on = toTimelineItems(index, win, ALL_TRACKS_ON, none, true, null, MAX_SINGLE_ITEMS, true);
    const lines = on.items.filter((i) => i.className.includes('disclosure'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.start).toBe(periodStart('2023-01-10'));
    expect(lines[0]!.end).toBe(periodStart('2023-09-10'));
    expect(lines[0]!.text).toBe('made public after 8 months');
    expect(parseItemId(lines[0]!.id)).toEqual({ contact: index.byId.get('secret') });
  });

  it('picks coarser buckets for wider windows and labels only when they fit', () => {
    expect(bucketUnit(30 * 86_400_000)).toBe('day');
    expect(bucketUnit(3 * 365 * 86_400_000)).toBe('month');
    expect(wantLabels(10, 1400)).toBe(true);
    expect(wantLabels(200, 1400)).toBe(false);
  });
});
