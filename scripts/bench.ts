// npm run bench — builds the app, loads generated datasets of 1k, 10k and 100k contacts through ?data=,
// drags the timeline in headless Chromium and prints, per size, time to first interactive and frame times
// while dragging, plus the JavaScript the page loads. An empty dataset in the same run is the baseline:
// what the machine and browser cost with nothing to draw. Ends with one JSON line of all figures.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { generateDataset } from './generateDataset.ts';
import { launchChromium, serveDist } from './browser.ts';

const SIZES = (process.env.BENCH_SIZES ?? '0,1000,10000,100000').split(',').map(Number);
const DRAG_MS = 2500;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Entry JavaScript (what index.html loads), and what the first view fetched on top of it. */
function jsSizes(loadedAtStart: string[]) {
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const all = readdirSync('dist/assets')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const firstView = all.filter((f) => !initial.includes(f) && loadedAtStart.some((u) => u.endsWith(f)));
  const onDemand = all.filter((f) => !initial.includes(f) && !firstView.includes(f));
  const sum = (files: string[]) => kb(files.reduce((s, f) => s + gz(`dist/${f}`), 0));
  return {
    initialJsKbGzip: sum(initial),
    firstViewExtraJsKbGzip: sum(firstView),
    firstViewChunks: firstView,
    onDemandJsKbGzip: sum(onDemand),
    onDemandChunks: onDemand,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// Runs in the page from the first byte: notes when the map has markers (or the data is empty) and the
// timeline has drawn. Written as a string so no bundler helper leaks into it.
const READY_PROBE = `(() => {
  const tick = () => {
    const ready = document.documentElement.dataset.timeline === 'ready'
      && document.querySelector('.vis-timeline') && getComputedStyle(document.querySelector('.vis-timeline')).visibility === 'visible'
      && document.querySelector('.vis-time-axis .vis-text')
      && (document.querySelector('.atlas-marker') || document.querySelector('.details strong')?.textContent === '0');
    if (ready) window.__firstInteractive = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function dragFrames(page: Page): Promise<number[]> {
  const box = (await page.locator('.timeline .vis-panel.vis-center').boundingBox())!;
  await page.evaluate(`(() => {
    window.__gaps = []; let last = performance.now();
    const loop = (t) => { window.__gaps.push(t - last); last = t; if (window.__collect) requestAnimationFrame(loop); };
    window.__collect = true; requestAnimationFrame(loop);
  })()`);
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width * 0.85, y);
  await page.mouse.down();
  const steps = Math.round(DRAG_MS / 16);
  const started = Date.now();
  for (let i = 1; i <= steps; i++) {
    // Back and forth, as someone scrubbing would.
    const phase = (i / steps) * 2 * Math.PI;
    await page.mouse.move(box.x + box.width * (0.5 + 0.35 * Math.cos(phase)), y);
    const due = started + i * 16;
    const wait = due - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.mouse.up();
  const gaps = (await page.evaluate('window.__collect = false, window.__gaps')) as number[];
  return gaps.slice(2); // the first frames measure the set-up, not the drag
}

const results: Array<Record<string, number>> = [];
console.log('Building…');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
mkdirSync('dist/bench', { recursive: true });
for (const size of SIZES) writeFileSync(`dist/bench/contacts-${size}.json`, JSON.stringify(generateDataset(size)));

const { server, url } = await serveDist(4175);
let loadedAtStart: string[] = [];
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(`${url}?data=bench/contacts-${size}.json`);
    await page.waitForFunction('window.__firstInteractive !== undefined', undefined, { timeout: 120_000 });
    const firstInteractive = (await page.evaluate('window.__firstInteractive')) as number;
    if (size === 0) {
      loadedAtStart = (await page.evaluate(`performance.getEntriesByType('resource').map((r) => r.name)`)) as string[];
    }
    await page.waitForTimeout(500);
    const gaps = await dragFrames(page);
    const row = {
      contacts: size,
      firstInteractiveMs: Math.round(firstInteractive),
      dragFrames: gaps.length,
      p50FrameMs: Math.round(percentile(gaps, 50) * 10) / 10,
      p95FrameMs: Math.round(percentile(gaps, 95) * 10) / 10,
      maxFrameMs: Math.round(Math.max(...gaps) * 10) / 10,
    };
    results.push(row);
    console.log(
      `${String(size).padStart(7)} contacts${size === 0 ? ' (baseline)' : ''}: first interactive ${row.firstInteractiveMs} ms, ` +
        `drag p50 ${row.p50FrameMs} ms, p95 ${row.p95FrameMs} ms, max ${row.maxFrameMs} ms over ${row.dragFrames} frames`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sizes = jsSizes(loadedAtStart);
console.log(`initial JavaScript (index.html): ${sizes.initialJsKbGzip} KB gzip`);
console.log(
  `fetched in parallel for the first view: ${sizes.firstViewExtraJsKbGzip} KB gzip (${sizes.firstViewChunks.join(', ')})`,
);
console.log(`loaded only when used: ${sizes.onDemandJsKbGzip} KB gzip (${sizes.onDemandChunks.join(', ')})`);
console.log(
  JSON.stringify({
    bench: results,
    initialJsKbGzip: sizes.initialJsKbGzip,
    firstViewExtraJsKbGzip: sizes.firstViewExtraJsKbGzip,
    onDemandJsKbGzip: sizes.onDemandJsKbGzip,
  }),
);
