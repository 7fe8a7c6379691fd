import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { markerLabels, nextFrames, openAtlas, settledUrl, timelineItems } from './helpers.ts';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const shownCount = async (page: Page) => Number(/(\d+) of \d+ contacts/.exec(await details(page).innerText())?.[1]);
const mapZoom = (url: string) => Number(new URL(url).searchParams.get('map')?.split(',')[2]);

test('search narrows map, timeline and counts; facets filter by party and kind with counts', async ({ page }) => {
  await openAtlas(page);
  const all = await shownCount(page);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Alaska');
  await expect.poll(() => shownCount(page)).toBeLessThan(all);
  await expect(page.getByRole('button', { name: /^Anchorage, \d+ contact/ })).toBeAttached();
  const total = (await markerLabels(page)).length;
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Alaska Anchorage summit');
  await expect.poll(async () => (await markerLabels(page)).length).toBeLessThan(total);
  await expect(timelineItems(page, '.contact')).toHaveCount(await shownCount(page));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => shownCount(page)).toBe(all);
  const kinds = page.getByRole('group', { name: 'Kind' });
  const callButton = kinds.getByRole('button', { name: /^call \d+/ });
  const calls = Number(/(\d+)$/.exec((await callButton.innerText()).trim())?.[1]);
  await callButton.click();
  await expect(callButton).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownCount(page)).toBe(calls);
  await expect(timelineItems(page, '.contact')).toHaveCount(calls);
  const parties = page.getByRole('group', { name: 'Parties' });
  await parties.getByRole('button', { name: /^Ukraine UA \d+/ }).click();
  await expect.poll(() => shownCount(page)).toBeLessThan(calls);
});

test('the whole view lives in the URL: reload restores it, Back and Forward step through changes', async ({ page }) => {
  await openAtlas(page);
  const start = await settledUrl(page);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Geneva');
  const afterSearch = await settledUrl(page);
  expect(afterSearch).toContain('q=Geneva');
  await page.getByRole('button', { name: /^Track 2\b/ }).click();
  await page.getByRole('button', { name: 'Zoom timeline in' }).click();
  await page.locator('.tl-item.tl-point.contact').first().click({ force: true });
  const heading = await details(page).getByRole('heading', { level: 3 }).innerText();
  const zoom = mapZoom(await settledUrl(page));
  await page.locator('.leaflet-control-zoom-in').click();
  // The map reports its view once its zoom animation ends; wait for that to reach the address.
  await expect.poll(async () => mapZoom(await settledUrl(page))).toBe(zoom + 1);
  const full = await settledUrl(page);
  for (const key of ['q=', 'tracks=', 'from=', 'to=', 'sel=c%3A', 'map=']) expect(full).toContain(key);

  await page.reload();
  await expect(page.locator('html[data-timeline="ready"]')).toBeAttached();
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('Geneva');
  await expect(page.getByRole('button', { name: /^Track 2\b/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(heading);
  expect(await settledUrl(page)).toBe(full);

  await page.goBack();
  await page.goBack();
  await expect.poll(() => page.url()).not.toBe(full);
  await page.goForward();
  await page.goForward();
  await expect.poll(() => page.url()).toBe(full);
  await expect(page.getByRole('button', { name: /^Track 2\b/ })).toHaveAttribute('aria-pressed', 'false');
  // All the way back is where we started.
  while (page.url() !== start && (await page.evaluate(() => history.length)) > 1) {
    const before = page.url();
    await page.goBack();
    if (page.url() === before) break;
  }
  expect(page.url()).toBe(start);
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');
});

test('Copy link puts the current view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Riyadh');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('q=Riyadh');
  expect(copied).toBe(await settledUrl(page));
});

test('playback moves the window through time at the chosen speed, and pauses', async ({ page }) => {
  await openAtlas(page);
  const range = () => details(page).locator('p').first().innerText();
  await page.getByRole('button', { name: '4×' }).click();
  await page.getByRole('button', { name: 'Play through time' }).click();
  await expect(page.locator('.tl-cursor.playhead')).toBeAttached();
  const first = await range();
  await expect.poll(range).not.toBe(first);
  await page.getByRole('button', { name: 'Pause playback' }).click();
  await expect(page.locator('.tl-cursor.playhead')).toHaveCount(0);
  const paused = await range();
  // Playback moves the window every frame; ten frames later it must not have moved.
  await nextFrames(page, 10);
  expect(await range()).toBe(paused);
});

test('list view: a sortable table of the filtered contacts; choosing a row selects it everywhere', async ({ page }) => {
  await openAtlas(page);
  const count = await shownCount(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(count, 300));
  await table.getByRole('button', { name: /^Title/ }).click();
  await expect(table.getByRole('columnheader', { name: /Title/ })).toHaveAttribute('aria-sort', 'ascending');
  const titles = await table.locator('tbody tr td:nth-child(4) .link-button').allInnerTexts();
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  expect(titles).toEqual([...titles].sort(collator.compare));
  await table.locator('tbody tr').nth(3).locator('.link-button').click();
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(titles[3]!);
  await expect(table.locator('tbody tr.is-selected')).toHaveCount(1);
  await expect(timelineItems(page, '.contact.is-selected')).toHaveCount(1);
});

test('export downloads the contacts in view as CSV and GeoJSON', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Istanbul');
  const count = await shownCount(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  // Four joined tables and their datapackage.json, in a zip.
  const zip = unzipSync(await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
  const text = strFromU8(zip['contacts.csv']!);
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^\ufeff?id,title,start/);
  expect(lines).toHaveLength(count + 1);
  expect(text).toContain('Istanbul');
  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const json = JSON.parse(
    await (await geo.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  );
  expect(json.type).toBe('FeatureCollection');
  expect(json.features).toHaveLength(count);
});

test('no serious or critical accessibility violations on the map, the list and the details', async ({ page }) => {
  // Three whole-page audits: on a busy two-core machine each takes several seconds.
  test.slow();
  await openAtlas(page);
  const check = async (what: string, within?: string) => {
    // Legacy mode runs axe in the page itself rather than merging results in a second, blank page: the
    // same rules on the same nodes (the app has no iframes), in about half the time.
    const builder = new AxeBuilder({ page }).exclude('.leaflet-control-attribution').setLegacyMode(true);
    const result = await (within ? builder.include(within) : builder).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${what}: ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  };
  await check('map');
  await page.locator('.tl-item.tl-point.contact').first().click({ force: true });
  await check('details');
  // The list's rows are all built alike: a search that leaves a few dozen of them checks the same markup
  // as three hundred, in a fraction of the time. The rest of the page was audited above.
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Geneva');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(1);
  await check('list', '.list-view');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a finger drag on the timeline moves the window', async ({ page }) => {
    await openAtlas(page);
    await page.getByRole('button', { name: 'Zoom timeline in' }).click();
    const range = () => details(page).locator('p').first().innerText();
    const before = await range();
    await page.locator('.timeline .tl-body').scrollIntoViewIfNeeded();
    const box = (await page.locator('.timeline .tl-body').boundingBox())!;
    // A finger down, moved left in steps, lifted: raw touch input through the DevTools protocol.
    const cdp = await page.context().newCDPSession(page);
    const y = Math.round(box.y + 20);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y, id: 1 }],
      });
    await touch('touchStart', box.x + box.width * 0.8);
    for (let i = 1; i <= 12; i++) {
      await touch('touchMove', box.x + box.width * (0.8 - 0.05 * i));
      await nextFrames(page, 1);
    }
    await touch('touchEnd', 0);
    await expect.poll(range).not.toBe(before);
  });
});
