import { expect, test, type Page } from '@playwright/test';
import { openAtlas, settledUrl } from './helpers.ts';

const DAY = 86_400_000;
const strip = (page: Page) => page.getByRole('img', { name: 'Contacts over time, per track' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const shownCount = async (page: Page) => Number(/(\d+) of \d+ contacts/.exec(await details(page).innerText())?.[1]);

/** The strip's text version, read as a screen reader would reach it: per track, the contacts in its bars. */
async function barTotals(page: Page): Promise<Record<string, number>> {
  const id = await strip(page).getAttribute('aria-describedby');
  const text = (await page.locator(`[id="${id}"]`).textContent()) ?? '';
  const totals: Record<string, number> = {};
  for (const m of text.matchAll(/(Track [\d.]+): (?:(\d+) contacts?|none)/g)) totals[m[1]!] = Number(m[2] ?? 0);
  return totals;
}
const sum = (totals: Record<string, number>) => Object.values(totals).reduce((a, b) => a + b, 0);

test('the density strip counts the contacts per track and follows a facet', async ({ page }) => {
  const problems = await openAtlas(page);
  await expect(strip(page)).toBeVisible();
  await expect(page.locator('.density-unit')).toHaveText('per month');
  // The whole record is in view: the bars hold every contact shown.
  await expect.poll(async () => sum(await barTotals(page))).toBe(await shownCount(page));
  const before = await barTotals(page);
  expect(Object.keys(before)).toEqual(['Track 1', 'Track 1.5', 'Track 2']);

  const secret = page.getByRole('group', { name: 'Secret at the time', exact: true }).getByRole('button', {
    name: /^secret \d+/,
  });
  const secretCount = Number(/(\d+)$/.exec((await secret.innerText()).trim())?.[1]);
  await secret.click();
  await expect.poll(async () => sum(await barTotals(page))).toBe(secretCount);
  expect((await barTotals(page))['Track 1']).toBeLessThan(before['Track 1']!);
  expect(problems).toEqual([]);
});

test('brushing the strip sets the window, and the link carries it', async ({ page }) => {
  const start = Date.UTC(2023, 0, 1);
  const end = Date.UTC(2025, 0, 1);
  await openAtlas(page, '?from=2023-01-01&to=2025-01-01');
  const box = (await strip(page).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.25, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.up();

  // The brushed quarter to three quarters of the window, widened to whole days.
  await expect.poll(async () => new URL(await settledUrl(page)).searchParams.get('from')).not.toBe('2023-01-01');
  const url = new URL(await settledUrl(page));
  const from = Date.parse(`${url.searchParams.get('from')}T00:00:00Z`);
  const to = Date.parse(`${url.searchParams.get('to')}T00:00:00Z`);
  expect(Math.abs(from - (start + (end - start) * 0.25))).toBeLessThan(3 * DAY);
  expect(Math.abs(to - (start + (end - start) * 0.75))).toBeLessThan(3 * DAY);
  // A narrower window than two years: the bars are counted per week or month.
  await expect(page.locator('.density-unit')).toHaveText(/per (week|month)/);

  // A click on a bar shows that bar's period alone.
  // Once the bars are drawn: a click on the strip before its first drawing does nothing (once in CI).
  // The text version is written after each drawing.
  await openAtlas(page, '?from=2023-01-01&to=2025-01-01');
  await expect(page.getByText(/^Bars of contacts per month, 1 Jan 2023 – 31 Dec 2024\./)).toBeAttached();
  await expect(strip(page)).toBeVisible();
  const b = (await strip(page).boundingBox())!;
  await page.mouse.click(b.x + b.width * 0.3, b.y + b.height / 2);
  await expect(page.getByText('Showing 1 Aug 2023 – 31 Aug 2023')).toBeVisible();
});
