// npm run screenshots — 1440×900, 1280×720 and phone (390×844, touch) screenshots of the built app, light and
// dark, for looking at.
// Usage: tsx scripts/screenshots.ts [outDir] [query]   e.g. "?data=bench/contacts-1000.json"
import { mkdirSync } from 'node:fs';
import { LOOK_SIZES, launchChromium, serveDist } from './browser.ts';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const query = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist();
const browser = await launchChromium();
try {
  // Each size in the light and the dark theme (prefers-color-scheme); the phone with touch.
  for (const [size, viewport, touch] of LOOK_SIZES)
    for (const colorScheme of ['light', 'dark'] as const) {
      const name = `${size}${colorScheme === 'dark' ? '-dark' : ''}`;
      const phone = size === 'phone';
      const page = await browser.newPage({
        viewport,
        deviceScaleFactor: 1,
        colorScheme,
        hasTouch: touch,
        isMobile: touch,
      });
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`[${name}] console error: ${m.text()}`);
      });
      await page.goto(url + query);
      await page.waitForSelector('html[data-timeline="ready"]', { timeout: 20_000 });
      await page.waitForSelector('.tl-item', { state: 'attached', timeout: 20_000 });
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: phone });
      console.log(`${outDir}/${name}.png`);
      // The same view with one contact selected from the timeline, to show the details panel.
      await page.locator('.tl-item.tl-point.contact').last().click({ force: true });
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/${name}-selected.png`, fullPage: phone });
      console.log(`${outDir}/${name}-selected.png`);
      await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Istanbul');
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/${name}-list.png`, fullPage: phone });
      console.log(`${outDir}/${name}-list.png`);
      // One week (the Riyadh talks) with Riyadh selected: timeline labels, and place names on the map.
      await page.goto(`${url}?from=2025-02-16&to=2025-02-22&sel=p:${encodeURIComponent('riyadh|SA')}`);
      await page.waitForSelector('html[data-timeline="ready"]', { timeout: 20_000 });
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${outDir}/${name}-week.png`, fullPage: phone });
      console.log(`${outDir}/${name}-week.png`);
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
