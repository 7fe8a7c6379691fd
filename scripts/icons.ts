// npm run icons — draws the PNG app icons in public/ from public/icon.svg with headless Chromium.
// The PNGs are committed; run this again only after changing the SVG.
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.ts';

const svg = readFileSync('public/icon.svg', 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// A maskable icon is cropped to a circle of 80% of its width: the drawing shrinks onto a full-bleed square.
const BACKGROUND = '#1d232b';

const outputs = [
  { file: 'public/icon-192.png', size: 192, maskable: false },
  { file: 'public/icon-512.png', size: 512, maskable: false },
  { file: 'public/apple-touch-icon.png', size: 180, maskable: true },
  { file: 'public/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await launchChromium();
try {
  for (const { file, size, maskable } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const scale = maskable ? 0.8 : 1;
    const inner = Math.round(size * scale);
    const offset = Math.round((size - inner) / 2);
    const body = maskable ? `background:${BACKGROUND}` : 'background:transparent';
    await page.setContent(
      `<body style="margin:0;${body}"><img src="${src}" width="${inner}" height="${inner}" ` +
        `style="position:absolute;left:${offset}px;top:${offset}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: file, omitBackground: !maskable });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
