import { describe, expect, it } from 'vitest';
import { describeLag, disclosureLag, lagBinOf, lagDistribution } from './disclosure.ts';

describe('disclosureLag', () => {
  it('is null for a contact that was never secret', () => {
    expect(disclosureLag({ start: '2023-05-02' })).toBeNull();
  });

  it('counts months from the start to the first report', () => {
    expect(disclosureLag({ start: '2023-01-10', disclosed: '2023-09-10' })).toEqual({
      months: 8,
      days: 243,
      approximate: false,
    });
  });

  it('is approximate when a date is partial, measured from the first day of the period', () => {
    const lag = disclosureLag({ start: '2022', disclosed: '2022-11-06' })!;
    expect(lag.approximate).toBe(true);
    expect(lag.months).toBe(10);
  });

  it('counts a report before the start as no lag', () => {
    expect(disclosureLag({ start: '2024-04', disclosed: '2024-03-16' })!.days).toBe(0);
  });
});

describe('describeLag', () => {
  it('reads as words', () => {
    expect(describeLag({ months: 0, days: 0, approximate: false })).toBe('the same day');
    expect(describeLag({ months: 0, days: 12, approximate: false })).toBe('12 days');
    expect(describeLag({ months: 1, days: 30, approximate: true })).toBe('about 1 month');
    expect(describeLag({ months: 8, days: 243, approximate: false })).toBe('8 months');
    expect(describeLag({ months: 0, days: 0, approximate: true })).toBe('within the same period');
  });
});

describe('lagDistribution', () => {
  it('puts secret contacts in month bins and ignores the others', () => {
    const bins = lagDistribution([
      { start: '2022-03-03', disclosed: '2022-03-03' },
      { start: '2022-03-03', disclosed: '2022-05-03' },
      { start: '2022-01', disclosed: '2023-09-23' },
      { start: '2022-01-01', disclosed: '2025-03-01' },
      { start: '2022-01-01' },
    ]);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ['0', 1],
      ['1–3', 1],
      ['4–6', 0],
      ['7–12', 0],
      ['13–24', 1],
      ['25+', 1],
    ]);
    expect(lagBinOf(12)).toBe(3);
  });
});
