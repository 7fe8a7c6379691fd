import { describe, expect, it } from 'vitest';
import { axisStep, axisTicks } from './axisTicks.ts';

const utc = (y: number, m: number, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
const DAY = 86_400_000;

describe('the time axis', () => {
  it('never crowds its labels: neighbours are as far apart as the step asks, at every zoom', () => {
    const start = utc(2022, 2, 24);
    for (const days of [0.5, 2, 9, 40, 200, 800, 1700, 4000]) {
      for (const width of [300, 800, 1400]) {
        const win = { start, end: start + days * DAY };
        const step = axisStep(win.end - win.start, width);
        const { minor } = axisTicks(win, width, 'en');
        const px = (t: number) => ((t - win.start) / (win.end - win.start)) * width;
        for (let i = 1; i < minor.length; i++) {
          expect(px(minor[i]!.time) - px(minor[i - 1]!.time), `${days} days at ${width} px`).toBeGreaterThanOrEqual(
            step.room * 0.9,
          );
        }
      }
    }
  });

  it('shows years over the whole record and months, named in English as the app writes dates, over a season', () => {
    const years = axisTicks({ start: utc(2022, 1), end: utc(2026, 12) }, 400, 'en');
    expect(years.minor.map((t) => t.text)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(years.major).toEqual([]);

    const season = axisTicks({ start: utc(2024, 6, 1), end: utc(2025, 9, 1) }, 1200, 'en');
    expect(season.minor.map((t) => t.text).slice(5, 9)).toEqual(['Nov', 'Dec', 'Jan', 'Feb']);
    expect(season.major.map((t) => t.text)).toEqual(['2024', '2025']);
  });

  it('names months and days in the interface language', () => {
    const week = { start: utc(2025, 2, 16), end: utc(2025, 2, 23) };
    expect(axisTicks(week, 500, 'en').major[0]!.text).toBe('February 2025');
    expect(axisTicks(week, 500, 'uk').major[0]!.text).toMatch(/лютий 2025/i);
    expect(axisTicks(week, 500, 'ru').major[0]!.text).toMatch(/февраль 2025/i);
    expect(axisTicks(week, 500, 'en').minor.map((t) => t.text)).toEqual(['16', '17', '18', '19', '20', '21', '22']);
    // Wider, the days are the larger period over hours, each named in full.
    expect(axisTicks(week, 1200, 'uk').major[2]!.text).toMatch(/18 лютого 2025/);
  });

  it('labels days on the same dates in every month, starting again on the 1st', () => {
    const win = { start: utc(2025, 1, 1), end: utc(2025, 3, 31) };
    const { minor } = axisTicks(win, 1400, 'en');
    const firsts = minor.filter((t) => new Date(t.time).getUTCDate() === 1).map((t) => new Date(t.time).getUTCMonth());
    expect(firsts).toEqual([0, 1, 2]);
    expect(minor.every((t) => new Date(t.time).getUTCHours() === 0)).toBe(true);
  });

  it('gives each month and year label the period a click shows; days and hours give none', () => {
    const { minor, major } = axisTicks({ start: utc(2024, 6, 1), end: utc(2025, 9, 1) }, 1200, 'en');
    const march = minor.find((t) => t.text === 'Mar')!;
    expect(march.period).toEqual({ start: utc(2025, 3, 1), end: utc(2025, 4, 1) });
    expect(major[1]!.period).toEqual({ start: utc(2025, 1, 1), end: utc(2026, 1, 1) });

    const day = axisTicks({ start: utc(2025, 2, 17), end: utc(2025, 2, 19) }, 1200, 'en');
    expect(day.minor.every((t) => t.period === null)).toBe(true);
    expect(day.major.map((t) => t.text)).toEqual(['Mon, 17 February 2025', 'Tue, 18 February 2025']);
  });

  it('reaches from hours to decades', () => {
    expect(axisStep(6 * 3_600_000, 1200).unit).toBe('hour');
    expect(axisStep(100 * 365 * DAY, 800)).toMatchObject({ unit: 'year', count: 10 });
  });
});
