import { expect, test } from '@playwright/test';
import {
  markerCount,
  markerLabels,
  nextFrames,
  openAtlas,
  placeMarker,
  revealPlace,
  timelineItems,
} from './helpers.ts';

test('opens on the whole dataset with no console errors and no requests to other hosts', async ({ page }) => {
  const problems = await openAtlas(page);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(/\d+ of \d+ contacts between/);
  const [shown, total] = (await details.locator('p').first().innerText()).match(/\d+/g)!.map(Number);
  expect(shown).toBe(total);
  await expect(page.locator('.atlas-marker').first()).toBeVisible();
  await expect(page.locator('.tl-item').first()).toBeAttached();
  // Drawing the country shapes comes last; any error it causes is in by then.
  await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
  await nextFrames(page);
  expect(problems).toEqual([]);
});

test('clicking Geneva lists the track-2 meeting of February 2025 with a source link', async ({ page }) => {
  await openAtlas(page);
  await (await revealPlace(page, 'Geneva')).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Geneva' })).toBeVisible();
  const meeting = details
    .locator('.contact-list > li')
    .filter({ hasText: 'Track 2' })
    .filter({ hasText: /14–16 Feb 2025/ });
  await expect(meeting).toHaveCount(1);
  const link = meeting.getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
});

test("switching Track 2 off lowers Geneva's count and removes track-2 items from the timeline", async ({ page }) => {
  await openAtlas(page);
  const geneva = await revealPlace(page, 'Geneva');
  await expect(geneva).toBeVisible();
  const before = await markerCount(page, 'Geneva');
  await expect(page.locator('.tl-item.track-2').first()).toBeAttached();

  await page.getByRole('button', { name: /^Track 2\b/ }).click();
  await expect(page.getByRole('button', { name: /^Track 2\b/ })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => markerCount(page, 'Geneva')).toBeLessThan(before);
  await expect(page.locator('.tl-item.track-2')).toHaveCount(0);
  await expect(page.locator('.tl-item.track-1').first()).toBeAttached();
});

test('dragging the timeline changes the map while the drag is still going on', async ({ page }) => {
  await openAtlas(page);
  const range = () => page.getByRole('region', { name: 'Details' }).locator('p').first().innerText();
  const wide = await range();
  await page.getByRole('button', { name: 'Zoom timeline in' }).click();
  await page.getByRole('button', { name: 'Zoom timeline in' }).click();
  await expect.poll(range).not.toBe(wide);
  await nextFrames(page); // the map redraws on the next frame
  const before = await markerLabels(page);
  const box = (await page.locator('.timeline .tl-body').boundingBox())!;
  const y = box.y + 30;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + 0.05 * i), y);
    await nextFrames(page, 1); // one move per frame, as a hand gives them
  }
  // Still holding the button: the map must already show another period.
  await expect.poll(() => markerLabels(page)).not.toEqual(before);
  await page.mouse.up();
});

test('clicking a timeline item shows that contact in the details and highlights its place', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('.details h3')).toHaveCount(0);
  await page.locator('.tl-item.tl-point.contact').nth(5).click({ force: true });
  const details = page.getByRole('region', { name: 'Details' });
  // Whatever item was under the pointer is the one the timeline marks selected and the details show.
  const selected = page.locator('.tl-item.is-selected');
  await expect(selected).toHaveCount(1);
  const title = (await selected.getAttribute('aria-label'))!.split(', ')[0]!;
  await expect(details.getByRole('heading', { level: 3 })).toContainText(title.slice(0, 20));
  await expect(details.locator('.sources a').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(page.locator('.atlas-marker.is-selected').first()).toBeVisible();
});

test('selecting a place highlights its contacts on the timeline; hovering a marker highlights them too', async ({
  page,
}) => {
  await openAtlas(page);
  const geneva = await revealPlace(page, 'Geneva');
  await geneva.hover();
  await expect(timelineItems(page, '.is-hovered').first()).toBeAttached();
  await geneva.click();
  const count = await markerCount(page, 'Geneva');
  await expect(timelineItems(page, '.is-related')).toHaveCount(count);
});

test('markers, toggles and timeline items work from the keyboard', async ({ page }) => {
  await openAtlas(page);
  const geneva = await revealPlace(page, 'Geneva');
  await geneva.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Geneva' })).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Track 1\.5\b/ });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  const item = page.locator('.tl-item[role="button"]').first();
  const label = (await item.getAttribute('aria-label'))!;
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })).toContainText(
    label.split(', ')[0]!.slice(0, 20),
  );
});

test('approximate places and dates look approximate', async ({ page }) => {
  await openAtlas(page);
  await expect(timelineItems(page, '.is-approx').first()).toBeAttached();
  const placeholder = await revealPlace(page, 'Switzerland (location not reported)');
  await expect(placeholder).toHaveAttribute('aria-label', /location approximate/);
  await expect(placeholder.locator('.pin.is-approx')).toBeVisible();
  await placeholder.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(
    'approx. location: only the country is known',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('map, timeline and details fit the width with no sideways scrolling', async ({ page }) => {
    await openAtlas(page);
    await expect(page.locator('.map')).toBeVisible();
    await expect(page.locator('.timeline .tl')).toBeVisible();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    await (await revealPlace(page, 'Geneva')).click();
    await expect(placeMarker(page, 'Geneva')).toHaveAttribute('aria-pressed', 'true');
    const after = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(after).toBeLessThanOrEqual(390);
  });
});
