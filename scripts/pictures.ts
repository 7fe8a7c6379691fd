// npm run pictures — "Download image" PNGs of the built app at 1440×900, 1280×720 and phone (390×844, touch),
// light and dark, for looking at (the picture is a published graphic: someone has to see it).
// Usage: tsx scripts/pictures.ts [outDir] [query]   e.g. "?from=2025-02-16&to=2025-02-22"
import { mkdirSync, copyFileSync } from 'node:fs';
import { LOOK_SIZES, launchChromium, serveDist } from './browser.ts';

const outDir = process.argv[2] ?? 'test-results/pictures';
const query = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist(4176);
const browser = await launchChromium();
try {
  for (const [size, viewport, touch] of LOOK_SIZES)
    for (const colorScheme of ['light', 'dark'] as const) {
      const name = `${size}${colorScheme === 'dark' ? '-dark' : ''}`;
      const page = await browser.newPage({
        viewport,
        colorScheme,
        hasTouch: touch,
        isMobile: touch,
        acceptDownloads: true,
      });
      await page.goto(url + query);
      await page.waitForSelector('html[data-timeline="ready"]', { timeout: 30_000 });
      await page.waitForSelector('.tl-item', { state: 'attached', timeout: 30_000 });
      const saved = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Download image' }).click();
      const file = await saved;
      copyFileSync((await file.path())!, `${outDir}/${name}.png`);
      console.log(`${outDir}/${name}.png`);
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
