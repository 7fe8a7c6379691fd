// Printing a view (print media, then a PDF as the browser's "Save as PDF" makes it): one page for the view,
// the selection's details and sources after it, the view's link on the page, no controls, and the map box
// inside the paper's width for A4 and Letter.
import { expect, test, type Page } from '@playwright/test';
import { landPixels, nextFrames, openAtlas, settledUrl, zoomMapUntil } from './helpers.ts';

/** Pages of a PDF that Chromium wrote: each page object says "/Type /Page" (the tree says "/Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function printView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet')).toBeVisible();
  // The map fits its print box and redraws its canvas on the next frame.
  await nextFrames(page, 2);
}

test('a view prints on one A4 or Letter page with its link, filters, map and legend, and no controls', async ({
  page,
}) => {
  const problems = await openAtlas(page, '?from=2025-01-01&to=2026-01-01&party=US');
  await page.getByRole('button', { name: 'Hide legend' }).click();
  const link = await settledUrl(page);
  await printView(page);
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toContainText('1 Jan 2025 – 31 Dec 2025');
  await expect(sheet).toContainText('Filters: parties (all of): United States');
  // The page cites the reader's view; fitting the map to the paper does not rewrite the address.
  await expect(sheet.locator('.print-source')).toHaveText(`Source: ${link}`);
  expect(await settledUrl(page)).toBe(link);
  for (const control of ['Copy link', 'Download image', 'Embed']) {
    await expect(page.getByRole('button', { name: control, exact: true })).toBeHidden();
  }
  await expect(page.locator('.tl')).toBeHidden();
  const map = await page.locator('.map').boundingBox();
  // 180 mm of paper is 680 CSS pixels; A4 leaves 186 mm inside its margins, Letter 192 mm.
  expect(map!.width).toBeLessThanOrEqual(703);
  expect(map!.height).toBeGreaterThan(300);
  // The legend prints in full under the map, though it was closed on screen.
  const legendRows = page.locator('.map-legend .legend-list li');
  await expect(legendRows.last()).toBeVisible();
  expect(await legendRows.count()).toBeGreaterThanOrEqual(10);
  const legend = (await page.locator('.map-legend').boundingBox())!;
  expect(legend.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
  for (const format of ['A4', 'Letter']) {
    expect(pageCount(await page.pdf({ format, printBackground: true })), format).toBe(1);
  }
  // Printing ends: the screen layout comes back.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  await expect(page.locator('.tl')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a selection prints its details and every source with its address, with no blank page', async ({ page }) => {
  const problems = await openAtlas(page, '?contact=us-ru-riyadh-talks-2025-02-18');
  await expect(page.locator('.contact-details')).toContainText('Riyadh');
  await printView(page);
  const sources = page.locator('.details .sources li');
  await expect(sources).toHaveCount(4);
  const after = await sources
    .first()
    .locator('a')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
  // The details and four sources need a second page, never a third (a blank one).
  expect(pages).toBe(2);
  expect(problems).toEqual([]);
});

test('a region prints with its detailed coastlines, swapped in before the page is drawn', async ({ page }) => {
  const problems = await openAtlas(page, '?party=QA');
  const map = page.locator('.leaflet-container');
  // On screen the world view shows the light shapes; a look closer in brings the detailed ones here.
  await expect(map).toHaveAttribute('data-basemap-detail', 'coarse');
  await zoomMapUntil(page, 'Zoom in', (zoom) => zoom >= 3);
  await expect(map).toHaveAttribute('data-basemap-detail', 'fine');
  await zoomMapUntil(page, 'Zoom out', (zoom) => zoom < 3);
  await expect(map).toHaveAttribute('data-basemap-detail', 'coarse');
  await page.evaluate(() => {
    // Runs after the app's own listener (added at start-up): what the map shows as printing starts.
    window.matchMedia('print').addEventListener('change', () => {
      const el = document.querySelector<HTMLElement>('.leaflet-container')!;
      (window as unknown as { atPrint: string }).atPrint = el.dataset.basemapDetail ?? '';
    });
  });
  // The paper's map fits Qatar's contacts (Doha to Moscow and Minsk), closer in than the screen was.
  await printView(page);
  expect(await page.evaluate(() => (window as unknown as { atPrint: string }).atPrint)).toBe('fine');
  await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(map).toHaveAttribute('data-basemap-detail', 'coarse');
  expect(problems).toEqual([]);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('paper gets the light map: the offline basemap is repainted for print and back', async ({ page }) => {
    const problems = await openAtlas(page);
    await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
    const darkLand = await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land'));
    await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
    await printView(page);
    const paperLand = await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land'));
    expect(paperLand.trim()).toBe('#d9dde3');
    // landPixels counts the land colour that applies now: on paper, the light one.
    await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-sheet')).toHaveCount(0);
    expect(await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land'))).toBe(
      darkLand,
    );
    await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});
