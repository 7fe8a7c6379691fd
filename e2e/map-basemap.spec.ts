// The offline map a newcomer sees (issue 10): names, water, markers that never hide each other, the world
// fitted at every size, and an honest message when the online tiles cannot be had.
import { expect, test, type Page } from '@playwright/test';
import { landPixels, nextFrames, openAtlas, revealPlace, serveFixture, settledUrl, zoomMapUntil } from './helpers.ts';

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

async function rects(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, label: e.getAttribute('aria-label') ?? e.textContent };
    }),
  );
}

/** Markers are discs: two overlap when their centres are closer than their radii added up. */
const discsOverlap = (a: Rect, b: Rect) =>
  Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2)) <
  (a.width + b.width) / 2 - 0.5;

/** Opens the legend if it started folded (phones and short screens). */
async function openLegend(page: Page) {
  const show = page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: 'Legend', exact: true });
  if (await show.isVisible()) await show.click();
  await expect(page.getByRole('button', { name: 'Hide legend' })).toBeVisible();
}

/** The map's controls whose boxes the legend's box overlaps. */
async function legendCovers(page: Page) {
  const legend = (await page.locator('.map-legend').boundingBox())!;
  const covered: string[] = [];
  for (const [name, selector] of [
    ['zoom buttons', '.leaflet-control-zoom'],
    ['layer switcher', '.leaflet-control-layers'],
  ]) {
    const box = (await page.locator(selector!).boundingBox())!;
    if (overlap(legend, box)) covered.push(`${name}: ${JSON.stringify(box)} under ${JSON.stringify(legend)}`);
  }
  return covered;
}

async function labelsSettled(page: Page) {
  await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('.map-label').first()).toBeVisible();
  // Labels are placed a moment after the markers rest.
  await page.waitForTimeout(0);
  await expect
    .poll(async () => {
      const before = await page.locator('.map-labels').innerHTML();
      await nextFrames(page, 12);
      return before === (await page.locator('.map-labels').innerHTML());
    })
    .toBe(true);
}

test('no country placeholder sits under another marker, and each can be clicked', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
  // Once in CI the click below selected nothing (cause not found); measure and click a map at rest (its
  // view written to the address).
  await settledUrl(page);
  await nextFrames(page);
  const markers = await rects(page, '.atlas-marker');
  const placeholders = markers.filter((m) => m.label?.includes('location approximate'));
  expect(placeholders.length).toBeGreaterThan(3);
  for (const p of placeholders)
    for (const m of markers) if (m !== p) expect(discsOverlap(p, m), `${p.label} over ${m.label}`).toBe(false);
  // Ukraine's placeholder stands beside Kyiv, and a click on it selects it, not the city.
  const ukraine = page.getByRole('button', { name: /^Ukraine \(location not reported\), \d+ contacts/ });
  await ukraine.click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading').first()).toContainText(
    'Ukraine (location not reported)',
  );
});

test('the offline map names places clear of markers, and always the selected one', async ({ page }) => {
  await openAtlas(page);
  await labelsSettled(page);
  const labels = await rects(page, '.map-label');
  const markers = await rects(page, '.atlas-marker');
  expect(labels.length).toBeGreaterThan(10);
  for (const a of labels) {
    for (const b of labels) if (a !== b) expect(overlap(a, b), `${a.label} over ${b.label}`).toBe(false);
    for (const m of markers) expect(overlap(a, m), `${a.label} under ${m.label}`).toBe(false);
  }
  await (await revealPlace(page, 'Riyadh')).click();
  await expect(page.locator('.map-label.is-selected')).toHaveText('Riyadh');
  // Lakes and rivers are drawn with the countries: the offline layer's name says so.
  await page.locator('.leaflet-control-layers').hover();
  await expect(page.getByLabel('Offline map (countries, lakes, rivers)')).toBeChecked();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('GeoNames (CC BY 4.0)');
});

test('markers appear only once the countries are drawn', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { order: string[] }).order = seen;
    new MutationObserver(() => {
      if (!seen.includes('basemap') && document.documentElement.dataset.basemap === 'ready') seen.push('basemap');
      if (!seen.includes('marker') && document.querySelector('.atlas-marker')) seen.push('marker');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await openAtlas(page);
  await expect(page.locator('.atlas-marker').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { order: string[] }).order)).toEqual(['basemap', 'marker']);
});

test('the world view draws the light coastlines; the detailed ones come after it, once, for closer in', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // When the first view is up: the basemap, the timeline and the markers drawn.
    new MutationObserver((_, observer) => {
      const root = document.documentElement;
      if (root.dataset.basemap !== 'ready' || root.dataset.timeline !== 'ready') return;
      if (!document.querySelector('.atlas-marker')) return;
      (window as unknown as { firstView: number }).firstView = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const shapes: string[] = [];
  page.on('request', (r) => {
    const file = /countries-(\d+m)-/.exec(r.url())?.[1];
    if (file) shapes.push(file);
  });
  await openAtlas(page);
  const map = page.locator('.leaflet-container');
  await expect(map).toHaveAttribute('data-basemap-detail', 'coarse');
  // The detailed file is asked for only once the first view is shown, so it never slows it down.
  const fineAsked = () =>
    page.evaluate(() => {
      const asked = performance.getEntriesByType('resource').find((e) => e.name.includes('/countries-50m-'));
      const shown = (window as unknown as { firstView?: number }).firstView;
      return asked && shown !== undefined ? asked.startTime - shown : null;
    });
  await expect.poll(fineAsked).not.toBeNull();
  expect(await fineAsked()).toBeGreaterThan(0);

  await zoomMapUntil(page, 'Zoom in', (zoom) => zoom >= 3);
  await expect(map).toHaveAttribute('data-basemap-detail', 'fine');
  // Drawn in place of the light shapes, not beside them or after a blank.
  expect(await landPixels(page)).toBeGreaterThan(1000);

  await zoomMapUntil(page, 'Zoom out', (zoom) => zoom < 3);
  await expect(map).toHaveAttribute('data-basemap-detail', 'coarse');
  expect(await landPixels(page)).toBeGreaterThan(1000);
  expect(shapes).toEqual(['110m', '50m']);
});

test('OpenStreetMap without a network says so and goes back to the offline map', async ({ page }) => {
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
  await openAtlas(page);
  await page.locator('.leaflet-control-layers').hover();
  await page.getByLabel('OpenStreetMap (online)').check();
  await expect(page.getByRole('status').filter({ hasText: 'OpenStreetMap tiles could not be loaded' })).toBeVisible();
  await expect(page.getByLabel('Offline map (countries, lakes, rivers)')).toBeChecked();
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  await expect(page.locator('.map-label').first()).toBeVisible();
});

/** Every pair of marker discs (placeholders included) that cover each other, by their names. */
async function overlappingPairs(page: Page): Promise<string[]> {
  const markers = await rects(page, '.atlas-marker');
  expect(markers.length).toBeGreaterThan(10);
  const pairs: string[] = [];
  markers.forEach((a, i) =>
    markers.slice(i + 1).forEach((b) => discsOverlap(a, b) && pairs.push(`${a.label} over ${b.label}`)),
  );
  return pairs;
}

for (const [size, viewport, touch] of [
  ['a phone', { width: 390, height: 844 }, true],
  ['a laptop', { width: 1280, height: 720 }, false],
  ['a desktop', { width: 1440, height: 900 }, false],
] as const) {
  test.describe(`on ${size} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test('no marker covers another at the world view', async ({ page }) => {
      await openAtlas(page);
      await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
      await nextFrames(page);
      expect(await overlappingPairs(page)).toEqual([]);
    });

    test('at the first view no marker is under the controls, the legend or the view switch, or cut by an edge', async ({
      page,
    }) => {
      await openAtlas(page);
      await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
      await settledUrl(page);
      await nextFrames(page);
      expect(await markersHidden(page)).toEqual([]);
    });
  });
}

/** Markers under what floats over the map, or reaching past its edge: each with what hides it. */
async function markersHidden(page: Page) {
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  const over = await rects(page, '.leaflet-control, .map-legend, .view-tabs');
  const hidden: string[] = [];
  for (const m of await rects(page, '.atlas-marker')) {
    const box = over.find((o) => o.width && o.height && overlap(m, o));
    if (box) hidden.push(`${m.label} under ${box.label?.slice(0, 30)}`);
    const inside =
      m.x >= map.x - 0.5 &&
      m.y >= map.y - 0.5 &&
      m.x + m.width <= map.x + map.width + 0.5 &&
      m.y + m.height <= map.y + map.height + 0.5;
    if (!inside) hidden.push(`${m.label} past the map's edge`);
  }
  return hidden;
}

test.describe('on a laptop (1280×720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the map gets the room the folded facets and the fitted timeline leave, every track row in view', async ({
    page,
  }) => {
    await openAtlas(page);
    await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
    // 211 px with the facets capped at 7.4rem and a 295 px timeline; 364 px here with both fitted.
    expect((await page.locator('.map').boundingBox())!.height).toBeGreaterThanOrEqual(355);
    const panel = (await page.locator('.timeline .tl-body').boundingBox())!;
    for (const track of ['Track 1', 'Track 1.5', 'Track 2']) {
      const row = (await page
        .locator('.timeline .tl-rowlabel')
        .filter({ hasText: new RegExp(`^${track.replace('.', '\\.')}$`) })
        .boundingBox())!;
      expect(row.y, track).toBeGreaterThanOrEqual(panel.y - 1);
      expect(row.y + row.height, track).toBeLessThanOrEqual(panel.y + panel.height + 1);
      expect(row.y + row.height, track).toBeLessThanOrEqual(720);
    }
    await expect(page.getByRole('textbox', { name: 'From' })).toBeInViewport();
    // The legend starts folded, so it covers none of the map.
    await expect(page.getByRole('button', { name: 'Legend', exact: true })).toHaveAttribute('aria-expanded', 'false');
  });

  test('the "Filters" button opens and folds the facets, and counts the values chosen', async ({ page }) => {
    await openAtlas(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    const person = page.getByPlaceholder('Find a person');
    await expect(filters).toHaveText(/^Filters\b/);
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(person).toBeHidden();
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await page
      .getByRole('group', { name: 'Parties' })
      .getByRole('button', { name: /^Russia RU/ })
      .click();
    await page.getByRole('group', { name: 'Kind' }).getByRole('button').first().click();
    await expect(filters).toHaveText(/^Filters \(2 chosen\)/);
    // Open, the facets scroll inside their bar; the rows below come into view, and the period form stays.
    await person.scrollIntoViewIfNeeded();
    await expect(person).toBeInViewport();
    await expect(page.getByRole('textbox', { name: 'From' })).toBeInViewport();
    await filters.click();
    await expect(person).toBeHidden();
    // Folded, the count still says that filters are on; "Clear filters" stays beside it.
    await expect(filters).toHaveText(/^Filters \(2 chosen\)/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(filters).toHaveText(/^Filters\b(?! \()/);
    expect((await page.locator('.map').boundingBox())!.height).toBeGreaterThanOrEqual(355);
  });

  test('under tall banners the open legend still leaves the zoom buttons and the layer switcher free', async ({
    page,
  }) => {
    await serveFixture(page, 'mixed.json');
    await openAtlas(page, '?data=fixtures/mixed.json');
    await page.locator('.data-problems summary').click();
    await openLegend(page);
    await expect(page.locator('.map-legend .legend-body')).toBeVisible();
    expect(await legendCovers(page)).toEqual([]);
  });
});

for (const [size, viewport, touch] of [
  ['a phone', { width: 390, height: 844 }, true],
  ['a laptop', { width: 1280, height: 720 }, false],
  ['a desktop', { width: 1440, height: 900 }, false],
] as const) {
  test.describe(`on ${size} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test('the open legend covers neither the zoom buttons nor the layer switcher', async ({ page }) => {
      await openAtlas(page);
      await openLegend(page);
      await expect(page.locator('.map-legend .legend-list li').first()).toBeVisible();
      expect(await legendCovers(page)).toEqual([]);
    });

    test('the legend, folded or open, leaves the credits readable', async ({ page }) => {
      await openAtlas(page);
      const credits = page.locator('.leaflet-control-attribution');
      await expect(credits).toContainText('GeoNames');
      const legend = page.locator('.map-legend');
      for (const step of ['folded', 'open']) {
        const [a, b] = [(await legend.boundingBox())!, (await credits.boundingBox())!];
        expect(overlap(a, b), `${step}: legend ${JSON.stringify(a)} over credits ${JSON.stringify(b)}`).toBe(false);
        if (step === 'folded') await openLegend(page);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the whole record fits the map, from Alaska to East Asia', async ({ page }) => {
    await openAtlas(page);
    await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
    await nextFrames(page);
    const map = (await page.locator('.map').boundingBox())!;
    const markers = await rects(page, '.atlas-marker');
    expect(markers.length).toBeGreaterThan(5);
    for (const m of markers) {
      expect(m.x, m.label!).toBeGreaterThanOrEqual(map.x);
      expect(m.x + m.width, m.label!).toBeLessThanOrEqual(map.x + map.width);
    }
    await expect(page.getByRole('button', { name: /^Anchorage, \d+ contact/ })).toBeInViewport();
  });

  test('a tap on the markers merged over Europe zooms in, and still no marker covers another', async ({ page }) => {
    await openAtlas(page);
    await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
    const europe = page.getByRole('button', { name: /^\d+ places: Moscow, Kyiv/ });
    const label = (await europe.getAttribute('aria-label'))!;
    const places = Number(/^(\d+) places/.exec(label)![1]);
    await europe.tap();
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
    // Its places now stand in smaller clusters or alone: Kyiv's marker holds fewer of them.
    const kyiv = page.getByRole('button', { name: /^(Kyiv, \d+ contact|\d+ places: .*Kyiv)/ });
    await expect
      .poll(async () => Number(/^(\d+) places/.exec((await kyiv.getAttribute('aria-label')) ?? '')?.[1] ?? 1))
      .toBeLessThan(places);
    await nextFrames(page);
    expect(await overlappingPairs(page)).toEqual([]);
  });
});

/** How many pixels of the map's canvases are painted in the land colour the page's theme gives now. */
test('switching the system to the dark theme repaints the offline map without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openAtlas(page);
  await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
  const lightLand = await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land'));
  const label = page.locator('.map-label').first();
  const lightLabel = await label.evaluate((e) => getComputedStyle(e).color);

  await page.emulateMedia({ colorScheme: 'dark' });
  const darkLand = await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land'));
  expect(darkLand).not.toBe(lightLand);
  // landPixels reads the colour the theme gives now: the countries are painted in the dark one.
  await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
  await expect.poll(() => label.evaluate((e) => getComputedStyle(e).color)).not.toBe(lightLabel);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => landPixels(page)).toBeGreaterThan(10_000);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the basemap, markers and timeline turn dark and keep their text readable', async ({ page }) => {
    await openAtlas(page);
    await expect(page.locator('html[data-basemap="ready"]')).toBeAttached({ timeout: 20_000 });
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const styleOf = (selector: string, prop: 'backgroundColor' | 'color') =>
      page
        .locator(selector)
        .first()
        .evaluate((e, p) => getComputedStyle(e)[p], prop);
    expect(luminance(await styleOf('.map', 'backgroundColor'))).toBeLessThan(0.3);
    expect(luminance(await styleOf('.details', 'backgroundColor'))).toBeLessThan(0.2);
    expect(luminance(await styleOf('.atlas-marker .pin-count', 'backgroundColor'))).toBeLessThan(0.2);
    expect(luminance(await styleOf('.atlas-marker .pin-count', 'color'))).toBeGreaterThan(0.7);
    expect(luminance(await styleOf('.timeline .tl-rowlabel', 'color'))).toBeGreaterThan(0.7);
    expect(luminance(await styleOf('.map-label', 'color'))).toBeGreaterThan(0.7);
    // The country shapes are drawn on canvas in the theme's land colour, not the light grey.
    const land = await page.locator('.map').evaluate((e) => getComputedStyle(e).getPropertyValue('--map-land').trim());
    expect(land).toBe('#3a414a');
  });
});
