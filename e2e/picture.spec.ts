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

/** Decodes the PNG in the page and measures it: its distinct colours and the pixels near track 1's blue
 * (every 7th pixel); the longest run of rows that are all the page's background, and within the map's box
 * (where its sea shows) the share of pixels in the legend's own background colour, as a legend drawn over
 * the map shows up there (every row, every 3rd column). */
function pngStats(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const rgb = (css: string) => {
      const probe = document.createElement('div');
      probe.style.color = css;
      document.body.append(probe);
      const m = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
      probe.remove();
      return m;
    };
    const root = getComputedStyle(document.documentElement);
    const background = rgb(root.getPropertyValue('--panel'));
    const sea = rgb(root.getPropertyValue('--sea'));
    const legend = rgb(getComputedStyle(document.querySelector('.map-legend')!).backgroundColor);
    const near = (i: number, c: number[], tol: number) =>
      Math.abs(px[i]! - c[0]!) <= tol && Math.abs(px[i + 1]! - c[1]!) <= tol && Math.abs(px[i + 2]! - c[2]!) <= tol;
    const colours = new Set<number>();
    let blue = 0;
    for (let i = 0; i < px.length; i += 4 * 7) {
      colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      // #0072b2, the track 1 colour of markers, timeline items and the legend.
      if (near(i, [0, 0x72, 0xb2], 23)) blue++;
    }
    const { width, height } = bitmap;
    let run = 0;
    let longestBlank = 0;
    // The map's box: rows where its sea shows in at least a tenth of the row, columns from its first to its
    // last sea pixel in those rows.
    const mapRows: number[] = [];
    let left = width;
    let right = 0;
    for (let y = 0; y < height; y++) {
      let blank = true;
      let seaCount = 0;
      let seen = 0;
      for (let x = 0; x < width; x += 3) {
        const i = (y * width + x) * 4;
        seen++;
        if (!near(i, background, 3)) blank = false;
        if (near(i, sea, 6)) seaCount++;
      }
      run = blank ? run + 1 : 0;
      longestBlank = Math.max(longestBlank, run);
      if (seaCount > seen / 10) mapRows.push(y);
    }
    for (const y of mapRows)
      for (let x = 0; x < width; x += 3)
        if (near((y * width + x) * 4, sea, 6)) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
    let legendInMap = 0;
    let mapPixels = 0;
    for (const y of mapRows)
      for (let x = left; x <= right; x += 3) {
        mapPixels++;
        if (near((y * width + x) * 4, legend, 2)) legendInMap++;
      }
    return {
      colours: colours.size,
      blue,
      longestBlank,
      legendShareInMap: legendInMap / mapPixels,
      mapRows: mapRows.length,
    };
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
  const stats = await pngStats(page, bytes);
  expect(stats.colours).toBeGreaterThan(200);
  expect(stats.blue).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: 'Download image' })).toBeEnabled();
  // The legend is put back as it was.
  await expect(page.getByRole('button', { name: /legend/i })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('the picture has no empty band, and its legend covers none of the map, at desktop and phone size', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await openAtlas(page, '?from=2022-01-01&to=2025-12-31');
    const bytes = await download(page);
    expect(pngSize(bytes).width).toBe(2 * viewport.width);
    const stats = await pngStats(page, bytes);
    // The map is in the picture, at least 150 CSS pixels of it.
    expect(stats.mapRows).toBeGreaterThan(2 * 150);
    // Gaps between the figure's parts are 10–24 CSS pixels; the timeline's empty room (tens to hundreds of
    // pixels) must not be in the picture.
    expect(stats.longestBlank, `${viewport.width}px: blank rows`).toBeLessThan(2 * 30);
    // Marker centres share the legend's white; a legend over the map took a third of it on a phone.
    expect(stats.legendShareInMap, `${viewport.width}px: legend colour in the map`).toBeLessThan(0.08);
  }
});

test('data that is not the record gets a picture too', async ({ page }) => {
  await serveFixture(page, 'mixed.json');
  await openAtlas(page, '?data=fixtures/mixed.json');
  const bytes = await download(page);
  expect(pngSize(bytes).width).toBe(2880);
});
