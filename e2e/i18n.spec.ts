// The interface in Ukrainian and Russian: the main controls, a selection's details and the timeline's
// axis follow the language; the switch changes <html lang>, the address and the saved choice; and the
// Cyrillic labels fit their buttons on a desktop and a phone screen.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openAtlas, serveFixture } from './helpers.ts';

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
    parties: 'Сторони',
    filters: 'Скинути фільтри',
    from: 'Від',
    about: 'Про дані',
    aboutHeadings: ['Що вважається контактом', 'Треки', 'Достовірність', 'Відомі прогалини'],
    list: 'Список',
    columns: ['Дата', 'Місце', 'Трек', 'Назва', 'Сторони', 'Джерела'],
    listCount: /^\d[\d\s]* контакт(и|ів)? у поточному вікні й фільтрах$/,
    legend: 'Сховати легенду',
    network: 'Мережа',
    strongest: 'Найсильніші зв’язки',
    notice: /^⚠ Дані з \/fixtures\/mixed\.json на цьому сайті, а не дані Backchannel Atlas$/,
    notes: 'Частину цього посилання не використано:',
    viewNote: 'view: "grid" не застосовано (можливі map, list або network)',
    problems: /не вдалося використати|попередж/,
    offline: 'Офлайн-мапа (країни, озера, річки)',
    online: 'OpenStreetMap (онлайн)',
    credit: 'Координати місць: GeoNames (CC BY 4.0)',
    layers: 'Шари мапи',
    unreadable: /^Дані не вдалося завантажити\. fixtures\/broken\.json: Цей файл не в жодному з форматів/,
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
    parties: 'Стороны',
    filters: 'Сбросить фильтры',
    from: 'С',
    about: 'О данных',
    aboutHeadings: ['Что считается контактом', 'Треки', 'Достоверность', 'Известные пробелы'],
    list: 'Список',
    columns: ['Дата', 'Место', 'Трек', 'Название', 'Стороны', 'Источники'],
    listCount: /^\d[\d\s]* контакт(а|ов)? в текущем окне и фильтрах$/,
    legend: 'Скрыть легенду',
    network: 'Сеть',
    strongest: 'Самые сильные связи',
    notice: /^⚠ Данные из \/fixtures\/mixed\.json на этом сайте, а не данные Backchannel Atlas$/,
    notes: 'Часть этой ссылки не использована:',
    viewNote: 'view: "grid" не применено (возможны map, list или network)',
    problems: /не удалось использовать|предупрежд/,
    offline: 'Офлайн-карта (страны, озёра, реки)',
    online: 'OpenStreetMap (онлайн)',
    credit: 'Координаты мест: GeoNames (CC BY 4.0)',
    layers: 'Слои карты',
    unreadable: /^Данные не удалось загрузить\. fixtures\/broken\.json: Этот файл не в одном из форматов/,
  },
} as const;

/** Buttons and fields whose text is cut off or runs out of their box. */
async function overflowingControls(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'header button, header select, .timeline-tools button, .view-tabs button, .facet button, .facets-toggle, .period-form button, .legend-toggle, .export button',
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

/** The contrast ratio (WCAG) of each element's text against the first opaque background behind it. */
async function textContrast(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        const a = rgb(c)[3];
        if (c !== 'transparent' && (a === undefined || a === 1)) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    return els.map((el) => {
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(background(el)))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return { text: (el.textContent ?? '').trim().slice(0, 30), ratio: Math.round(ratio * 10) / 10 };
    });
  });
}

/** Words that may stay in Latin letters in a Ukrainian or Russian interface: names of formats, products
 * and standards, and the language switch's own "English". */
const LATIN_ALLOWED =
  /Backchannel Atlas|GeoJSON|TimelineJS|CSL-JSON|BibTeX|JSON|CSV|zip|datapackage\.json|data\/[A-Z]+\.md|patch|English|Reuters|OpenStreetMap|CC BY[\w .-]*|Creative Commons[\w .-]*|MIT License|\?data=URL/g;

/** Interface text still in English: text and accessible names (aria-label, title, placeholder) with a
 * lowercase English word, outside what is the record's own words (marked lang="en") and outside the
 * map's and the timeline's drawings of data (place names, item titles) and the sources' headlines. */
async function untranslated(page: Page) {
  return page.evaluate((allowed) => {
    // A timeline tooltip is an item's label: the record's title with date and track in the language; in the
    // list's rows, places, parties and publishers are data (in <bdi>).
    // Values from the data or the address (a file name, "grid") are marked translate="no", and a problem's
    // record id and field are the file's own names.
    const skip =
      '[lang="en"], [translate="no"], script, style, .leaflet-pane, .tl-item, .tl-tooltip, .sources, tbody bdi, .problem-id, .problem-field';
    // A lowercase Latin word standing alone ("contacts"), not the tail of "Türkiye".
    const english = (text: string) =>
      /(^|[^\p{L}])[a-z]{3,}(?![\p{L}])/u.test(text.replace(new RegExp(allowed, 'g'), ''));
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest(skip) || !el.getClientRects().length) continue;
      if (english(n.textContent ?? '')) found.add(n.textContent!.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && english(value)) found.add(`${name}="${value}"`);
      }
    }
    return [...found];
  }, LATIN_ALLOWED.source);
}

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test(`lang=${lang}: filter by a party, open details, About, the list and the network, all in ${lang}`, async ({
    page,
  }) => {
    const problems = await openAtlas(page, `?lang=${lang}`);
    // A facet: the first party chosen, its group and the clear button in the language.
    const parties = page.getByRole('group', { name: words.parties, exact: true });
    const first = parties.locator('.facet-value').first();
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: words.filters })).toBeVisible();
    await expect(page.getByText(words.from, { exact: true }).first()).toBeVisible();
    expect(await untranslated(page), 'main view, filtered').toEqual([]);

    // Details of one contact: labels in the language, the record's title marked English.
    await page.locator('.tl-item.tl-point.contact').first().click({ force: true });
    const details = page.locator('.contact-details').first();
    await expect(details.locator('dt', { hasText: words.labels[0] }).first()).toBeVisible();
    expect(await untranslated(page), 'details').toEqual([]);

    // About the data.
    await page.getByRole('button', { name: words.about, exact: true }).click();
    const about = page.getByRole('dialog', { name: words.about });
    for (const h of words.aboutHeadings)
      await expect(about.getByRole('heading', { name: h, exact: true })).toBeVisible();
    expect(await untranslated(page), 'About').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(about).toHaveCount(0);

    // The list: column headers and the count sentence.
    await page.getByRole('button', { name: words.list, exact: true }).click();
    const list = page.locator('.list-view');
    for (const c of words.columns) await expect(list.getByRole('columnheader', { name: c })).toBeVisible();
    await expect(list.locator('.list-head p')).toHaveText(words.listCount);
    expect(await untranslated(page), 'list').toEqual([]);

    // The network.
    await page.getByRole('button', { name: words.network, exact: true }).click();
    await expect(page.getByRole('heading', { name: words.strongest })).toBeVisible();
    expect(await untranslated(page), 'network').toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`lang=${lang}: the legend is in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAtlas(page, `?lang=${lang}`);
    await expect(page.getByRole('button', { name: words.legend })).toBeVisible();
    expect(await untranslated(page)).toEqual([]);
  });
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
    const axis = page.locator('.tl-tick');
    await page.getByRole('button', { name: words.allDates }).click();
    await expect(axis.filter({ hasText: /[а-яіїєґ]/i }).first()).toBeVisible();
    await expect(axis.filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/ })).toHaveCount(0);

    await page.locator('.tl-item.tl-point.contact').nth(5).click({ force: true });
    const details = page.locator('.contact-details').first();
    for (const label of words.labels) await expect(details.locator('dt', { hasText: label }).first()).toBeVisible();
    await expect(details.getByRole('heading', { name: words.sources })).toBeVisible();
    // The record's own words stay English, and say so.
    await expect(details.locator('h3')).toHaveAttribute('lang', 'en');
    expect(problems).toEqual([]);
  });

  test(`lang=${lang}: Cyrillic fits the controls at 1440×900 and 390×844`, async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport, scheme] of [
      ['desktop', { width: 1440, height: 900 }, 'light'],
      ['phone', { width: 390, height: 844 }, 'light'],
      ['desktop-dark', { width: 1440, height: 900 }, 'dark'],
      ['phone-dark', { width: 390, height: 844 }, 'dark'],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await openAtlas(page, `?lang=${lang}`);
      await page.locator('.tl-item.tl-point.contact').nth(5).click({ force: true });
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

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test(`lang=${lang}: another site's data, its problems, a link's bad value and the map's layers are in ${lang}`, async ({
    page,
  }) => {
    await serveFixture(page, 'mixed.json');
    const problems = await openAtlas(page, `?lang=${lang}&data=fixtures/mixed.json&view=grid`);
    await expect(page.getByRole('note')).toHaveText(words.notice);
    const notes = page.locator('.link-notes');
    await expect(notes).toContainText(words.notes);
    await expect(notes).toContainText(words.viewNote);
    // The problems banner, opened: counts, kinds and messages in the language; ids and fields as the file has them.
    const banner = page.locator('details.data-problems');
    await expect(banner.locator('summary')).toHaveText(words.problems);
    await banner.locator('summary').click();
    await expect(banner.locator('li').first()).toBeVisible();
    expect(await untranslated(page), 'notice, notes and problems').toEqual([]);

    // The layer switcher's button, the switcher open, and the credits.
    await expect(page.getByRole('button', { name: words.layers })).toBeVisible();
    await page.locator('.leaflet-control-layers').hover();
    await expect(page.getByLabel(words.offline)).toBeChecked();
    await expect(page.getByLabel(words.online)).toBeVisible();
    await expect(page.locator('.leaflet-control-attribution')).toContainText(words.credit);
    expect(await untranslated(page), 'layer switcher').toEqual([]);
    // The markers' accessible names: counts and the placeholder words in the language.
    const labels = await page
      .locator('.leaflet-marker-pane [aria-label]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => /contacts?\b|location|places|activate/.test(l))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`lang=${lang}: a file that is no data says why in ${lang}`, async ({ page }) => {
    await page.route('**/fixtures/broken.json', (route) =>
      route.fulfill({ body: '{"events": 1, "rows": []}', contentType: 'application/json' }),
    );
    await page.goto(`./?lang=${lang}&data=fixtures/broken.json`);
    const alert = page.locator('.data-problems[role="alert"]');
    await expect(alert).toHaveText(words.unreadable);
    expect(await untranslated(page)).toEqual([]);
  });
}

test('the notice, a problems banner, the layer switcher and the network in uk and ru, light and dark, fit', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  for (const lang of ['uk', 'ru']) {
    for (const [name, options] of [
      ['desktop', { viewport: { width: 1440, height: 900 } }],
      ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ ...options, colorScheme: scheme });
        const page = await context.newPage();
        await serveFixture(page, 'mixed.json');
        await openAtlas(page, `?lang=${lang}&data=fixtures/mixed.json&view=grid`);
        const problemsList = page.locator('details.data-problems summary');
        await problemsList.click();
        const switcher = page.locator('.leaflet-control-layers-expanded');
        if (name === 'desktop') {
          // The switcher opens under the pointer, beside the open list of problems.
          await page.locator('.leaflet-control-layers').hover();
          await expect(switcher).toBeVisible();
        }
        expect(await overflowingControls(page), `${lang} ${name} ${scheme}`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/${lang}-data-${name}-${scheme}.png` });
        // The network of the built-in record, where the view is full.
        await openAtlas(page, `?lang=${lang}&view=network`);
        await expect(page.locator('.network-view svg, .network-view canvas').first()).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/${lang}-network-${name}-${scheme}.png` });
        // The network's words are readable in either theme (WCAG AA: 4.5 for text).
        const contrast = await textContrast(
          page,
          '.network-tools p, .network-tools button, .network-side h3, .network-side li',
        );
        console.log(`contrast ${lang} ${name} ${scheme}: min ${Math.min(...contrast.map((c) => c.ratio))}`);
        expect(contrast.filter((c) => c.ratio < 4.5)).toEqual([]);
        await context.close();
      }
    }
  }
});
