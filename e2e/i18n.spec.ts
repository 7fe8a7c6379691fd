// The interface in Ukrainian and Russian: the main controls, a selection's details and the timeline's
// axis follow the language; the switch changes <html lang>, the address and the saved choice; and the
// Cyrillic labels fit their buttons on a desktop and a phone screen.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openAtlas } from './helpers.ts';

const SHOTS = process.env.I18N_SHOTS_DIR ?? 'test-results/i18n-screenshots';

const LANGUAGES = {
  uk: {
    language: 'Мова',
    search: 'Пошук контактів',
    copyLink: 'Копіювати посилання',
    openData: 'Відкрити файл',
    track: 'Трек 1,5',
    play: 'Відтворити в часі',
    allDates: 'Показати всі дати',
    labels: ['Дата', 'Трек', 'Достовірність', 'Учасники'],
    sources: 'Джерела',
  },
  ru: {
    language: 'Язык',
    search: 'Поиск контактов',
    copyLink: 'Копировать ссылку',
    openData: 'Открыть файл',
    track: 'Трек 1,5',
    play: 'Воспроизвести во времени',
    allDates: 'Показать все даты',
    labels: ['Дата', 'Трек', 'Достоверность', 'Участники'],
    sources: 'Источники',
  },
} as const;

/** Buttons and fields whose text is cut off or runs out of their box. */
async function overflowingControls(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'header button, header select, .timeline-tools button, .view-tabs button',
      ),
    ]
      // Clipped (wider than its box) or broken over lines (its content taller than 1.8 lines).
      .filter((el) => {
        if (el.offsetParent === null) return false;
        const style = getComputedStyle(el);
        const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
        const content = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return el.scrollWidth > el.clientWidth + 1 || content > 1.8 * line;
      })
      .map((el) => el.textContent || el.getAttribute('aria-label')),
  );
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test(`lang=${lang}: controls, details and the time axis are in ${lang}`, async ({ page }) => {
    const problems = await openAtlas(page, `?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('combobox', { name: words.language })).toHaveValue(lang);
    await expect(page.getByRole('searchbox', { name: words.search })).toBeVisible();
    await expect(page.getByRole('button', { name: words.copyLink })).toBeVisible();
    await expect(page.getByRole('button', { name: words.openData, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(`^${words.track}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: words.play })).toBeVisible();
    await expect(page.getByRole('button', { name: words.allDates })).toBeVisible();

    // The axis's month names come from moment's locale: Cyrillic, not "Jan".
    const axis = page.locator('.vis-time-axis .vis-text');
    await page.getByRole('button', { name: words.allDates }).click();
    await expect(axis.filter({ hasText: /[а-яіїєґ]/i }).first()).toBeVisible();
    await expect(axis.filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/ })).toHaveCount(0);

    await page.locator('.vis-item.vis-point.contact').nth(5).click({ force: true });
    const details = page.locator('.contact-details').first();
    for (const label of words.labels) await expect(details.locator('dt', { hasText: label }).first()).toBeVisible();
    await expect(details.getByRole('heading', { name: words.sources })).toBeVisible();
    // The record's own words stay English, and say so.
    await expect(details.locator('h3')).toHaveAttribute('lang', 'en');
    expect(problems).toEqual([]);
  });

  test(`lang=${lang}: Cyrillic fits the controls at 1440×900 and 390×844`, async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [
      ['desktop', { width: 1440, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await openAtlas(page, `?lang=${lang}`);
      await page.locator('.vis-item.vis-point.contact').nth(5).click({ force: true });
      await expect(page.locator('.contact-details').first()).toBeVisible();
      expect(await overflowingControls(page), `${name}: controls with clipped text`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${lang}-${name}.png` });
    }
  });
}

test('the switch changes the language, <html lang> and the address, and is remembered', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Копировать ссылку' })).toBeVisible();
  await expect(page.locator('html:not([data-url-write])')).toBeAttached();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');

  // A saved choice: the address without lang= still opens in Russian.
  await openAtlas(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');

  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('html:not([data-url-write])')).toBeAttached();
  expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
});

test('a link in Ukrainian opens in Ukrainian even after choosing Russian here', async ({ page }) => {
  await openAtlas(page, '?lang=ru');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('ru');
  await openAtlas(page, '?lang=uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('combobox', { name: 'Мова' })).toHaveValue('uk');
});
