import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers.ts';

test('a channel lists its sessions and a session leads back to its channel', async ({ page }) => {
  const problems = await openAtlas(page, '?sel=c%3Aru-ua-abramovich-channel-2022');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: /Abramovich's informal Kyiv–Moscow channel/ })).toBeVisible();
  const sessions = details.locator('dt', { hasText: 'Sessions' }).locator('xpath=following-sibling::dd[1]');
  await expect(sessions.getByRole('button')).toHaveCount(5);

  // Sessions are listed in date order: the first is Ukraine's request of February 2022.
  const first = sessions.getByRole('button').first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/sel=c%3Aua-ru-abramovich-kyiv-request-belarus-2022-02/);
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(title);
  const partOf = details.locator('dt', { hasText: 'Part of' }).locator('xpath=following-sibling::dd[1]');
  await partOf.getByRole('button', { name: /Abramovich's informal Kyiv–Moscow channel/ }).click();
  await expect(page).toHaveURL(/sel=c%3Aru-ua-abramovich-channel-2022/);
  expect(problems).toEqual([]);
});
