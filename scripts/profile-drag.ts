// npm run bench:profile — where the time of a fast timeline drag goes: serves the built dist/ (run
// `npx vite build` first; the generated datasets are written to dist/bench/ as the bench does), drags the timeline as the bench's
// fast drag does with the V8 sampling profiler on, and prints the functions with most self time, time per
// bundle chunk, and the browser's own script / style / layout totals for the drag.
//   PROFILE_SIZES=10000,100000   which datasets (default 10000,100000; builtin for the built-in record)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDataset } from './generateDataset.ts';
import { launchChromium, serveDist } from './browser.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SIZES = (process.env.PROFILE_SIZES ?? '10000,100000').split(',').map((s) => s.trim());

async function fastDrag(page: Page) {
  const b = (await page.locator('.timeline .tl-body').boundingBox())!;
  const y = b.y + 20;
  const left = b.x + b.width / 2 - 250;
  await page.mouse.move(left, y);
  await page.mouse.down();
  for (let burst = 0; burst < 6; burst++) {
    for (let i = 1; i <= 60; i++) {
      const f = i / 60;
      await page.mouse.move(left + 500 * (burst % 2 === 0 ? f : 1 - f), y);
    }
  }
  await page.mouse.up();
}

function selfTimes(profile: Profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const chunk = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const f = byNode.get(id)!.callFrame;
    const file = f.url.split('/').pop() || f.functionName;
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
    chunk.set(file, (chunk.get(file) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
  return { functions: top(fn, 25), chunks: top(chunk, 12) };
}

mkdirSync('dist/bench', { recursive: true });
for (const size of SIZES) {
  const file = `dist/bench/contacts-${size}.json`;
  if (size !== 'builtin' && !existsSync(file)) writeFileSync(file, JSON.stringify(generateDataset(Number(size))));
}
const { server, url } = await serveDist(Number(process.env.BENCH_PORT ?? 4296));
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(size === 'builtin' ? url : `${url}?data=bench/contacts-${size}.json`);
    await page.locator('.atlas-marker').first().waitFor({ timeout: 180_000 });
    await page.locator('.tl-tick.is-minor').first().waitFor();
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const metric = async () =>
      Object.fromEntries(
        ((await cdp.send('Performance.getMetrics')).metrics as Array<{ name: string; value: number }>).map((m) => [
          m.name,
          m.value,
        ]),
      );
    const before = await metric();
    await cdp.send('Profiler.start');
    const started = Date.now();
    await fastDrag(page);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const wall = Date.now() - started;
    const after = await metric();
    const d = (k: string) => ((after[k]! - before[k]!) * 1000).toFixed(0);
    console.log(
      `\n== ${size}: drag ${wall} ms wall; script ${d('ScriptDuration')} ms, style ${d('RecalcStyleDuration')} ms, layout ${d('LayoutDuration')} ms (${after.LayoutCount! - before.LayoutCount!} layouts), task ${d('TaskDuration')} ms; DOM nodes ${after.Nodes}`,
    );
    const { functions, chunks } = selfTimes(profile);
    console.log('self time by chunk:\n' + chunks.join('\n'));
    console.log('self time by function:\n' + functions.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
