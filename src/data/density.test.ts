import { describe, expect, it } from 'vitest';
import { buildIndex } from './contactIndex.ts';
import {
  bucketEdges,
  brushWindow,
  bucketStart,
  buildTrackTimes,
  busiestBar,
  chooseUnit,
  computeDensity,
  countBuckets,
} from './density.ts';
import { contact } from './testing/fixtures.ts';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

const index = buildIndex([
  contact({ id: 'a', start: '2025-01-05', track: '1' }),
  contact({ id: 'b', start: '2025-01-20', track: '1', kind: 'call' }),
  contact({ id: 'c', start: '2025-02', track: '1.5' }),
  contact({ id: 'd', start: '2025-03-31', track: '2' }),
  contact({ id: 'e', start: '2025-04-01', end: '2025-06-30', track: '1' }),
]);

describe('buildTrackTimes', () => {
  it('keeps the start times of each track in date order', () => {
    const times = buildTrackTimes(index, null);
    expect([...times[0]!].map(iso)).toEqual(['2025-01-05', '2025-01-20', '2025-04-01']);
    expect([...times[1]!].map(iso)).toEqual(['2025-02-01']);
    expect([...times[2]!].map(iso)).toEqual(['2025-03-31']);
  });

  it('leaves out what the filters hide', () => {
    const mask = new Uint8Array(index.contacts.length);
    mask[index.byId.get('b')!] = 1;
    mask[index.byId.get('d')!] = 1;
    const times = buildTrackTimes(index, mask);
    expect(times.map((t) => t.length)).toEqual([1, 0, 1]);
    expect(iso(times[0]![0]!)).toBe('2025-01-20');
  });
});

describe('chooseUnit', () => {
  it('takes weeks for a few months, months for a few years, quarters beyond', () => {
    expect(chooseUnit(90 * DAY, 1000)).toBe('week');
    expect(chooseUnit(3 * 365 * DAY, 1000)).toBe('month');
    expect(chooseUnit(10 * 365 * DAY, 1000)).toBe('quarter');
    expect(chooseUnit(40 * 365 * DAY, 1000)).toBe('quarter');
  });

  it('takes coarser bars on a narrow strip', () => {
    expect(chooseUnit(365 * DAY, 1000)).toBe('week');
    expect(chooseUnit(365 * DAY, 200)).toBe('month');
    expect(chooseUnit(2 * 365 * DAY, 60)).toBe('quarter');
  });
});

describe('buckets', () => {
  it('start on a Monday, the first of a month or of a quarter, in UTC', () => {
    // 2025-01-01 was a Wednesday; the Monday before was 30 Dec 2024.
    expect(iso(bucketStart(utc(2025, 1, 1) + 5 * 3600_000, 'week'))).toBe('2024-12-30');
    expect(iso(bucketStart(utc(2025, 1, 6), 'week'))).toBe('2025-01-06');
    expect(iso(bucketStart(utc(1969, 12, 31), 'week'))).toBe('1969-12-29');
    expect(iso(bucketStart(utc(2025, 2, 17), 'month'))).toBe('2025-02-01');
    expect(iso(bucketStart(utc(2025, 8, 17), 'quarter'))).toBe('2025-07-01');
  });

  it('cover the window with whole buckets', () => {
    const edges = bucketEdges({ start: utc(2025, 1, 15), end: utc(2025, 3, 10) }, 'month');
    expect([...edges].map(iso)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01']);
    const one = bucketEdges({ start: utc(2025, 1, 1), end: utc(2025, 1, 1) }, 'quarter');
    expect([...one].map(iso)).toEqual(['2025-01-01', '2025-04-01']);
  });

  it('count each time in the bucket it falls in, an edge belonging to the later one', () => {
    const times = Float64Array.from([utc(2024, 12, 31), utc(2025, 1, 1), utc(2025, 1, 31), utc(2025, 3, 1)]);
    const edges = Float64Array.from([utc(2025, 1, 1), utc(2025, 2, 1), utc(2025, 3, 1), utc(2025, 4, 1)]);
    expect([...countBuckets(times, edges)]).toEqual([2, 0, 1]);
    expect([...countBuckets(new Float64Array(0), edges)]).toEqual([0, 0, 0]);
  });
});

describe('computeDensity', () => {
  it('counts per track and bar, with the largest bar', () => {
    const d = computeDensity(buildTrackTimes(index, null), { start: utc(2025, 1, 1), end: utc(2025, 6, 30) }, 400);
    expect(d.unit).toBe('week');
    const monthly = computeDensity(buildTrackTimes(index, null), { start: utc(2025, 1, 1), end: utc(2025, 6, 30) }, 60);
    expect(monthly.unit).toBe('month');
    expect(monthly.counts.map((c) => [...c])).toEqual([
      [2, 0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0],
    ]);
    expect(monthly.max).toBe(2);
  });

  it('has nothing to show for an empty record', () => {
    const d = computeDensity([new Float64Array(0)], { start: utc(2025, 1, 1), end: utc(2025, 2, 1) }, 400);
    expect(d.max).toBe(0);
  });
});

describe('busiestBar', () => {
  it('gives the total and the earliest of the busiest bars', () => {
    expect(busiestBar(Uint32Array.from([1, 3, 0, 3]))).toEqual({ bar: 1, count: 3, total: 7 });
    expect(busiestBar(new Uint32Array(3))).toEqual({ bar: -1, count: 0, total: 0 });
  });
});

describe('brushWindow', () => {
  it('widens a brushed stretch to whole days, at least one', () => {
    const w = brushWindow({ start: utc(2025, 3, 3) + 5 * 3600_000, end: utc(2025, 3, 9) + 3600_000 });
    expect([iso(w.start), iso(w.end)]).toEqual(['2025-03-03', '2025-03-10']);
    const narrow = brushWindow({ start: utc(2025, 3, 3) + 1000, end: utc(2025, 3, 3) + 2000 });
    expect(narrow.end - narrow.start).toBe(DAY);
  });
});
