// ?data= from another site that is slow, silent, stalled or without CORS: the app says what is loading and
// how much has come, gives up after a quiet spell with a Retry, can be cancelled to the built-in record,
// and explains a missing CORS header. The fixture server is on another port, so another origin; the page's
// policy (which refuses plain http elsewhere) is lifted to reach it, as https would be in real use.
import { expect, test, type Page } from '@playwright/test';
import { HEADER_PORT } from './ports.ts';

const HOST = `http://127.0.0.1:${HEADER_PORT}`;
const QUIET_MS = 1500;

test.use({ bypassCSP: true });

async function open(page: Page, path: string, quietMs = QUIET_MS) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((ms) => Object.assign(globalThis, { ATLAS_LOAD_TIMEOUT_MS: ms }), quietMs);
  await page.goto(`./?data=${encodeURIComponent(`${HOST}${path}`)}`);
  return errors;
}

test('a slow server: the source and the size so far, then its data with the notice', async ({ page }) => {
  const errors = await open(page, '/drip/3000/fixtures/mixed.json');
  const status = page.locator('.load-status');
  await expect(status).toContainText(`Loading ${HOST}/drip/3000/fixtures/mixed.json…`);
  await expect(status).toContainText(/\d(\.\d)? KB of 2\.4 KB/);
  await expect(page.getByRole('button', { name: /^Alpha, 1 contact/ })).toBeAttached({ timeout: 15_000 });
  await expect(status).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText(`Data from ${HOST}, not the Backchannel Atlas record`);
  expect(errors).toEqual([]);
});

test('a server that stops half way: progress, then a timeout message with Retry', async ({ page }) => {
  const errors = await open(page, '/stall/fixtures/mixed.json');
  await expect(page.locator('.load-status')).toContainText('1.2 KB of 2.4 KB');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the server sent 1.2 KB and then nothing more for 1.5 seconds');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a silent server times out; Retry tries again; the built-in record is a click away', async ({ page }) => {
  const errors = await open(page, '/silent/mixed.json');
  await expect(page.locator('.load-status')).toContainText('0 bytes so far');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no answer from the server for 1.5 seconds');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.load-status')).toBeVisible();
  await expect(alert).toContainText('no answer from the server', { timeout: 10_000 });
  await alert.getByRole('button', { name: 'Show the Backchannel Atlas record' }).click();
  await expect(page.locator('.atlas-marker').first()).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Cancel while loading falls back to the built-in record', async ({ page }) => {
  // A quiet spell longer than the test, so the load is still under way when Cancel is pressed.
  const errors = await open(page, '/silent/mixed.json', 600_000);
  await page.locator('.load-status').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.atlas-marker').first()).toBeAttached();
  await expect(page.locator('.load-status')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a server without CORS headers: the likely cause and its fix, and the built-in record kept at hand', async ({
  page,
}) => {
  await open(page, '/fixtures/mixed.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `${HOST} answered, but does not let other sites read its files: it sends no "Access-Control-Allow-Origin" header (CORS)`,
  );
  await expect(alert).toContainText('"Access-Control-Allow-Origin: *"');
  await alert.getByRole('button', { name: 'Show the Backchannel Atlas record' }).click();
  await expect(page.locator('.atlas-marker').first()).toBeAttached();
});

test('in Ukrainian, the progress and the timeout are said in Ukrainian', async ({ page }) => {
  await page.addInitScript((ms) => Object.assign(globalThis, { ATLAS_LOAD_TIMEOUT_MS: ms }), QUIET_MS);
  await page.goto(`./?lang=uk&data=${encodeURIComponent(`${HOST}/stall/fixtures/mixed.json`)}`);
  await expect(page.locator('.load-status')).toContainText('1,2 КБ з 2,4 КБ');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('сервер надіслав 1,2 КБ, а потім нічого 1,5 секунди');
  await expect(alert.getByRole('button', { name: 'Спробувати ще' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Показати дані Backchannel Atlas' })).toBeVisible();
});
