import { expect, test } from '@playwright/test';
import { openAtlas, revealPlace, timelineItems } from './helpers.ts';
import { waitForServiceWorker } from './serviceWorker.ts';
import { HEADER_SERVER_URL } from './ports.ts';

// Each test has a fresh browser context, so each one installs the service worker from scratch.
test.use({ serviceWorkers: 'allow' });

test('after one visit, the app, its data and its basemap work with no network', async ({ page, context }) => {
  const problems = await openAtlas(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const fromWorker = (part: string) =>
    page.waitForResponse((r) => r.url().includes(part)).then((r) => r.fromServiceWorker() && r.ok());
  const dataset = fromWorker('/assets/contacts-');
  const basemap = fromWorker('/assets/countries-110m-');
  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
  expect(await dataset).toBe(true);
  expect(await basemap).toBe(true);

  await expect(page.locator('.atlas-marker').first()).toBeVisible();
  await expect(timelineItems(page).first()).toBeVisible();
  await (await revealPlace(page, 'Geneva')).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Geneva' })).toBeVisible();
  await page.locator('.tl-item.tl-point.contact').nth(3).click({ force: true });
  await expect(details.getByRole('heading', { level: 3 })).toBeVisible();
  // A chunk loaded only on demand comes from the offline copy too.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  // So do the detailed country shapes, which only a zoomed-in view fetches.
  const fineBasemap = fromWorker('/assets/countries-50m-');
  await page.goto('./?map=48.2,16.4,5');
  expect(await fineBasemap).toBe(true);
  await expect(page.locator('.leaflet-container')).toHaveAttribute('data-basemap-detail', 'fine');
  expect(problems).toEqual([]);
});

test.describe('with the service worker in control', () => {
  // Real files on a real server: page.route cannot see what passes through a service worker.
  test.use({ baseURL: HEADER_SERVER_URL });

  test('?data= links and other files on the site still come from the network', async ({ page }) => {
    await openAtlas(page);
    await waitForServiceWorker(page);

    const link = await page.goto('./?data=fixtures/own-timelinejs.json');
    expect(link?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('button', { name: /^Delta, 1 contact/ })).toBeAttached();

    // A file opened directly is that file, not the app.
    const file = await page.goto('./fixtures/mixed.json');
    expect(file?.fromServiceWorker()).toBe(false);
    expect(Object.keys((await file?.json()) as object)).toContain('contacts');
  });
});
