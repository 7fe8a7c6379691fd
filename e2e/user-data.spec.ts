import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../src/data/formats/parseCsv.ts';
import { openAtlas, serveFixture } from './helpers.ts';

test('a dataset with script payloads in every text field runs none of them and shows them as text', async ({
  page,
}) => {
  await serveFixture(page, 'xss.json');
  const problems = await openAtlas(page, '?data=fixtures/xss.json');
  const marker = page.locator('.atlas-marker').first();
  await marker.click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('<img src=x onerror=');
  await details.locator('.contact-list .link-button').first().click();
  await expect(details).toContainText('<script>');
  await page.locator('.tl-item').first().click({ force: true });
  // The record whose link is javascript: is refused, with its id and field named.
  await page.locator('.data-problems summary').click();
  await expect(page.locator('.data-problems')).toContainText('xss-3');
  await expect(page.locator('.data-problems')).toContainText('sources[0].url');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  // Hovering an item must show the payload in its tooltip as text, never as HTML.
  await page.locator('.tl-item.tl-range .item-label').first().hover({ force: true });
  await expect(page.locator('.tl-tooltip')).toContainText('<img src=x');
  await expect(page.locator('.tl-tooltip img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('.data-problems img, .details img, .tl-item img, .atlas-marker img').count()).toBe(0);
  expect(problems.filter((p) => !p.includes('example.org'))).toEqual([]);
});

test('invalid records are listed with id and reason; the valid ones still show', async ({ page }) => {
  await serveFixture(page, 'mixed.json');
  await openAtlas(page, '?data=fixtures/mixed.json');
  const problems = page.locator('.data-problems');
  await expect(problems).toContainText('3 records could not be used; 2 contacts shown.');
  await expect(problems).toContainText('fixtures/mixed.json');
  await problems.locator('summary').click();
  await expect(problems).toContainText('ok-3');
  await expect(problems).toContainText('start');
  await expect(problems).toContainText('ok-4');
  await expect(problems).toContainText('track');
  await expect(problems).toContainText('#5');
  await expect(page.getByRole('button', { name: /^Alpha, 1 contact/ })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Beta, 1 contact/ })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Gamma/ })).toHaveCount(0);
});

test('a file that cannot be read says so and leaves the data on screen alone', async ({ page }) => {
  await openAtlas(page);
  const before = await page.getByRole('region', { name: 'Details' }).locator('p').first().innerText();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some words') });
  await expect(page.getByRole('alert')).toContainText('notes.txt');
  await expect(page.getByRole('alert')).toContainText('the data shown is unchanged');
  await expect(page.getByRole('region', { name: 'Details' }).locator('p').first()).toHaveText(before);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
});

test('a file that cannot be loaded says so', async ({ page }) => {
  await page.route('**/fixtures/missing.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?data=fixtures/missing.json');
  await expect(page.getByRole('alert')).toContainText('Could not load fixtures/missing.json');
});

test.describe('opening your own file', () => {
  const open = async (page: import('@playwright/test').Page, name: string) => {
    await openAtlas(page);
    await page.locator('input[type="file"]').setInputFiles(new URL(`./fixtures/${name}`, import.meta.url).pathname);
  };

  test('a CSV with the documented columns; unusable rows are listed with the reason', async ({ page }) => {
    await open(page, 'own.csv');
    await expect(page.getByRole('button', { name: /^Alpha, 1 contact/ })).toBeAttached();
    await expect(page.getByRole('button', { name: /^Beta, 1 contact/ })).toBeAttached();
    const problems = page.locator('.data-problems');
    await expect(problems).toContainText('own.csv');
    await problems.locator('summary').click();
    await expect(problems).toContainText('t4');
    // t3 has no coordinates: a contact all the same, on the timeline and in the list, not on the map.
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('3 of 3 contacts');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('1 not on the map');
  });

  test('a GeoJSON FeatureCollection: points are places, a two-point MultiPoint is a call', async ({ page }) => {
    await open(page, 'own.geojson');
    await expect(page.getByRole('button', { name: /^Alpha, 2 contacts/ })).toBeAttached();
    await expect(page.locator('.data-problems')).toContainText('could not be used');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('2 of 2 contacts');
  });

  test('a TimelineJS file: headlines become titles, HTML becomes plain text', async ({ page }) => {
    await open(page, 'own-timelinejs.json');
    await expect(page.getByRole('button', { name: /^Delta, 1 contact/ })).toBeAttached();
    await page.getByRole('button', { name: /^Delta, 1 contact/ }).focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText('Leaders met & talked.');
    await expect(details.locator('b')).toHaveCount(0);
    // The event without a location is a contact that is not on the map, not a problem.
    await page.keyboard.press('Escape');
    await expect(page.locator('.data-problems')).toHaveCount(0);
  });
});

test('?data= also opens GeoJSON, CSV and TimelineJS files from a link', async ({ page }) => {
  await serveFixture(page, 'own-timelinejs.json');
  await openAtlas(page, '?data=fixtures/own-timelinejs.json');
  await expect(page.getByRole('button', { name: /^Delta, 1 contact/ })).toBeAttached();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('3 of 3 contacts');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('1 not on the map');
});

test('an exported CSV of a formula-laden file has no cell a spreadsheet would evaluate', async ({ page }) => {
  await serveFixture(page, 'formulas.json');
  await openAtlas(page, '?data=fixtures/formulas.json');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const zip = unzipSync(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
  const tables = ['contacts', 'places', 'participants', 'sources'].map(
    (t) => parseCsv(strFromU8(zip[`${t}.csv`]!)).rows,
  );
  expect(tables[0]).toHaveLength(3);
  const cells = tables.flat().flatMap((row) => row.flatMap((cell) => [cell, ...cell.split(';')]));
  // What Excel, LibreOffice and Sheets evaluate: a leading = + - @ (ASCII or full-width), tab or CR,
  // unless the cell is a plain number.
  const live = cells.filter((c) => /^\s*[=+\-@\t\r＝＋－＠]/.test(c) && !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(c));
  expect(live).toEqual([]);
  expect(cells).toContain("'-1+1");
  expect(cells).toContain('-70.6');
});

test('a semicolon-separated CSV with decimal commas and blank trailing rows loads without a problem', async ({
  page,
}) => {
  await openAtlas(page);
  await page
    .locator('input[type="file"]')
    .setInputFiles(new URL('./fixtures/own-semicolon.csv', import.meta.url).pathname);
  await expect(page.getByRole('button', { name: /^Alpha, 1 contact/ })).toBeAttached();
  await expect(page.getByRole('button', { name: /^Beta, 1 contact/ })).toBeAttached();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('2 of 2 contacts');
  await expect(page.locator('.data-problems')).toHaveCount(0);
});

/** A dataset of `bad` records, each with a wrong track and a bad id carrying a right-to-left override, and one
 * good one: two problems a record. */
function hostileDataset(bad: number) {
  const good = {
    id: 'good',
    title: 'Good',
    start: '2024-01-05',
    track: '1',
    kind: 'meeting',
    places: [{ name: 'Alpha', country: 'XX', lat: 10, lon: 10, precision: 'city' }],
    parties: [],
    participants: [],
    summary: '',
    confidence: 'reported',
    sources: [],
  };
  const contacts = [good, ...Array.from({ length: bad }, (_, i) => ({ ...good, id: `\u202Ebad ${i}`, track: '9' }))];
  return JSON.stringify({ version: 1, contacts });
}

test('every problem can be read and downloaded, not only the first 200', async ({ page }) => {
  await page.route('**/fixtures/many-bad.json', (route) =>
    route.fulfill({ body: hostileDataset(450), contentType: 'application/json' }),
  );
  await openAtlas(page, '?data=fixtures/many-bad.json');
  const problems = page.locator('.data-problems');
  await expect(problems).toContainText('450 records could not be used; 1 contact shown.');
  await problems.locator('summary').click();
  await expect(problems.locator('li')).toHaveCount(200);
  await problems.getByRole('button', { name: 'Show all 900 problems' }).click();
  await expect(problems.locator('li')).toHaveCount(900);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    problems.getByRole('button', { name: 'Download the list' }).click(),
  ]);
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.trim().split('\n');
  expect(lines).toHaveLength(901);
  expect(lines[900]).toContain('track: expected one of "1", "1.5", "2", found the text');
});

test("a right-to-left override in the data does not reverse the app's own words in the problems banner", async ({
  page,
}) => {
  await page.route('**/fixtures/rtl.json', (route) =>
    route.fulfill({ body: hostileDataset(1), contentType: 'application/json' }),
  );
  await openAtlas(page, '?data=fixtures/rtl.json');
  const problems = page.locator('.data-problems');
  await problems.locator('summary').click();
  const item = problems.locator('li').filter({ hasText: 'track' }).first();
  await expect(item).toContainText('expected one of');
  // Where the words are drawn: in reading order "track" is left of "expected", which is left of "found".
  const lefts = await item.evaluate((li) => {
    const leftOf = (word: string) => {
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      }
      return Number.NaN;
    };
    return ['not used', 'track', 'expected', 'found'].map(leftOf);
  });
  expect(lefts.every(Number.isFinite)).toBe(true);
  expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
});
