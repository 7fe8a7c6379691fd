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
  const line = page.locator('.vis-item.disclosure');
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
