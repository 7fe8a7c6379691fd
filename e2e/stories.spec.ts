import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { openAtlas, settledUrl, timelineItems } from './helpers.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const record = read('../data/contacts.json') as { contacts: Array<{ id: string; title: string }> };
const story = read('../data/stories/talks-2022-belarus-to-istanbul.json') as {
  title: string;
  steps: Array<{ text: string; contacts: string[] }>;
};
const STORY_FILES = readdirSync(new URL('../data/stories/', import.meta.url)).filter((f) => f.endsWith('.json'));
const SLUG = 'talks-2022-belarus-to-istanbul';
const titleOf = (id: string) => record.contacts.find((c) => c.id === id)!.title;

const stepper = (page: Page) => page.getByRole('region', { name: `Story: ${story.title}` });
const detailsTitle = (page: Page) => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 });

async function expectStep(page: Page, n: number) {
  const step = story.steps[n - 1]!;
  await expect(stepper(page).getByText(`Step ${n} of ${story.steps.length}`)).toBeVisible();
  await expect(stepper(page).getByText(step.text)).toBeVisible();
  // The details show the step's first contact; the timeline rings each contact the step shows.
  await expect(detailsTitle(page)).toHaveText(titleOf(step.contacts[0]!));
  await expect(timelineItems(page, '.is-story')).toHaveCount(step.contacts.length);
  await expect(page.locator('.atlas-marker.is-selected').first()).toBeVisible();
}

test('a story: open it from the list, step with buttons and arrows, link to a step, leave it', async ({ page }) => {
  const problems = await openAtlas(page, '?q=Lavrov&from=2023-01-01&to=2024-01-01');
  const words = page.getByText('Showing 1 Jan 2023 – 31 Dec 2023');
  await expect(words).toBeVisible();

  await page.getByRole('button', { name: 'Stories' }).click();
  const list = page.getByRole('dialog', { name: 'Stories from the record' });
  await expect(list.getByRole('button')).toHaveCount(STORY_FILES.length + 1); // every story, and Close
  await list.getByRole('button', { name: new RegExp(`^${story.title}`) }).click();
  await expect(list).toHaveCount(0);

  await expectStep(page, 1);
  await expect(page.getByText('Showing 24 Feb 2022 – 2 Mar 2022')).toBeVisible();
  // Every filter is off while the story is told.
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');

  await stepper(page).getByRole('button', { name: /Next/ }).click();
  await expectStep(page, 2);
  // Focus is in the story card: the arrow keys step.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2);
  const url = new URL(await settledUrl(page));
  expect(url.searchParams.get('story')).toBe(SLUG);
  expect(url.searchParams.get('step')).toBe('2');

  // Arrows elsewhere are not the story's: typed in the search box they move the caret.
  await page.getByRole('searchbox', { name: 'Search contacts' }).press('ArrowRight');
  await expectStep(page, 2);

  await stepper(page).getByRole('button', { name: 'Leave the story' }).click();
  await expect(stepper(page)).toHaveCount(0);
  await expect(words).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('Lavrov');
  await expect(timelineItems(page, '.is-story')).toHaveCount(0);
  expect(new URL(await settledUrl(page)).searchParams.get('story')).toBeNull();
  expect(problems).toEqual([]);
});

test("a step's permalink opens that step, and Back returns to the step before", async ({ page }) => {
  const problems = await openAtlas(page, `?story=${SLUG}&step=2`);
  await expectStep(page, 2);
  await expect(page.getByText('Showing 2 Mar 2022 – 9 Mar 2022')).toBeVisible();
  await page.reload();
  await expectStep(page, 2);
  // The address records where the link landed before the next step becomes a history entry of its own.
  await settledUrl(page);
  await stepper(page).getByRole('button', { name: /Next/ }).click();
  await expectStep(page, 3);
  expect(new URL(await settledUrl(page)).searchParams.get('step')).toBe('3');
  await page.goBack();
  await expectStep(page, 2);
  expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the story card fits between map and timeline, and its buttons work', async ({ page }) => {
    const problems = await openAtlas(page);
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('button', { name: new RegExp(`^${story.title}`) }).click();
    await expectStep(page, 1);
    const box = (await stepper(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const map = (await page.locator('.map-pane').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    await stepper(page).getByRole('button', { name: /Next/ }).tap();
    await expectStep(page, 2);
    expect(problems).toEqual([]);
  });
});

test.describe('the arrow-key hint', () => {
  const HINT = '← → move between steps';

  test("on a desktop it is shown and is the story card's description", async ({ page }) => {
    const problems = await openAtlas(page, `?story=${SLUG}&step=1`);
    await expectStep(page, 1);
    await expect(stepper(page).getByText(HINT)).toBeVisible();
    await expect(stepper(page)).toHaveAccessibleDescription(HINT);
    expect(problems).toEqual([]);
  });

  test.describe('on a touch phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('it is neither shown nor read out', async ({ page }) => {
      const problems = await openAtlas(page, `?story=${SLUG}&step=1`);
      await expectStep(page, 1);
      await expect(stepper(page).getByText(HINT)).toHaveCount(0);
      await expect(stepper(page)).toHaveAccessibleDescription('');
      expect(problems).toEqual([]);
    });
  });
});

// The old timeline library's one-time initial fit used to undo a window set while it mounted: a step's link then showed
// every date on the timeline while the period form said March 2022 (1 load in 4 in a probe). The race needs
// a cold start, so each load is a fresh browser context (no cache, no service worker).
test("a step's link draws the timeline at the step's window on every load", async ({ browser, baseURL }) => {
  for (let load = 1; load <= 4; load++) {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openAtlas(page, `?story=${SLUG}&step=3`);
    await expect(stepper(page).getByText(`Step 3 of ${story.steps.length}`)).toBeVisible();
    // A few days in March 2022: the axis names the month; the whole record's span would name bare years.
    const majors = await page.locator('.timeline .tl-tick.is-major').allTextContents();
    expect(majors.join('|'), `load ${load}`).toMatch(/March 2022/);
    expect(majors, `load ${load}`).not.toContain('2023');
    await context.close();
  }
});

test.describe('on a laptop (1280×720)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  // The longest step of each story: its text scrolls inside the card, and Back / Next stay in view.
  for (const file of STORY_FILES) {
    const slug = file.replace(/\.json$/, '');
    const { steps } = read(`../data/stories/${file}`) as { steps: Array<{ text: string }> };
    const longest = steps.reduce((best, s, i) => (s.text.length > steps[best]!.text.length ? i : best), 0);
    test(`${slug}, step ${longest + 1}: Next is in view without scrolling the card`, async ({ page }) => {
      await openAtlas(page, `?story=${slug}&step=${longest + 1}`, { items: false });
      const card = page.locator('.story-stepper');
      const next = card.getByRole('button', { name: /Next/ });
      await expect(next).toBeVisible();
      const [c, n] = [(await card.boundingBox())!, (await next.boundingBox())!];
      expect(n.y + n.height, 'Next below the card').toBeLessThanOrEqual(c.y + c.height);
      expect(c.y + c.height, 'card below the screen').toBeLessThanOrEqual(720);
      const credits = (await page.locator('.leaflet-control-attribution').boundingBox())!;
      expect(c.y + c.height, 'card over the map credits').toBeLessThanOrEqual(credits.y + 0.5);
      // Nothing scrolled, nothing covers it: the point at its centre is the button.
      const hit = await next.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      });
      expect(hit).toBe(true);
      expect(await card.evaluate((el) => el.scrollTop)).toBe(0);
    });
  }
});
