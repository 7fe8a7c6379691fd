// ?embed=1 in an article's iframe: the compact layout fits frames from 320×400 to 1000×700 with no scroll
// bars, shows the selection and the timeline, links out to the same view, and posts its height the way
// Datawrapper's responsive iframes do; the Embed button's snippet reproduces the view.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW_PORT } from './ports.ts';
import { RESIZE_SCRIPT } from '../src/panels/embedSnippet.ts';

const APP = `http://127.0.0.1:${PREVIEW_PORT}/`;
const SHOTS = process.env.EMBED_SHOTS;

// A page of another origin, as a newspaper's article would be. It is served for real, on the loopback: Chromium
// keeps pages it takes for public (a page.route answer) from framing local servers.
let article: Server;
let HOST = '';
let hostBody = '';
test.beforeAll(async () => {
  article = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostBody);
  });
  await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(article.address() as AddressInfo).port}/article.html`;
});
test.afterAll(() => new Promise<void>((resolve) => article.close(() => resolve())));
const RIYADH = 'us-ru-riyadh-talks-2025-02-18';
const RIYADH_TITLE = 'Rubio and Lavrov lead the first high-level US–Russia talks of the war in Riyadh';
/** Serves a host page at HOST holding `body`, and records every message the frame posts to it. */
async function hostPage(page: Page, body: string) {
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style>` +
    `<script>window.__messages=[];window.addEventListener("message",function(e){window.__messages.push(e.data)});</script>` +
    `</head><body>${body}</body></html>`;
  hostBody = html;
  await page.goto(HOST);
}

async function atlasFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await expect(frame!.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
  await expect(frame!.locator('.tl-item').first()).toBeVisible();
  return frame!;
}

const heights = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __messages: Array<Record<string, Record<string, number>>> }).__messages
      .filter((m) => m && typeof m === 'object' && 'datawrapper-height' in m)
      .map((m) => m['datawrapper-height']!['backchannel-atlas']!),
  );

/** `inner` lies entirely inside the frame's viewport. */
async function expectInFrame(frame: Frame, selector: string) {
  const box = await frame
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, w: innerWidth, h: innerHeight };
    });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.h + 0.5);
  expect(box.right).toBeLessThanOrEqual(box.w + 0.5);
}

for (const [width, height] of [
  [320, 400],
  [720, 520],
  [1000, 700],
] as const) {
  test(`in a ${width}×${height} iframe: selection, timeline and the way out, no scroll bars, height posted`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const src = `${APP}?embed=1&sel=c:${RIYADH}`;
    await hostPage(
      page,
      `<iframe src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe>`,
    );
    const frame = await atlasFrame(page);

    const selected = frame.getByRole('group', { name: 'Selected contact' });
    await expect(selected).toContainText(RIYADH_TITLE.slice(0, 20));
    await expect(selected).toBeVisible();
    await expectInFrame(frame, '.embed-selection');
    await expect(frame.locator('.tl-item.is-selected')).toBeVisible();
    await expectInFrame(frame, '.timeline');
    await expectInFrame(frame, '.tl');
    await expect(frame.locator('.atlas-marker').first()).toBeVisible();
    // Minimal controls: no header, facets or details panel.
    await expect(frame.getByRole('searchbox')).toHaveCount(0);
    await expect(frame.locator('.details')).toHaveCount(0);

    const sizes = await frame.evaluate(() => {
      const els = [document.documentElement, document.body, document.querySelector('.app')!];
      return els.map((el) => [el.scrollWidth, el.clientWidth, el.scrollHeight, el.clientHeight]);
    });
    for (const [sw, cw, sh, ch] of sizes) {
      expect(sw).toBeLessThanOrEqual(cw!);
      expect(sh).toBeLessThanOrEqual(ch!);
    }

    const link = frame.getByRole('link', { name: 'Open in Backchannel Atlas' });
    await expect(link).toBeVisible();
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(APP);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('sel')).toBe(`c:${RIYADH}`);
    // The link and the address follow the window each on its own schedule: they must come to agree.
    await expect
      .poll(async () => {
        const from = new URL((await link.getAttribute('href'))!).searchParams.get('from');
        return from === new URL(frame.url()).searchParams.get('from');
      })
      .toBe(true);

    await expect.poll(() => heights(page)).not.toEqual([]);
    const asked = (await heights(page)).at(-1)!;
    expect(asked).toBeGreaterThan(300);
    expect(asked).toBeLessThan(1000);

    if (SHOTS) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.screenshot({ path: `${SHOTS}/embed-${width}x${height}-${scheme}.png` });
      }
    }
  });
}

test('the data notice shows in an embed of data that is not the record', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 520 });
  const data = `${APP}fixtures/own.csv`;
  await page.route('**/fixtures/own.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: 'title,start,lat,lon,track\nA meeting of our own,2024-05-01,46.2,6.15,2\n',
    }),
  );
  await hostPage(
    page,
    `<iframe src="${APP}?embed=1&data=${encodeURIComponent(data)}" width="720" height="520"></iframe>`,
  );
  const frame = await atlasFrame(page);
  await expect(frame.getByRole('note')).toContainText('not the Backchannel Atlas record');
  await expectInFrame(frame, '.data-notice');
});

test('the Embed button gives a snippet that reproduces the view and sizes its frame', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await page.goto(`${APP}?sel=c:${RIYADH}`);
  await expect(page.locator('.tl-item.is-selected')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const panel = page.getByRole('group', { name: 'Embed this view' });
  const code = panel.getByRole('textbox', { name: 'HTML for an article' });
  await expect(code).toHaveValue(/<iframe .*embed=1.*<\/iframe>\n<script>/s);
  await panel.getByRole('checkbox', { name: /resize script/ }).uncheck();
  await expect(code).not.toHaveValue(/<script/);
  await panel.getByRole('checkbox', { name: /resize script/ }).check();
  await panel.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(panel).toContainText('Copied');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());
  expect(snippet.endsWith(RESIZE_SCRIPT)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // Pasted into an article, the snippet shows the same contact, and its script sizes the frame.
  await page.setViewportSize({ width: 720, height: 900 });
  await hostPage(page, `<p>Article text.</p>${snippet}`);
  const frame = await atlasFrame(page);
  await expect(frame.getByRole('group', { name: 'Selected contact' })).toContainText(RIYADH_TITLE.slice(0, 20));
  await expect.poll(() => heights(page)).not.toEqual([]);
  const asked = (await heights(page)).at(-1)!;
  await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(asked);
});
