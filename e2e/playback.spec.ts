import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers.ts';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Timeline controls' });
const words = (page: Page) => page.locator('.period-words');

/** Where every control of the timeline's toolbar is on the page. */
const controlBoxes = (page: Page) =>
  toolbar(page)
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
      }),
    );

async function playAndCheck(page: Page) {
  const problems = await openAtlas(page, '?from=2023-01-01&to=2023-06-30');
  const before = await controlBoxes(page);
  await page.getByRole('button', { name: 'Play through time' }).click();
  const caption = page.locator('.playback-caption');
  await expect(caption).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause playback' })).toBeVisible();

  // The caption's date moves on, and it always reads as the end of the window shown.
  const first = await caption.locator('strong').innerText();
  await expect.poll(() => caption.locator('strong').innerText()).not.toBe(first);
  const read = async () => {
    const text = ((await caption.textContent()) ?? '').replace(/\s+/g, ' ');
    const shown = await words(page).innerText();
    return { text, shown };
  };
  for (let i = 0; i < 3; i++) {
    const { text, shown } = await read();
    const m = /^Playhead: (.+?) · showing (.+?) – (.+?): (\d+) contacts?$/.exec(text.trim());
    expect(m, text).not.toBeNull();
    const [, date, , to] = m!;
    expect(to).toBe(date);
    // Frames pass between the two reads; the words and the caption name the same few days.
    expect(shown).toMatch(/^Showing .+ – .+$/);
  }

  // The playhead stands at the right end of the timeline: the window's end.
  const panel = (await page.locator('.timeline .tl-body').boundingBox())!;
  const head = (await page.locator('.tl-cursor.playhead').boundingBox())!;
  expect(Math.abs(head.x + head.width / 2 - (panel.x + panel.width))).toBeLessThan(4);

  // The controls do not move while the window does, nor when Play turns into Pause.
  expect(await controlBoxes(page)).toEqual(before);

  await page.getByRole('button', { name: 'Pause playback' }).click();
  await expect(caption).toHaveCount(0);
  expect(await controlBoxes(page)).toEqual(before);
  expect(problems).toEqual([]);
}

test('playback: a caption gives the playhead date and what is shown; the window ends at the playhead; the controls stay put', async ({
  page,
}) => {
  await playAndCheck(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the same, with the controls in place while the counts change', async ({ page }) => {
    await playAndCheck(page);
  });
});
