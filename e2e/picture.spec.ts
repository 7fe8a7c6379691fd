import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HEADER_SERVER_URL } from './ports.ts';
import { openAtlas, serveFixture } from './helpers.ts';

// Under the site's real policy headers: the rasteriser must work within script-src 'self', style-src 'self'.
test.use({ baseURL: HEADER_SERVER_URL });
// Rasterising the timeline's DOM takes several seconds on a busy 2-core machine.
test.setTimeout(120_000);

/** The PNG's size from its IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts its distinct colours and the pixels near track 1's blue. */
function pixelStats(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let blue = 0;
    for (let i = 0; i < px.length; i += 4 * 7) {
      colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      // #0072b2, the track 1 colour of markers, timeline items and the legend.
      if (Math.abs(px[i]! - 0) < 24 && Math.abs(px[i + 1]! - 0x72) < 24 && Math.abs(px[i + 2]! - 0xb2) < 24) blue++;
    }
    return { colours: colours.size, blue };
  }, bytes.toString('base64'));
}

async function download(page: Page): Promise<Buffer> {
  const saved = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Download image' }).click();
  const file = await saved;
  expect(await file.failure()).toBeNull();
  expect(file.suggestedFilename()).toMatch(/^backchannel-atlas-\d{4}-\d\d-\d\d\.png$/);
  return readFileSync((await file.path())!);
}

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('Download image gives a 2× PNG of the view with its pixels drawn, under the policy', async ({ page }) => {
  const violations = await recordViolations(page);
  const problems = await openAtlas(page, '?from=2022-01-01&to=2025-12-31');
  const mapHeight = (await page.locator('.map-pane').boundingBox())!.height;
  const bytes = await download(page);
  const { width, height } = pngSize(bytes);
  expect(width).toBe(2 * 1440);
  // Header and footer around the map and the timeline, all at twice the density.
  expect(height).toBeGreaterThan(2 * mapHeight);
  const stats = await pixelStats(page, bytes);
  expect(stats.colours).toBeGreaterThan(200);
  expect(stats.blue).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: 'Download image' })).toBeEnabled();
  // The legend is put back as it was.
  await expect(page.getByRole('button', { name: /legend/i })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('on a phone the PNG is twice the phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page);
  const { width } = pngSize(await download(page));
  expect(width).toBe(2 * 390);
});

test('data that is not the record gets a picture too', async ({ page }) => {
  await serveFixture(page, 'mixed.json');
  await openAtlas(page, '?data=fixtures/mixed.json');
  const bytes = await download(page);
  expect(pngSize(bytes).width).toBe(2880);
});
