import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Loads the app and fails the test on any console error or request to another host. Only items in the
 * window are drawn, so a link to a window with no contacts in it says `{ items: false }`. */
export async function openAtlas(page: Page, query = '', { items = true } = {}) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:'))
      problems.push(`request to ${r.url()}`);
  });
  await page.goto(`./${query}`);
  await expect(page.locator('html[data-timeline="ready"]')).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('.tl')).toBeVisible();
  if (items) await expect(page.locator('.tl-item').first()).toBeVisible();
  return problems;
}

/** Serves a file from e2e/fixtures at /fixtures/<name>, as a user's own dataset would be served. */
export async function serveFixture(page: Page, name: string) {
  const body = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const contentType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  await page.route(`**/fixtures/${name}`, (route) => route.fulfill({ body, contentType }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function placeMarker(page: Page, place: string) {
  return page.getByRole('button', { name: new RegExp(`^${escape(place)}, \\d+ contacts?`) });
}

/** Timeline items: points and ranges. */
export function timelineItems(page: Page, extraClass = '') {
  return page.locator(`.tl-item${extraClass}`);
}

type Point = { x: number; y: number };

/** Where the built-in dataset puts a city: its first place of that name (or city). */
function cityCoordinates(place: string): { lat: number; lon: number } | null {
  const data = JSON.parse(readFileSync(new URL('../data/contacts.json', import.meta.url), 'utf8')) as {
    contacts: Array<{ places?: Array<{ name: string; city?: string; lat?: number; lon?: number }> }>;
  };
  for (const c of data.contacts)
    for (const p of c.places ?? [])
      if ((p.name === place || p.city === place) && p.lat !== undefined && p.lon !== undefined)
        return { lat: p.lat, lon: p.lon };
  return null;
}

/** The page point of a coordinate on the map as the address describes it (Web Mercator, 256 px tiles). */
async function onScreen(page: Page, at: { lat: number; lon: number }): Promise<Point> {
  const view = new URL(await settledUrl(page)).searchParams.get('map')!.split(',').map(Number);
  const [lat, lon, zoom] = view as [number, number, number];
  const project = (la: number, lo: number): Point => {
    const scale = 256 * 2 ** zoom;
    const sin = Math.sin((la * Math.PI) / 180);
    return { x: (scale * (lo + 180)) / 360, y: scale * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
  };
  const centre = project(lat, lon);
  const p = project(at.lat, at.lon);
  const box = (await page.locator('.map').boundingBox())!;
  return { x: box.x + box.width / 2 + p.x - centre.x, y: box.y + box.height / 2 + p.y - centre.y };
}

/** The cluster to open for a place: the one that names it, else (a cluster names only its busiest four
 * places) the one nearest to where the place is, as someone who knows the map would choose. */
async function clusterFor(page: Page, place: string) {
  const naming = page.getByRole('button', { name: new RegExp(`^\\d+ places: .*${escape(place)}`) });
  if (await naming.count()) return naming.first();
  const coordinates = cityCoordinates(place);
  if (!coordinates) throw new Error(`${place}: no cluster names it, and the dataset has no such city`);
  const target = await onScreen(page, coordinates);
  const clusters = page.getByRole('button', { name: /^\d+ places: .* and \d+ more;/ });
  let nearest = -1;
  let best = Infinity;
  for (let i = 0; i < (await clusters.count()); i++) {
    const b = (await clusters.nth(i).boundingBox())!;
    const d = Math.hypot(b.x + b.width / 2 - target.x, b.y + b.height / 2 - target.y);
    if (d < best) [nearest, best] = [i, d];
  }
  if (nearest < 0) throw new Error(`${place}: no marker and no cluster that could hold it`);
  return clusters.nth(nearest);
}

/** Opens clusters that contain the place until its own marker shows, as a user zooming in would. */
export async function revealPlace(page: Page, place: string) {
  for (let i = 0; i < 6; i++) {
    // Read the markers of a map at rest: right after load, or after a fly, they may not be drawn yet.
    await settledUrl(page);
    await expect(page.locator('.atlas-marker').first()).toBeAttached();
    if (await placeMarker(page, place).count()) return placeMarker(page, place);
    const cluster = await clusterFor(page, place);
    const label = (await cluster.getAttribute('aria-label'))!;
    // By keyboard, as a marker is a button (a click would do the same now that no marker covers another).
    await cluster.focus();
    await page.keyboard.press('Enter');
    // The map flies to the cluster's zoom; once it lands, that zoom's markers replace this one.
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  }
  return placeMarker(page, place);
}

/** Resolves after the page has drawn `count` more frames: what was asked of it so far is on screen. */
export async function nextFrames(page: Page, count = 2) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
        step(n);
      }),
    count,
  );
}

/** The address once the app has written it: the URL is written a moment after the view settles. */
export async function settledUrl(page: Page) {
  await expect(page.locator('html[data-url-write]')).toHaveCount(0);
  return page.url();
}

export async function markerCount(page: Page, place: string): Promise<number> {
  const label = await placeMarker(page, place).getAttribute('aria-label');
  return Number(/, (\d+) contact/.exec(label ?? '')?.[1]);
}

export async function markerLabels(page: Page): Promise<string[]> {
  return page.locator('.atlas-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').sort());
}

/** Pixels of the offline basemap's canvas in the land colour the theme gives now (`--map-land`). */
export async function landPixels(page: Page): Promise<number> {
  return page.locator('.map').evaluate((map) => {
    const hex = getComputedStyle(map).getPropertyValue('--map-land').trim();
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (const canvas of map.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas')) {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] === 255 && want.every((c, k) => Math.abs(data[i + k]! - c) <= 2)) n++;
    }
    return n;
  });
}

/** The map's zoom, as the address says it once written. */
export async function mapZoom(page: Page): Promise<number> {
  return Number((await settledUrl(page)).split('%2C').pop());
}

/** Clicks the map's zoom button `name` until `done` holds for its zoom, each click awaited. */
export async function zoomMapUntil(page: Page, name: 'Zoom in' | 'Zoom out', done: (zoom: number) => boolean) {
  while (!done(await mapZoom(page))) {
    const before = await mapZoom(page);
    await page.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => mapZoom(page)).not.toBe(before);
  }
}
