import { describe, expect, it } from 'vitest';
import { describeDelay, formatDateSpan, parsePartialDate, periodEnd, periodStart, DAY_MS } from './dates.ts';

describe('partial dates', () => {
  it('reads the precision from the form and covers the whole period', () => {
    expect(periodStart('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(periodEnd('2025')).toBe(Date.UTC(2026, 0, 1));
    expect(periodEnd('2024-02')).toBe(Date.UTC(2024, 2, 1));
    expect(periodEnd('2025-02-12') - periodStart('2025-02-12')).toBe(DAY_MS);
  });

  it('rejects days that do not exist', () => {
    expect(parsePartialDate('2025-02-29')).toBeNull();
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(parsePartialDate('2025-13')).toBeNull();
    expect(parsePartialDate('25-02-12')).toBeNull();
  });

  it('formats spans and marks coarse dates approximate', () => {
    expect(formatDateSpan('2025-02-12')).toBe('12 Feb 2025');
    expect(formatDateSpan('2025-02-14', '2025-02-16')).toBe('14–16 Feb 2025');
    expect(formatDateSpan('2022-03', '2023-09')).toBe('Mar 2022 – Sep 2023 (approx.)');
    expect(formatDateSpan('2023')).toBe('2023 (approx.)');
  });

  it('describes how long a secret stayed secret', () => {
    expect(describeDelay(periodStart('2024-11'), periodStart('2025-02-20'))).toBe('about 4 months later');
    expect(describeDelay(periodStart('2025-02-14'), periodStart('2025-02-20'))).toBe('6 days later');
    expect(describeDelay(periodStart('2025-02-14'), periodStart('2025-02-15'))).toBe('1 day later');
    expect(describeDelay(periodStart('2025-02-14'), periodStart('2025-02-14'))).toBe('the same day');
    expect(describeDelay(periodStart('2022-03'), periodStart('2025-03'))).toBe('about 3 years later');
  });
});

describe('parsePartialDate cache', () => {
  it('gives the same frozen parts for a date asked for twice, and still rejects what is not a date', () => {
    const first = parsePartialDate('2025-02-18');
    expect(parsePartialDate('2025-02-18')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parsePartialDate('2025-02-30')).toBeNull();
    expect(parsePartialDate('2025-02-30')).toBeNull();
  });
});
