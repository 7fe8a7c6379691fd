import { expect, test } from '@playwright/test';
import { openAtlas, settledUrl } from './helpers.ts';

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
    await expect(page.locator('.tl-item.is-secret').first()).toBeAttached();

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

test('About the data opens from the header, has its own link, and Back closes it', async ({ page }) => {
  const problems = await openAtlas(page);
  await page.getByRole('button', { name: 'About the data' }).click();
  const about = page.getByRole('dialog', { name: 'About the data' });
  await expect(about).toBeVisible();
  for (const heading of [
    'What counts as a contact',
    'Tracks',
    'Confidence',
    'Dates and places',
    'How sources are chosen',
    'Known gaps',
    'How to report a correction',
    'Version, licence and citation',
  ]) {
    await expect(about.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(about).toContainText(/Backchannel Atlas \d+\.\d+\.\d+/);
  await expect(about).toContainText('CC-BY-4.0');
  // No correction address is configured in the test build: the page says so instead of inventing one.
  await expect(about).toContainText('has no correction address set');
  await about.getByRole('button', { name: 'Cite the dataset' }).click();
  const bibtex = about.getByRole('group', { name: 'Cite the dataset' }).getByRole('textbox', { name: 'BibTeX' });
  await expect(bibtex).toHaveValue(/version = \{\d+\.\d+\.\d+\}/);
  expect(new URL(await settledUrl(page)).searchParams.get('about')).toBe('1');

  // Its own link opens it again.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toBeHidden();

  // An example opens the record it names, selected, with the About page closed.
  await page.goForward();
  await page
    .getByRole('dialog', { name: 'About the data' })
    .getByRole('link', { name: 'Rubio and Lavrov in Riyadh, February 2025' })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Riyadh');
  expect(new URL(await settledUrl(page)).searchParams.get('sel')).toBe('c:us-ru-riyadh-talks-2025-02-18');
  expect(problems).toEqual([]);
});
