import { expect, type Page } from '@playwright/test';

/** Waits until a service worker controls the page (the first visit's worker claims it once installed). */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
