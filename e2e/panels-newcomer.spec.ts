// Details and list as a newcomer meets them (issue 10): phone details in view, titles with room, an empty
// result that says so, and labels that agree with the record.
import { expect, test } from '@playwright/test';
import { openAtlas, revealPlace } from './helpers.ts';

test('the list gives titles most of the width and marks stand-in places with ≈', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const widths = await table
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  const tableWidth = (await table.boundingBox())!.width;
  expect(widths[3]! / tableWidth).toBeGreaterThan(0.35);
  for (const [i, w] of widths.entries()) if (i !== 3) expect(w).toBeLessThan(widths[3]!);
  // A contact whose place is only known to the country shows its capital as a stand-in.
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Grandview');
  await expect(table.locator('tbody tr').first()).toContainText('≈ Beijing');
});

test('an empty result says so and cannot be downloaded', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('zzzz no such contact');
  await expect(
    page.getByRole('status').filter({ hasText: 'No contacts in the current window and filters' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download CSV (zip)' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Download GeoJSON' })).toBeDisabled();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Geneva');
  await expect(page.getByRole('button', { name: 'Download GeoJSON' })).toBeEnabled();
});

test('a span of days whose day is unknown never reads "exact day"', async ({ page }) => {
  await openAtlas(page, '?sel=c:us-ru-track2-geneva-msc-2025-02-14');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('14–16 Feb 2025', { exact: true }).first()).toBeVisible();
  const date = details.locator('dt', { hasText: /^Date$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(date).toHaveText('14–16 Feb 2025 (a span of days; see the notes)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a marker brings its details into view', async ({ page }) => {
    // Zoomed in on Geneva: at the world view, clusters on a phone lie over each other.
    await openAtlas(page, '?map=46.2,6.14,8');
    await (await revealPlace(page, 'Geneva')).tap();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Geneva' }),
    ).toBeInViewport();
  });

  test('the Map/List switch never covers the table header', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('region', { name: 'List of contacts' });
    await expect(list.locator('tbody tr').first()).toBeVisible();
    const tabs = (await page.getByRole('group', { name: 'Show as' }).boundingBox())!;
    for (const scroll of [0, 600]) {
      await list.evaluate((el, y) => el.scrollTo(0, y), scroll);
      await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(scroll);
      const head = (await list.locator('thead th').first().boundingBox())!;
      expect(head.y, `scrolled ${scroll}`).toBeGreaterThanOrEqual(tabs.y + tabs.height);
    }
  });
});
