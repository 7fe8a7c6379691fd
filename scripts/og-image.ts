// npm run og-image: the link preview picture (public/og-image.png, 1200×630, Open Graph's recommended size),
// a screenshot of the built app in its compact layout (?embed=1: the map and the timeline, without the header
// and facets that would crowd a picture this small). Run after `npm run build`; commit the PNG.
import { launchChromium, serveDist } from './browser.ts';

const out = process.argv[2] ?? 'public/og-image.png';
const { server, url } = await serveDist(Number(process.env.OG_PORT ?? 4175));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  await page.goto(`${url}?embed=1`);
  await page.waitForSelector('html[data-timeline="ready"]', { timeout: 20_000 });
  await page.waitForSelector('.tl-item', { timeout: 20_000 });
  await page.waitForSelector('.atlas-marker', { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
