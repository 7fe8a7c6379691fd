// The questions analysts ask: who with whom (parties together), who took part, how sure and how secret.
// Expected counts come from data/contacts.json itself, filtered here in the test as the app should.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { periodEnd, periodStart } from '../src/data/dates.ts';
import type { Contact } from '../src/data/schema.ts';
import { openAtlas, settledUrl } from './helpers.ts';

const record: Contact[] = JSON.parse(readFileSync(new URL('../data/contacts.json', import.meta.url), 'utf8')).contacts;

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const shownCount = async (page: Page) => Number(/(\d+) of \d+ contacts/.exec(await details(page).innerText())?.[1]);

/** The contacts in the window the address shows (all tracks on, as the tests leave them). */
async function inWindow(page: Page): Promise<Contact[]> {
  const url = new URL(await settledUrl(page));
  const instant = (v: string) => Date.parse(/T/.test(v) ? v : `${v}T00:00:00Z`);
  const from = instant(url.searchParams.get('from')!);
  const to = instant(url.searchParams.get('to')!);
  return record.filter((c) => periodStart(c.start) < to && periodEnd(c.end ?? c.start) > from);
}

const facet = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const countOn = async (button: ReturnType<Page['getByRole']>) =>
  Number(/(\d+)$/.exec((await button.innerText()).trim())?.[1]);

test('parties "all of" gives the contacts between them; "any of" either; names with codes; in the URL', async ({
  page,
}) => {
  await openAtlas(page);
  const shown = await inWindow(page);
  const both = shown.filter((c) => c.parties.includes('US') && c.parties.includes('RU')).length;
  const either = shown.filter((c) => c.parties.includes('US') || c.parties.includes('RU')).length;
  expect(both).toBeGreaterThan(0);
  expect(either).toBeGreaterThan(both);

  const parties = facet(page, 'Parties');
  const mode = page.getByRole('group', { name: 'Contacts with the chosen parties' });
  await expect(mode.getByRole('button', { name: 'all of' })).toHaveAttribute('aria-pressed', 'true');
  // Organisations by their own names.
  await parties.getByRole('button', { name: /more$/ }).click();
  await expect(parties.getByRole('button', { name: /^International Atomic Energy Agency IAEA \d+/ })).toBeVisible();
  await parties.getByRole('button', { name: 'fewer' }).click();

  await parties.getByRole('button', { name: /^United States US \d+/ }).click();
  const russia = parties.getByRole('button', { name: /^Russia RU \d+/ });
  // With the US chosen, Russia's count is what choosing it as well would give.
  expect(await countOn(russia)).toBe(both);
  await russia.click();
  await expect.poll(() => shownCount(page)).toBe(both);
  expect(await settledUrl(page)).toContain('party=US%2CRU');
  expect(await settledUrl(page)).not.toContain('partymode');

  await mode.getByRole('button', { name: 'any of' }).click();
  await expect.poll(() => shownCount(page)).toBe(either);
  expect(await settledUrl(page)).toContain('partymode=any');
  await page.goBack();
  await expect.poll(() => shownCount(page)).toBe(both);
  await expect(mode.getByRole('button', { name: 'all of' })).toHaveAttribute('aria-pressed', 'true');
});

test('a person facet narrows to the contacts that person took part in; names in the details lead there', async ({
  page,
}) => {
  await openAtlas(page);
  const shown = await inWindow(page);
  const tookPart = (name: string) => shown.filter((c) => c.participants.some((p) => p.name === name)).length;
  const people = facet(page, 'Took part');
  await people.getByRole('searchbox', { name: 'Find a person who took part' }).fill('lavrov');
  const lavrov = people.getByRole('button', { name: /^Sergey Lavrov \d+/ });
  expect(await countOn(lavrov)).toBe(tookPart('Sergey Lavrov'));
  await lavrov.click();
  await expect.poll(() => shownCount(page)).toBe(tookPart('Sergey Lavrov'));
  expect(await settledUrl(page)).toContain('person=Sergey+Lavrov');

  // "Mentions" is the search: more contacts name him than he took part in.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Lavrov');
  await expect.poll(() => shownCount(page)).toBeGreaterThan(tookPart('Sergey Lavrov'));
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // From a contact's details, one click to a participant's contacts.
  const withPeople = record.find((c) => c.id === 'us-ru-riyadh-talks-2025-02-18')!;
  const person = withPeople.participants[0]!.name;
  await page.goto(`./?sel=c:${withPeople.id}`);
  await details(page)
    .getByRole('button', { name: `${person}: show the contacts they took part in` })
    .click();
  await expect(people.getByRole('button', { name: new RegExp(`^${person} \\d+`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect.poll(() => shownCount(page)).toBe(tookPart(person));
});

test('confidence and secrecy facets change the counts, with counts of their own', async ({ page }) => {
  await openAtlas(page);
  const shown = await inWindow(page);
  const disputed = shown.filter((c) => c.confidence === 'disputed');
  const confidence = facet(page, 'Confidence');
  const button = confidence.getByRole('button', { name: /^disputed \d+/ });
  expect(await countOn(button)).toBe(disputed.length);
  await button.click();
  await expect.poll(() => shownCount(page)).toBe(disputed.length);
  const secret = facet(page, 'Secret at the time').getByRole('button', { name: /^secret \d+/ });
  expect(await countOn(secret)).toBe(disputed.filter((c) => c.disclosed).length);
  await secret.click();
  await expect.poll(() => shownCount(page)).toBe(disputed.filter((c) => c.disclosed).length);
  const url = await settledUrl(page);
  expect(url).toContain('confidence=disputed');
  expect(url).toContain('secret=yes');
});

test('typing 2023 to 2024 sets the window, and the words end on 31 Dec 2024; an axis year zooms to it', async ({
  page,
}) => {
  await openAtlas(page);
  const period = page.getByRole('form', { name: 'Time window' });
  await period.getByRole('textbox', { name: 'From' }).fill('2023');
  await period.getByRole('textbox', { name: 'To' }).fill('2024');
  await period.getByRole('textbox', { name: 'To' }).press('Enter');
  await expect(period.getByText('Showing 1 Jan 2023 – 31 Dec 2024')).toBeVisible();
  await expect(period.getByRole('textbox', { name: 'From' })).toHaveValue('2023-01-01');
  await expect(period.getByRole('textbox', { name: 'To' })).toHaveValue('2024-12-31');
  const url = new URL(await settledUrl(page));
  expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['2023-01-01', '2025-01-01']);
  const expected = record.filter(
    (c) => periodStart(c.start) < Date.UTC(2025, 0, 1) && periodEnd(c.end ?? c.start) > Date.UTC(2023, 0, 1),
  );
  await expect.poll(() => shownCount(page)).toBe(expected.length);

  // A mistake is named, and the window stays.
  await period.getByRole('textbox', { name: 'To' }).fill('2024-13');
  await period.getByRole('button', { name: 'Show' }).click();
  await expect(period.getByRole('alert')).toHaveText(/To: "2024-13" is not a date/);
  await expect(period.getByRole('textbox', { name: 'To' })).toHaveAttribute('aria-invalid', 'true');

  // The year 2024 on the axis zooms to 2024.
  await page
    .locator('.tl-tick', { hasText: /^2024$/ })
    .first()
    .click();
  await expect(period.getByText('Showing 1 Jan 2024 – 31 Dec 2024')).toBeVisible();
  // And a month to that month.
  await page.locator('.tl-tick.is-minor', { hasText: /^Mar/ }).first().click();
  await expect(period.getByText('Showing 1 Mar 2024 – 31 Mar 2024')).toBeVisible();
});
