import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers.ts';

test.describe('legend', () => {
  test('names every symbol the map and timeline draw, and remembers whether it is open', async ({ page }) => {
    const problems = await openAtlas(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend).toBeVisible();
    const entries = await legend.getByRole('listitem').allInnerTexts();
    for (const words of [
      'Track 1:',
      'Track 1.5:',
      'Track 2:',
      'mix of tracks',
      'cluster of nearby places',
      'Dashed ring: location not reported or assumed',
      'Line: calls between two places',
      'Hatched “≈” range',
      '“?” with a wavy underline: disputed',
      'secret until disclosed',
      'from a secret contact to its first report',
    ]) {
      expect(
        entries.filter((e) => e.includes(words)),
        words,
      ).toHaveLength(1);
    }
    await expect(legend.getByRole('listitem').last()).toBeVisible();
    // The timeline draws the secret contacts the legend describes.
    await expect(page.locator('.vis-item.is-secret').first()).toBeAttached();

    const toggle = legend.getByRole('button', { name: 'Hide legend' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.press('Enter');
    await expect(legend.getByText('Track 1.5')).toBeHidden();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: 'Legend' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(problems).toEqual([]);
  });

  test('starts closed on a phone and opens over the map', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAtlas(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('button', { name: 'Legend' }).click();
    await expect(legend.getByText('Line: calls between two places')).toBeVisible();
    // It stays inside the map pane.
    const pane = (await page.locator('.map-pane').boundingBox())!;
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  });
});
