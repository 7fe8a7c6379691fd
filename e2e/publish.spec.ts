// Publishing: lossless exports, permalinks and citations, the picture of the view.
import { expect, test, type Download } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/data/formats/parseCsv.ts';
import { openAtlas } from './helpers.ts';

const record = JSON.parse(readFileSync(new URL('../data/contacts.json', import.meta.url), 'utf8')) as {
  contacts: Array<{
    id: string;
    places: Array<{ name: string; lat: number; lon: number }>;
    sources: Array<{ url: string; published?: string }>;
  }>;
};
const release = JSON.parse(readFileSync(new URL('../data/release.json', import.meta.url), 'utf8')) as {
  version: string;
};
const CALL_ID = 'us-ru-rubio-lavrov-call-2025-05-17';
const call = record.contacts.find((c) => c.id === CALL_ID)!;

async function bytes(download: Download): Promise<Buffer> {
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

function table(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text).rows;
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

test('exports hold every place and source of a call, with version and licence', async ({ page }) => {
  await openAtlas(page, '?from=2025-05-10&to=2025-05-24&q=Rubio%20Lavrov&view=list');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Rubio and Lavrov discuss the first Istanbul round' })).toHaveCount(1);
  const count = await rows.count();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`backchannel-atlas-${release.version}-${count}-contacts-csv.zip`);
  const zip = unzipSync(await bytes(csv));
  const places = table(strFromU8(zip['places.csv']!)).filter((r) => r.contact_id === CALL_ID);
  expect(places.map((p) => [p.name, Number(p.lat), Number(p.lon)])).toEqual(
    call.places.map((p) => [p.name, p.lat, p.lon]),
  );
  expect(places).toHaveLength(2);
  const sources = table(strFromU8(zip['sources.csv']!)).filter((r) => r.contact_id === CALL_ID);
  expect(sources.map((s) => [s.url, s.published])).toEqual(call.sources.map((s) => [s.url, s.published ?? '']));
  expect(sources.length).toBeGreaterThanOrEqual(4);
  const descriptor = JSON.parse(strFromU8(zip['datapackage.json']!));
  expect(descriptor).toMatchObject({ version: release.version, licenses: [{ name: 'CC-BY-4.0' }] });

  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const json = JSON.parse((await bytes(geo)).toString('utf8'));
  expect(json.metadata).toMatchObject({ version: release.version, licence: 'CC-BY-4.0' });
  const feature = json.features.find((f: { id: string }) => f.id === CALL_ID);
  expect(feature.geometry.coordinates).toEqual(call.places.map((p) => [p.lon, p.lat]));
  expect(feature.properties.sources).toEqual(call.sources);
});

test('?contact=<id> opens that contact, and its citation has the version, permalink and access date', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page, `?contact=${CALL_ID}`);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(
    'Rubio and Lavrov discuss the first Istanbul round by phone',
  );
  // The alias normalises to the view's own selection key.
  await expect(page).toHaveURL(new RegExp(`[?&]sel=c%3A${CALL_ID}`));
  await details.getByRole('button', { name: 'Cite' }).click();
  const cite = details.getByRole('group', { name: 'Cite' });
  const plain = await cite.getByLabel('Reference').inputValue();
  const origin = new URL(page.url()).origin;
  expect(plain).toContain(`version ${release.version}`);
  expect(plain).toContain(`?contact=${CALL_ID}`);
  expect(plain).toMatch(/\(accessed \d{4}-\d{2}-\d{2}\)\.$/);
  expect(await cite.getByLabel('BibTeX').inputValue()).toContain(`version = {${release.version}}`);
  const csl = JSON.parse(await cite.getByLabel('CSL-JSON').inputValue());
  expect(csl[0]).toMatchObject({ type: 'dataset', version: release.version });
  expect(csl[0].URL.startsWith(origin)).toBe(true);
  await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(cite.getByText('BibTeX copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('@misc{');
  // The permalink itself opens the same contact.
  await page.goto(csl[0].URL);
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(
    'Rubio and Lavrov discuss the first Istanbul round by phone',
  );
});
