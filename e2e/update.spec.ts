import { expect, test } from '@playwright/test';
import { HEADER_SERVER_URL } from './ports.ts';
import { openAtlas } from './helpers.ts';
import { waitForServiceWorker } from './serviceWorker.ts';

// The header server gives each test a deployment of its own (/r/<id>/) whose sw.js changes on request.
test.use({ baseURL: HEADER_SERVER_URL, serviceWorkers: 'allow' });

test('a new release is offered in a banner, and Reload switches to it', async ({ page, request }, testInfo) => {
  const id = `t${testInfo.testId}${testInfo.retry}`.replace(/[^\w-]/g, '');
  const problems = await openAtlas(page, `r/${id}/`);
  await waitForServiceWorker(page);
  const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(banner).toHaveCount(0);

  expect((await request.post(`./__release/${id}`)).ok()).toBe(true);
  // What the app's hourly check (and every navigation) does.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update().then(() => undefined)));
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('update-banner.png') });

  await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
  expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBe(
    null,
  );
  await expect(banner).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Later hides the offer until the next visit', async ({ page, request }, testInfo) => {
  const id = `t${testInfo.testId}${testInfo.retry}`.replace(/[^\w-]/g, '');
  await openAtlas(page, `r/${id}/`);
  await waitForServiceWorker(page);
  await request.post(`./__release/${id}`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update().then(() => undefined)));
  const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await banner.getByRole('button', { name: 'Later' }).click();
  await expect(banner).toHaveCount(0);
  // The release still waits, so the next visit offers it again.
  await page.reload();
  await expect(banner).toBeVisible();
});
