import { expect, test } from '@playwright/test';
import { openAtlas, serveFixture } from './helpers.ts';

// Contacts without coordinates are on the timeline and in the list; the map says how many and lists them.
test('the map names and lists the contacts it cannot show, following the filters', async ({ page }) => {
  await serveFixture(page, 'off-map.csv');
  const problems = await openAtlas(page, '?data=fixtures/off-map.csv');
  const map = page.locator('.map-pane');
  const toggle = map.getByRole('button', { name: '2 not on the map' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  const list = map.getByRole('region', { name: 'Contacts not on the map' });
  await expect(list.getByRole('button', { name: 'Unplaced envoy visit' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Unplaced expert dialogue' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Talks in Alpha town' })).toHaveCount(0);

  // Choosing one selects it everywhere and folds the list away.
  await list.getByRole('button', { name: 'Unplaced expert dialogue' }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Unplaced expert dialogue' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: Enter opens, Escape closes and leaves focus on the toggle.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: 'Unplaced envoy visit' })).toBeVisible();
  await list.getByRole('button', { name: 'Unplaced envoy visit' }).focus();
  await page.keyboard.press('Escape');
  await expect(list.getByRole('button', { name: 'Unplaced envoy visit' })).toBeHidden();
  await expect(toggle).toBeFocused();

  // The count follows the filters: a search that matches one leaves one, one for a placed contact none.
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await search.fill('envoy');
  await expect(map.getByRole('button', { name: '1 not on the map' })).toBeVisible();
  await search.fill('Alpha');
  await expect(map.getByRole('button', { name: /not on the map/ })).toHaveCount(0);
  await search.fill('');
  await expect(map.getByRole('button', { name: '2 not on the map' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the built-in record has a place for every contact: no "not on the map" entry', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('.atlas-marker').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /not on the map/ })).toHaveCount(0);
});
