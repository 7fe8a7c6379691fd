// Hostile and careless links (issue 14): every address gives a working app, says what it could not use,
// and data that is not the built-in record says where it came from.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, serveFixture, settledUrl } from './helpers.ts';
import { HEADER_PORT } from './ports.ts';

const NOTICE = /not the Backchannel Atlas record/;
const OTHER_ORIGIN = `http://127.0.0.1:${HEADER_PORT}`;

/** The built-in record is on screen: its best-known place has its marker. */
async function expectBuiltIn(page: Page) {
  await expect(page.locator('.atlas-marker').first()).toBeAttached();
  await expect(page.getByRole('note').filter({ hasText: NOTICE })).toHaveCount(0);
}

test.describe('links that name data the policy refuses', () => {
  test('?data=http:// (no host) shows the built-in record and says why', async ({ page }) => {
    const problems = await openAtlas(page, '?data=http://');
    await expectBuiltIn(page);
    await expect(page.locator('.link-notes')).toContainText(
      '?data="http://" is not a web address; the Backchannel Atlas record is shown instead',
    );
    expect(problems).toEqual([]);
  });

  test('?data=data:… cannot pass off its own contacts as the record', async ({ page }) => {
    const fake = JSON.stringify({
      version: 1,
      contacts: [{ id: 'fake', title: 'Secret US–RU deal signed in Geneva', start: '2025-05-01' }],
    });
    const problems = await openAtlas(page, `?data=${encodeURIComponent(`data:application/json,${fake}`)}&sel=c:fake`);
    await expectBuiltIn(page);
    await expect(page.locator('.link-notes')).toContainText('?data= only opens http(s) addresses, not "data:" links');
    await expect(page.locator('.link-notes')).toContainText('sel: "fake" is not in this data');
    await expect(page.getByText('Secret US–RU deal')).toHaveCount(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('.link-notes')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('?data=[ is a path on this site that is not there: said on screen, no uncaught error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./?data=%5B');
    // The preview server answers any path with the app's own page, which is no dataset.
    await expect(page.getByRole('alert')).toContainText('The data could not be loaded. [: ');
    await expect(page.getByRole('heading', { name: 'Backchannel Atlas' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('dates and windows from a link', () => {
  test('dates near the end of the JavaScript date range are brought within 1900–2100', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./?from=%2B275730-01-01T00:00:00.000Z&to=%2B275760-09-13T00:00:00.000Z');
    // Nothing in the record is that late: the timeline is drawn, empty, at 2100.
    await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
    await expect(page.locator('.tl')).toBeVisible();
    await expect(page.locator('.link-notes')).toContainText('dates outside 1900–2100 were brought within them');
    const url = new URL(await settledUrl(page));
    expect(url.searchParams.get('to')! <= '2101').toBe(true);
    expect(errors).toEqual([]);
  });

  test('a window wider than the timeline shows is narrowed to 40 years', async ({ page }) => {
    const problems = await openAtlas(page, '?from=0001-01-01&to=9999-12-31', { items: false });
    await expect(page.locator('.link-notes')).toContainText('narrowed to 40 years');
    const url = new URL(await settledUrl(page));
    const years = Number(url.searchParams.get('to')!.slice(0, 4)) - Number(url.searchParams.get('from')!.slice(0, 4));
    expect(years).toBeLessThanOrEqual(40);
    expect(problems).toEqual([]);
  });

  test('a long search is cut, and the address written back stays short', async ({ page }) => {
    await openAtlas(page, `?q=${'ab '.repeat(1000)}`);
    await expect(page.locator('.link-notes')).toContainText('the search was cut to its first 200 characters');
    expect((await settledUrl(page)).length).toBeLessThan(1000);
  });
});

test.describe('data that is not the built-in record says so', () => {
  test('a file on this site: the notice names its path', async ({ page }) => {
    await serveFixture(page, 'mixed.json');
    await openAtlas(page, '?data=fixtures/mixed.json');
    await expect(page.getByRole('note')).toHaveText(
      /Data from \/fixtures\/mixed\.json on this site, not the Backchannel Atlas record/,
    );
    // In the list as on the map.
    await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('note')).toBeVisible();
  });

  test.describe('another origin', () => {
    // The page's policy refuses plain http elsewhere; the test lifts it to reach the fixture server, which
    // a real deployment would reach over https.
    test.use({ bypassCSP: true });

    test('the notice names the other origin', async ({ page }) => {
      await openAtlas(page, `?data=${OTHER_ORIGIN}/cors/fixtures/mixed.json`);
      await expect(page.getByRole('note')).toHaveText(
        new RegExp(`Data from ${OTHER_ORIGIN.replace(/[.]/g, '\\.')}, not the Backchannel Atlas record`),
      );
    });
  });

  test('a file opened from the computer: the notice names the file', async ({ page }) => {
    await openAtlas(page);
    await expectBuiltIn(page);
    await page.locator('input[type="file"]').setInputFiles(new URL('./fixtures/own.csv', import.meta.url).pathname);
    await expect(page.getByRole('note')).toHaveText(/Data from your file own\.csv, not the Backchannel Atlas record/);
  });
});
