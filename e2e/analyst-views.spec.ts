import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, settledUrl } from './helpers.ts';

interface RecordContact {
  id: string;
  title: string;
  start: string;
  disclosed?: string;
  parties: string[];
}
const record = JSON.parse(readFileSync(new URL('../data/contacts.json', import.meta.url), 'utf8')) as {
  contacts: RecordContact[];
};
const byId = (id: string) => record.contacts.find((c) => c.id === id)!;

test('a secret contact has a disclosure line on the timeline, and its lag in the details', async ({ page }) => {
  const secret = byId('us-ru-intermediaries-turkey-2023');
  expect(secret.disclosed).toBe('2024-02-13');
  const problems = await openAtlas(page, `?from=2023-09-01&to=2024-04-01&sel=c%3A${secret.id}`);
  const line = page.locator('.tl-item.disclosure');
  await expect(line).toHaveCount(0);
  const toggle = page.getByRole('button', { name: 'Disclosure lines' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const mine = page.getByRole('button', {
    name: `${secret.title}: secret; made public 13 Feb 2024, after about 4 months`,
  });
  await expect(mine).toBeVisible();
  expect(await settledUrl(page)).toContain('disclose=1');

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('after about 4 months')).toBeVisible();
  await expect(details.getByText('(lag ≈ 4 months)')).toBeVisible();
  const chart = details.getByRole('img', { name: /Months from contact to first public report/ });
  await expect(chart).toHaveAttribute('aria-label', /This contact: 4–6 months\./);

  // The link brings the lines back; clicking a line selects its contact.
  await page.goto(`./?from=2023-09-01&to=2024-04-01&disclose=1`);
  await mine.click();
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(secret.title);
  expect(problems).toEqual([]);
});

test('the network links the US and Russia by their shared contacts, and a node filters by its party', async ({
  page,
}) => {
  const both = record.contacts.filter((c) => c.parties.includes('US') && c.parties.includes('RU'));
  expect(both.length).toBeGreaterThan(10);
  const problems = await openAtlas(page, '?from=2020-01-01&to=2028-01-01');
  await page.getByRole('button', { name: 'Network', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Network', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await settledUrl(page)).toContain('view=network');

  // The RU–US link, from the list of strongest links (keyboard users' way to the lines of the drawing).
  await page.getByRole('button', { name: 'RU – US', exact: true }).click();
  const list = page.getByRole('region', { name: 'Contacts of Russia (RU) – United States (US)' });
  await expect(list.getByRole('heading')).toHaveText(`Russia (RU) – United States (US): ${both.length} contacts`);
  await expect(list.getByRole('listitem')).toHaveCount(both.length);
  const titles = await list.getByRole('listitem').getByRole('button').allTextContents();
  expect(new Set(titles)).toEqual(new Set(both.map((c) => c.title)));
  expect(await settledUrl(page)).toContain('pick=RU%7EUS');

  // A contact of the link is selected everywhere: details, and the address.
  const first = both.find((c) => c.title === titles[0])!;
  await list.getByRole('button', { name: first.title, exact: true }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(first.title);
  await expect(page.locator('.network-link.is-related').first()).toBeAttached();
  expect(await settledUrl(page)).toContain(`sel=c%3A${first.id}`);

  // The drawn link carries the same count; the US node is a button that filters by its party.
  await expect(page.locator('[data-link="RU~US"] title')).toHaveText(
    `Russia (RU) – United States (US): ${both.length} contacts`,
  );
  const us = page.getByRole('button', { name: /^United States \(US\), \d+ contacts: filter by this party$/ });
  await us.focus();
  await page.keyboard.press('Enter');
  await expect(us).toHaveAttribute('aria-pressed', 'true');
  expect(await settledUrl(page)).toMatch(/party=US(&|$)/);
  // Every node left shares a contact with the US; the network and the link list follow the filter.
  await expect(page.getByRole('button', { name: /^Iran \(IR\),/ })).toHaveCount(
    record.contacts.some((c) => c.parties.includes('IR') && c.parties.includes('US')) ? 1 : 0,
  );

  // The view comes back from its link.
  await page.goto(`./?from=2020-01-01&to=2028-01-01&view=network&pick=RU~US`);
  await expect(page.getByRole('region', { name: 'Contacts of Russia (RU) – United States (US)' })).toBeVisible();
  expect(problems).toEqual([]);
});
