// A dataset with hundreds of parties and people, opened as one's own file: the facet lists scroll within a
// bounded height after "more", and the map keeps a usable size, on a desktop and on a phone.
import { expect, test, type Page } from '@playwright/test';

const N = 300;

/** A CSV of N contacts, each with two parties and two people of its own (generated, not real records). */
function crowdedCsv(): string {
  const rows = ['title,start,lat,lon,parties,participants'];
  for (let i = 0; i < N; i++)
    rows.push(
      `Contact ${i},2024-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 60) - 30},${(i % 120) - 60},` +
        `P${i};Q${i},Person ${i} A;Person ${i} B`,
    );
  return rows.join('\n');
}

async function openCrowded(page: Page) {
  await page.goto('./');
  await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'crowded.csv', mimeType: 'text/csv', buffer: Buffer.from(crowdedCsv()) });
  await expect(page.getByRole('note')).toContainText('crowded.csv');
}

async function expandAll(page: Page) {
  for (const more of await page.locator('.facet-more').all())
    if (/more/.test(await more.innerText())) await more.click();
}

test('hundreds of parties and people scroll inside their facet; the map keeps its room', async ({ page }) => {
  await openCrowded(page);
  await expandAll(page);
  const parties = page.getByRole('group', { name: 'Parties' }).locator('.facet-values');
  await expect(parties.locator('.facet-value')).toHaveCount(2 * N);
  const box = (await parties.boundingBox())!;
  expect(box.height).toBeLessThan(80);
  // It scrolls: the last party is reached within the list, not by pushing the page.
  expect(await parties.evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);
  const last = parties.locator('.facet-value').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  // Every facet opened at once: the filters take a bounded share, the map keeps a usable size.
  expect((await page.locator('.filters-bar').boundingBox())!.height).toBeLessThanOrEqual(11 * 16 + 1);
  const map = (await page.locator('.map-pane').boundingBox())!;
  expect(map.height).toBeGreaterThan(200);
  // A party far down the list still filters, by keyboard.
  await last.focus();
  await page.keyboard.press('Enter');
  await expect(last).toHaveAttribute('aria-pressed', 'true');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('the opened filters stay within their share of the screen', async ({ page }) => {
    await openCrowded(page);
    await page.locator('.facets-toggle').click();
    await expandAll(page);
    const bar = (await page.locator('.filters-bar').boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(844 * 0.3 + 1);
    const map = (await page.locator('.map-pane').boundingBox())!;
    expect(map.height).toBeGreaterThan(250);
  });
});
