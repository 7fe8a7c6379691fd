import { describe, expect, it } from 'vitest';
import { describeWindow, readPeriod, windowDays } from './period.ts';

describe('typed periods', () => {
  it('run from the start of the first period to the end of the last, inclusive', () => {
    expect(readPeriod('2023', '2024')).toEqual({ window: { start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 0, 1) } });
    expect(readPeriod('2023-05', ' 2023-05 ')).toEqual({
      window: { start: Date.UTC(2023, 4, 1), end: Date.UTC(2023, 5, 1) },
    });
    expect(readPeriod('2024-02-28', '2024-02-29')).toEqual({
      window: { start: Date.UTC(2024, 1, 28), end: Date.UTC(2024, 2, 1) },
    });
  });

  it('say which field is wrong, and how', () => {
    expect(readPeriod('', '2024')).toEqual({
      field: 'from',
      problem: 'empty',
      text: '',
      error: 'From: enter a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(readPeriod('2023', '2023-02-30')).toEqual({
      field: 'to',
      problem: 'invalid',
      text: '2023-02-30',
      error: 'To: "2023-02-30" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    expect(readPeriod('2024', '2023')).toEqual({
      field: 'to',
      problem: 'order',
      text: '2023',
      error: 'To: the end comes before the start',
    });
  });
});

describe('the window in words', () => {
  it('names the last day inside the window, not the exclusive end', () => {
    expect(describeWindow({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 0, 1) })).toBe('1 Jan 2023 – 31 Dec 2024');
    expect(describeWindow({ start: Date.UTC(2025, 1, 18), end: Date.UTC(2025, 1, 19) })).toBe('18 Feb 2025');
    expect(windowDays({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 0, 1) })).toEqual({
      from: '2023-01-01',
      to: '2024-12-31',
    });
  });
});
