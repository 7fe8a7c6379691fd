// npm run screenshots — desktop (1440×900) and phone (390×844) screenshots of the built app, for looking at.
// Usage: tsx scripts/screenshots.ts [outDir] [query]   e.g. "?data=bench/contacts-1000.json"
import { mkdirSync } from 'node:fs';
import { launchChromium, serveDist } from './browser.ts';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const query = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist();
const browser = await launchChromium();
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[${name}] console error: ${m.text()}`);
    });
    await page.goto(url + query);
    await page.waitForSelector('html[data-timeline="ready"]', { timeout: 20_000 });
    await page.waitForSelector('.vis-item', { state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: name === 'phone' });
    console.log(`${outDir}/${name}.png`);
    // The same view with one contact selected from the timeline, to show the details panel.
    await page.locator('.vis-item.vis-point.contact').last().click({ force: true });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/${name}-selected.png`, fullPage: name === 'phone' });
    console.log(`${outDir}/${name}-selected.png`);
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Istanbul');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/${name}-list.png`, fullPage: name === 'phone' });
    console.log(`${outDir}/${name}-list.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
