// npm run bench — builds the app, loads the built-in record and generated datasets (1k to 300k contacts,
// through ?data=) in headless Chromium, and prints per dataset: first interactive (markers, timeline and
// basemap drawn; the median of several loads), JS heap after load, and for two kinds of timeline drag
// (paced: one mouse move per frame; fast: bursts of 60 moves sent as fast as the browser takes them, as a
// real mouse does) the frame gaps,
// Long Animation Frames, whether the map followed during the drag and how long it took to settle after
// release. An empty dataset in the same run is the baseline; figures are also given as a ratio to it.
// Then the JavaScript the first view loads. Ends with one JSON line of all figures.
//   BENCH_SIZES=0,builtin,1000   which datasets (default 0,builtin,1000,10000,100000,300000)
//   BENCH_TRACE=10000,100000     also write a Chrome trace of the fast drag to bench-results/
//   BENCH_LOADS=5                loads per dataset; first interactive is their median (default 5)
//   BENCH_MBPS=100               serve the generated datasets at this speed, as over a real connection
//                                (default: at once; the built-in record and the app's code are not slowed)
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { generateDataset } from './generateDataset.ts';
import { launchChromium, serveDist } from './browser.ts';
import { pacedData } from './pacedData.ts';
import { DRAG_PROBE, READY_PROBE } from './benchProbes.ts';

type Size = number | 'builtin';
const SIZES: Size[] = (process.env.BENCH_SIZES ?? '0,builtin,1000,10000,100000,300000')
  .split(',')
  .map((s) => (s.trim() === 'builtin' ? 'builtin' : Number(s)));
const TRACE = new Set((process.env.BENCH_TRACE ?? '').split(',').filter(Boolean).map(Number));
const LOADS = Math.max(1, Number(process.env.BENCH_LOADS ?? 5));
const MBPS = Number(process.env.BENCH_MBPS ?? 0);
const PACED_MS = 2500;
const FAST_BURSTS = 6;
const FAST_MOVES = 60;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const round1 = (x: number) => Math.round(x * 10) / 10;

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
    firstViewJsKbGzip: sum([...initial, ...firstView]),
    firstViewChunks: firstView,
    onDemandJsKbGzip: sum(onDemand),
    onDemandChunks: onDemand.map((f) => `${f} ${kb(gz(`dist/${f}`))}`),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface DragFigures {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Long Animation Frames over 50 ms during the drag, and their summed blocking time. */
  loafOver50: number;
  blockingMs: number;
  /** Marker-pane changes seen during the drag (0: the map waited for the release). */
  mapUpdatesDuringDrag: number;
  /** From release to the last map change. */
  settleMs: number;
}

async function box(page: Page) {
  return (await page.locator('.timeline .tl-body').boundingBox())!;
}

/** One move per 16 ms, back and forth, as a steady hand scrubbing would. */
async function pacedDrag(page: Page) {
  const b = await box(page);
  const y = b.y + 20;
  await page.mouse.move(b.x + b.width * 0.85, y);
  await page.mouse.down();
  const steps = Math.round(PACED_MS / 16);
  const started = Date.now();
  for (let i = 1; i <= steps; i++) {
    const phase = (i / steps) * 2 * Math.PI;
    await page.mouse.move(b.x + b.width * (0.5 + 0.35 * Math.cos(phase)), y);
    const wait = started + i * 16 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
  }
  await page.mouse.up();
}

/** Bursts of 60 moves over 500 px with no pause between them: more input events than frames. */
async function fastDrag(page: Page) {
  const b = await box(page);
  const y = b.y + 20;
  const left = b.x + b.width / 2 - 250;
  await page.mouse.move(left, y);
  await page.mouse.down();
  for (let burst = 0; burst < FAST_BURSTS; burst++) {
    const forward = burst % 2 === 0;
    for (let i = 1; i <= FAST_MOVES; i++) {
      const f = i / FAST_MOVES;
      await page.mouse.move(left + 500 * (forward ? f : 1 - f), y);
    }
  }
  await page.mouse.up();
}

async function measureDrag(page: Page, drag: (p: Page) => Promise<void>): Promise<DragFigures> {
  await page.evaluate(DRAG_PROBE);
  await drag(page);
  await page.evaluate('window.__bench.release()');
  // Let the map settle, then read everything the probe saw.
  await page.waitForTimeout(700);
  const r = (await page.evaluate('window.__bench.stop()')) as {
    gaps: number[];
    loafs: number[];
    blocking: number;
    mutationsDuringDrag: number;
    settleMs: number;
  };
  const gaps = r.gaps.slice(2); // the first frames measure the set-up, not the drag
  return {
    frames: gaps.length,
    p50: round1(percentile(gaps, 50)),
    p95: round1(percentile(gaps, 95)),
    max: round1(Math.max(...gaps)),
    loafOver50: r.loafs.filter((d) => d > 50).length,
    blockingMs: Math.round(r.blocking),
    mapUpdatesDuringDrag: r.mutationsDuringDrag,
    settleMs: Math.round(r.settleMs),
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  return round1(used / 1048576);
}

async function withTrace<T>(page: Page, browser: Browser, path: string | null, run: () => Promise<T>): Promise<T> {
  if (!path) return run();
  await browser.startTracing(page, { path, screenshots: false });
  try {
    return await run();
  } finally {
    await browser.stopTracing();
  }
}

/** A fresh context at `address`, once the first view is interactive. */
async function openAt(browser: Browser, address: string) {
  // The service worker would fetch its offline copy (2 MB) in the background of the measured drags.
  // The built page's CSP forbids string evaluation, which page.waitForFunction with a string needs.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await page.goto(address);
  await page.waitForFunction('window.__firstInteractive !== undefined', undefined, { timeout: 180_000 });
  const firstInteractiveMs = Math.round((await page.evaluate('window.__firstInteractive')) as number);
  return { context, page, firstInteractiveMs };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

const label = (size: Size) => (size === 'builtin' ? 'built-in record' : `${size} contacts`);

console.log('Building…');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
mkdirSync('dist/bench', { recursive: true });
mkdirSync('bench-results', { recursive: true });
for (const size of SIZES) {
  if (size !== 'builtin') writeFileSync(`dist/bench/contacts-${size}.json`, JSON.stringify(generateDataset(size)));
}

const { server, url } = await serveDist(
  Number(process.env.BENCH_PORT ?? 4295),
  MBPS > 0 ? [pacedData('dist', MBPS)] : [],
);
if (MBPS > 0) console.log(`Generated datasets served at ${MBPS} Mbit/s.`);
const results: Array<Record<string, unknown>> = [];
let loadedAtStart: string[] = [];
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    // One load is one sample on a noisy machine: the dataset is loaded LOADS times, each in a fresh
    // context, and the median is the figure; the drags run on the last load.
    const loads: number[] = [];
    let opened: Awaited<ReturnType<typeof openAt>>;
    for (;;) {
      opened = await openAt(browser, size === 'builtin' ? url : `${url}?data=bench/contacts-${size}.json`);
      loads.push(opened.firstInteractiveMs);
      if (loads.length === LOADS) break;
      await opened.context.close();
    }
    const { context, page } = opened;
    const firstInteractiveMs = median(loads);
    if (size === 0) {
      loadedAtStart = (await page.evaluate(`performance.getEntriesByType('resource').map((r) => r.name)`)) as string[];
    }
    const heap = await heapMb(page);
    await page.waitForTimeout(500);
    const paced = await measureDrag(page, pacedDrag);
    await page.waitForTimeout(300);
    const tracePath = typeof size === 'number' && TRACE.has(size) ? `bench-results/trace-fast-${size}.json` : null;
    const fast = await withTrace(page, browser, tracePath, () => measureDrag(page, fastDrag));
    const row = { contacts: size, firstInteractiveMs, firstInteractiveLoadsMs: loads, heapMb: heap, paced, fast };
    results.push(row);
    const fmt = (d: DragFigures) =>
      `p50 ${d.p50} / p95 ${d.p95} / max ${d.max} ms, LoAF>50ms ${d.loafOver50} (blocking ${d.blockingMs} ms), ` +
      `map ${d.mapUpdatesDuringDrag ? 'followed' : 'DID NOT follow'} (${d.mapUpdatesDuringDrag} updates), settled ${d.settleMs} ms after release`;
    console.log(
      `${label(size)}${size === 0 ? ' (baseline)' : ''}: first interactive ${firstInteractiveMs} ms ` +
        `(median of ${loads.length} loads, ${Math.min(...loads)}–${Math.max(...loads)}), heap ${heap} MB`,
    );
    console.log(`    paced drag: ${fmt(paced)}`);
    console.log(`    fast drag:  ${fmt(fast)}`);
    if (tracePath) console.log(`    trace: ${tracePath}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const base = results.find((r) => r.contacts === 0) as
  { firstInteractiveMs: number; paced: DragFigures; fast: DragFigures } | undefined;
if (base) {
  console.log('\nRatio to the empty baseline (first interactive; paced p95; fast p95):');
  for (const r of results as Array<{
    contacts: Size;
    firstInteractiveMs: number;
    paced: DragFigures;
    fast: DragFigures;
  }>) {
    if (r.contacts === 0) continue;
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
    console.log(
      `  ${label(r.contacts).padEnd(18)} ${ratio(r.firstInteractiveMs, base.firstInteractiveMs)}×  ` +
        `${ratio(r.paced.p95, base.paced.p95)}×  ${ratio(r.fast.p95, base.fast.p95)}×`,
    );
  }
}
const sizes = jsSizes(loadedAtStart);
console.log(`\ninitial JavaScript (index.html): ${sizes.initialJsKbGzip} KB gzip`);
console.log(
  `fetched in parallel for the first view: ${sizes.firstViewExtraJsKbGzip} KB gzip (${sizes.firstViewChunks.join(', ')})`,
);
console.log(`everything the first view loads: ${sizes.firstViewJsKbGzip} KB gzip`);
console.log(`loaded only when used: ${sizes.onDemandJsKbGzip} KB gzip (${sizes.onDemandChunks.join(', ')})`);
console.log(
  JSON.stringify({
    bench: results,
    mbps: MBPS || null,
    js: { ...sizes, firstViewChunks: undefined, onDemandChunks: undefined },
  }),
);
