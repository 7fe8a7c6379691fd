import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CSP_HEADER, REFERRER_POLICY } from '../scripts/csp.ts';
import { HEADER_PORT, HEADER_SERVER_URL } from './ports.ts';
import { openAtlas, revealPlace } from './helpers.ts';
import { waitForServiceWorker } from './serviceWorker.ts';

// The build served with its policy as real response headers, service worker included.
test.use({ baseURL: HEADER_SERVER_URL, serviceWorkers: 'allow' });

/** Every securitypolicyviolation the page reports, from the first byte on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the main flows run under the policy header with no violation', async ({ page, request }) => {
  const headers = (await request.get('./')).headers();
  expect(headers['content-security-policy']).toBe(CSP_HEADER);
  expect(headers['referrer-policy']).toBe(REFERRER_POLICY);
  const violations = await recordViolations(page);
  // The online layer's tiles, answered here: the policy must let them in, each with this site's origin only.
  const tile = readFileSync(new URL('../public/icon-192.png', import.meta.url));
  const referers: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    referers.push(route.request().headers()['referer'] ?? '(none)');
    return route.fulfill({ body: tile, contentType: 'image/png' });
  });

  const problems = await openAtlas(page);
  await waitForServiceWorker(page);

  await (await revealPlace(page, 'Geneva')).click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Geneva' })).toBeVisible();

  const range = () => page.getByRole('region', { name: 'Details' }).locator('p').first().innerText();
  const before = await range();
  const box = (await page.locator('.timeline .tl-body').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + 30);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (0.7 - 0.05 * i), box.y + 30);
  await page.mouse.up();
  await expect.poll(range).not.toBe(before);

  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Geneva');
  await expect(page.locator('.atlas-marker').first()).toBeVisible();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Map', exact: true }).click();

  await page.locator('.leaflet-control-layers').hover();
  await expect(page.locator('.leaflet-control-layers-expanded')).toBeVisible();
  await page.getByLabel('OpenStreetMap (online)').check();
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeAttached();
  expect(new Set(referers)).toEqual(new Set([HEADER_SERVER_URL]));
  await page.getByLabel('Offline map (countries, lakes, rivers)').check();

  expect(await violations()).toEqual([]);
  expect(problems.filter((p) => !p.startsWith('request to https://tile.openstreetmap.org/'))).toEqual([]);
});

test('?data= naming a host the policy does not allow says that the policy refused it', async ({ page }) => {
  const violations = await recordViolations(page);
  const elsewhere = `http://localhost:${HEADER_PORT}/fixtures/own.csv`;
  await page.goto(`./?data=${encodeURIComponent(elsewhere)}`);
  await expect(page.getByRole('alert')).toContainText(
    `Could not load ${elsewhere}: this site's Content-Security-Policy does not allow loading data from http://localhost:${HEADER_PORT}.`,
  );
  // Reported once by the header's policy and once by the <meta> copy: both are enforced.
  const reported = await violations();
  expect(reported.length).toBeGreaterThan(0);
  for (const v of reported) expect(v).toMatch(/^connect-src blocked http:\/\/localhost:\d+\/fixtures\/own\.csv /);
});
