// Hostile and careless links: the app's own parameter names (src/state/urlState.ts) with garbage, huge,
// repeated, unicode, negative, reversed and near-the-limit values, generated from a fixed seed so a failure
// can be replayed (FUZZ_SEED=<n> to try others). Every link must give a working app: no uncaught error, the
// header and the map or list drawn, and a console error only for a data load that failed and says so on
// screen. One page is reused and navigated per link; a full app start per link is about 1–3 s on a shared
// two-core machine, so 100 links run by default and FUZZ_COUNT=1000 is the long run.
import { expect, test, type Page } from '@playwright/test';
import { generator, hostileQuery } from './hostileLinks.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 14);
const COUNT = Number(process.env.FUZZ_COUNT ?? 100);

/** The failure of a data load is the only console error allowed, and the page must say it. */
const EXPECTED_CONSOLE = /Failed to load resource|Refused to connect|Content Security Policy|CORS/;

async function openAndCheck(page: Page, link: string, seen: { errors: string[]; console: string[] }) {
  // Messages name the link by its start: some are kilobytes long.
  const query = link.length > 160 ? `${link.slice(0, 160)}… (${link.length} characters)` : link;
  seen.errors.length = 0;
  seen.console.length = 0;
  await page.goto(`./${link}`, { waitUntil: 'domcontentloaded' });
  // The app's header, or for embed=1 the compact layout, which has none.
  const header = page.getByRole('heading', { name: 'Backchannel Atlas', level: 1 });
  await expect(header.or(page.locator('.app.is-embed')).first()).toBeVisible();
  // Settled: the data (or its failure) is in, and the timeline drawn or the failure said.
  await expect(page.locator('main[aria-busy="false"]')).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('html[data-timeline="ready"], .data-problems[role="alert"]').first()).toBeAttached({
    timeout: 15_000,
  });
  const pane = await page.locator('.map-pane').boundingBox();
  expect(pane?.height ?? 0, `${query}: the map or list has room`).toBeGreaterThan(100);
  await expect(page.locator('.leaflet-container, .list-view, .network-view').first()).toBeVisible();
  expect(seen.errors, `${query}: uncaught errors`).toEqual([]);
  if (seen.console.length) {
    expect(seen.console.length, `${query}: ${seen.console.join(' | ')}`).toBeLessThanOrEqual(2);
    for (const line of seen.console) expect(line, query).toMatch(EXPECTED_CONSOLE);
    await expect(page.locator('.data-problems[role="alert"]'), `${query}: the failed load is said`).toBeVisible();
  }
  // What the app writes back into the address stays bounded, whatever the link was.
  expect(page.url().length, `${query}: address written back`).toBeLessThan(8000);
}

function watch(page: Page) {
  const seen = { errors: [] as string[], console: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.console.push(m.text());
  });
  return seen;
}

test.describe('links from the issue', () => {
  const named: [string, string][] = [
    ['?data=[ is not an address', '?data=['],
    ['?data=http:// has no host', '?data=http://'],
    [
      'a window near the end of the JavaScript date range',
      '?from=%2B275730-01-01T00:00:00.000Z&to=%2B275760-09-13T00:00:00.000Z',
    ],
    ['a window near the start of the JavaScript date range', '?from=-271821-04-20T00:00:00.000Z&to=-271821-04-21'],
    ['years 1 to 9999', '?from=0001-01-01&to=9999-12-31'],
    ['a reversed window', '?from=2025-06-01&to=2022-01-01'],
    ['a map off the globe', '?map=1e309,-1e309,99'],
    ['a party named __proto__ (it blanked the app: a name looked up through the prototype)', '?party=__proto__'],
  ];
  for (const [name, query] of named)
    test(name, async ({ page }) => {
      const seen = watch(page);
      await openAndCheck(page, query, seen);
    });
});

test(`${COUNT} generated links (seed ${SEED}) all give a working app`, async ({ page }) => {
  // About a second a link on an idle two-core machine; far more when it is shared.
  test.setTimeout(60_000 + COUNT * 5_000);
  const r = generator(SEED);
  const seen = watch(page);
  const started = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const query = hostileQuery(r);
    if (process.env.FUZZ_TRACE) console.log(i, query.slice(0, 300));
    await test.step(`link ${i}`, () => openAndCheck(page, query, seen));
  }
  console.log(`url fuzzer: ${COUNT} links, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
