import { describe, expect, it } from 'vitest';
import { buildIndex, placeKey } from './contactIndex.ts';
import {
  ALL_TRACKS_ON,
  callLinks,
  clampWindow,
  computeView,
  contactsAtPlace,
  contactsInWindow,
  fullWindow,
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
} from './query.ts';
import { periodEnd, periodStart } from './dates.ts';
import { contact, MOSCOW, RIYADH, WASHINGTON } from './testing/fixtures.ts';

const contacts = [
  contact({ id: 'geneva-t2', start: '2025-02-14', end: '2025-02-16', track: '2' }),
  contact({ id: 'riyadh', start: '2025-02-18', places: [RIYADH] }),
  contact({ id: 'call', start: '2025-02-12', kind: 'call', places: [WASHINGTON, MOSCOW] }),
  contact({
    id: 'uk-vienna',
    start: '2022-03',
    end: '2023-09',
    places: [{ name: 'Vienna', city: 'Vienna', country: 'AT', lat: 48.2, lon: 16.37, precision: 'city' }],
  }),
  contact({
    id: 'geneva-venue',
    start: '2025-11-23',
    places: [{ name: 'US Mission', city: 'Geneva', country: 'CH', lat: 46.23, lon: 6.15, precision: 'venue' }],
  }),
  contact({
    id: 'swiss-channel',
    start: '2024-11',
    end: '2025-02',
    track: '2',
    places: [
      {
        name: 'Switzerland (location not reported)',
        city: 'Bern',
        country: 'CH',
        lat: 46.95,
        lon: 7.45,
        precision: 'country',
      },
    ],
  }),
];
const index = buildIndex(contacts);
const win = (a: string, b: string) => ({ start: periodStart(a), end: periodEnd(b) });
const ids = (positions: number[]) => positions.map((i) => index.contacts[i]!.id);

describe('buildIndex', () => {
  it('sorts by start, then by id, and keeps every lookup in that order', () => {
    expect(index.contacts.map((c) => c.id)).toEqual([
      'uk-vienna',
      'swiss-channel',
      'call',
      'geneva-t2',
      'riyadh',
      'geneva-venue',
    ]);
    expect([...index.startMs]).toEqual(index.contacts.map((c) => periodStart(c.start)));
    expect([...index.endMs]).toEqual(index.contacts.map((c) => periodEnd(c.end ?? c.start)));
    expect([...index.track]).toEqual([0, 2, 0, 2, 0, 0]);
    index.contacts.forEach((c, i) => expect(index.byId.get(c.id)).toBe(i));
    const sameDay = buildIndex([contact({ id: 'b', start: '2025-01-01' }), contact({ id: 'a', start: '2025-01-01' })]);
    expect(sameDay.contacts.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('merges places by city, keeping placeholders apart', () => {
    const geneva = index.placeByKey.get('geneva|CH')!;
    expect(index.places[geneva]!.name).toBe('Geneva');
    expect(index.places[geneva]!.lat).toBeCloseTo(46.2022); // the city's own point wins over a venue's
    expect(placeKey(contacts[5]!.places[0]!)).toBe('country:CH');
    expect(index.places[index.placeByKey.get('country:CH')!]!.approximate).toBe(true);
  });
});

describe('filtering by window and track', () => {
  it('includes contacts that overlap the window, even long ones that started earlier', () => {
    expect(ids(contactsInWindow(index, win('2023-01-01', '2023-01-31')))).toEqual(['uk-vienna']);
    expect(ids(contactsInWindow(index, win('2025-02-15', '2025-02-15')))).toEqual(['swiss-channel', 'geneva-t2']);
    expect(ids(contactsInWindow(index, win('2025-02-17', '2025-02-17')))).toEqual(['swiss-channel']);
  });

  it('counts every track in the window but shows only the tracks switched on', () => {
    const view = computeView(index, win('2025-02-01', '2025-02-28'), { ...ALL_TRACKS_ON, '2': false });
    expect(view.windowCountByTrack).toEqual([2, 0, 2]);
    expect(ids(view.visible)).toEqual(['call', 'riyadh']);
  });
});

describe('clampWindow', () => {
  it('keeps the middle and holds the span between a day and forty years, as the timeline does', () => {
    const mid = Date.UTC(2025, 0, 1);
    const narrow = clampWindow({ start: mid - 1000, end: mid + 1000 });
    expect(narrow.end - narrow.start).toBe(MIN_WINDOW_MS);
    expect((narrow.start + narrow.end) / 2).toBe(mid);
    const wide = clampWindow({ start: mid - 100 * MAX_WINDOW_MS, end: mid + 100 * MAX_WINDOW_MS });
    expect(wide.end - wide.start).toBe(MAX_WINDOW_MS);
    const fine = { start: mid, end: mid + 10 * MIN_WINDOW_MS };
    expect(clampWindow(fine)).toBe(fine);
  });
});

describe('aggregation by place', () => {
  it('counts visible contacts per place and per track', () => {
    const view = computeView(index, win('2025-02-01', '2025-12-31'), ALL_TRACKS_ON);
    const geneva = index.placeByKey.get('geneva|CH')!;
    expect(view.placeTotals[geneva]).toBe(2);
    expect(Array.from(view.placeTrackCounts.slice(geneva * 3, geneva * 3 + 3))).toEqual([1, 0, 1]);
    expect(ids(contactsAtPlace(index, view, geneva))).toEqual(['geneva-t2', 'geneva-venue']);
    const off = computeView(index, win('2025-02-01', '2025-12-31'), { ...ALL_TRACKS_ON, '2': false });
    expect(off.placeTotals[geneva]).toBe(1);
  });

  it("joins a call's two places with one line per pair", () => {
    const view = computeView(index, win('2025-02-01', '2025-02-28'), ALL_TRACKS_ON);
    const links = callLinks(index, view);
    expect(links).toHaveLength(1);
    const ends = [links[0]!.from, links[0]!.to].map((p) => index.places[p]!.name).sort();
    expect(ends).toEqual(['Moscow', 'Washington']);
  });

  it('counts calls either way round as one pair, only those visible, the first call giving the track', () => {
    const calls = buildIndex([
      contact({ start: '2024-01-01', kind: 'call', track: '1.5', places: [MOSCOW, WASHINGTON] }),
      contact({ start: '2024-01-02', kind: 'call', places: [WASHINGTON, MOSCOW] }),
      contact({ start: '2024-01-03', kind: 'call', places: [RIYADH, MOSCOW] }),
      contact({ start: '2024-01-04', kind: 'meeting', places: [RIYADH, MOSCOW] }),
      contact({ start: '2025-06-01', kind: 'call', places: [RIYADH, MOSCOW] }),
    ]);
    const links = callLinks(calls, computeView(calls, win('2024-01-01', '2024-12-31'), ALL_TRACKS_ON));
    const named = links.map((l) => ({
      ends: [l.from, l.to].map((p) => calls.places[p]!.name).sort(),
      count: l.count,
      track: l.track,
    }));
    expect(named).toEqual([
      { ends: ['Moscow', 'Washington'], count: 2, track: 1 },
      { ends: ['Moscow', 'Riyadh'], count: 1, track: 0 },
    ]);
  });

  it('opens on a window that holds every contact', () => {
    const all = fullWindow(index);
    expect(contactsInWindow(index, all)).toHaveLength(contacts.length);
  });
});
