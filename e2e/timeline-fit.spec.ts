// The timeline a newcomer sees (issue 10): all three track rows in view, labels that fit or are left out,
// tooltips in the app's font, and on a phone taps that take the nearest item.
import { expect, test, type Page } from '@playwright/test';
import { nextFrames, openAtlas, timelineItems } from './helpers.ts';

async function settle(page: Page) {
  await nextFrames(page, 6);
}

/** Labels in view that are drawn, with their item's box and the timeline's centre panel. */
async function shownLabels(page: Page) {
  return page.locator('.timeline .tl-body').evaluate((panel) => {
    const edge = panel.getBoundingClientRect();
    return [...panel.querySelectorAll<HTMLElement>('.tl-item.contact .item-label')]
      .filter((l) => l.textContent && !l.classList.contains('is-cut'))
      .map((l) => {
        const item = l.closest('.tl-item')!;
        const r = l.getBoundingClientRect();
        const box = item.getBoundingClientRect();
        return {
          text: l.textContent,
          range: item.classList.contains('tl-range'),
          left: r.left,
          right: r.right,
          visibleLeft: Math.max(box.left, edge.left),
          visibleRight: Math.min(box.right, edge.right),
          edgeLeft: edge.left,
          edgeRight: edge.right,
        };
      });
  });
}

test('with labels on, every track row stays in view and no label is cut', async ({ page }) => {
  // Late November 2025 (the Geneva and Abu Dhabi talks on the US plan): few enough contacts for labels
  // once they are stacked in rows. (Around Riyadh in February 2025 the year-long ranges stack too deep, and
  // the timeline rightly drops the labels.)
  await openAtlas(page, '?from=2025-11-20&to=2025-12-05');
  await expect(timelineItems(page).locator('.item-label').filter({ hasText: /\w/ }).first()).toBeVisible();
  await settle(page);
  const panel = (await page.locator('.timeline .tl-body').boundingBox())!;
  for (const track of ['Track 1', 'Track 1.5', 'Track 2']) {
    const row = (await page
      .locator('.timeline .tl-rowlabel')
      .filter({ hasText: new RegExp(`^${track.replace('.', '\\.')}$`) })
      .boundingBox())!;
    expect(row.y, track).toBeGreaterThanOrEqual(panel.y - 1);
    expect(row.y + Math.min(row.height, 20), track).toBeLessThanOrEqual(panel.y + panel.height + 1);
  }
  const labels = await shownLabels(page);
  for (const l of labels) {
    expect(l.left, l.text!).toBeGreaterThanOrEqual(l.edgeLeft - 0.5);
    expect(l.right, l.text!).toBeLessThanOrEqual(l.edgeRight + 0.5);
    if (l.range) expect(l.right, l.text!).toBeLessThanOrEqual(l.visibleRight + 0.5);
  }
});

test('a tooltip is set in the app font, not the library serif', async ({ page }) => {
  await openAtlas(page, '?from=2025-02-16&to=2025-02-22');
  // Undotted ranges lie over one another: hover a point where an item is on top.
  const spot = await page.locator('.timeline .tl-body').evaluate((panel) => {
    for (const el of panel.querySelectorAll('.tl-item')) {
      const r = el.getBoundingClientRect();
      const edge = panel.getBoundingClientRect();
      const x = (Math.max(r.left, edge.left) + Math.min(r.right, edge.right)) / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.closest('.tl-item') === el) return { x, y };
    }
    return null;
  });
  expect(spot).not.toBeNull();
  await page.mouse.move(spot!.x, spot!.y);
  const tooltip = page.locator('.tl-tooltip');
  await expect(tooltip).toBeVisible();
  const [app, tip] = await Promise.all([
    page.locator('body').evaluate((e) => getComputedStyle(e).fontFamily),
    tooltip.evaluate((e) => getComputedStyle(e).fontFamily),
  ]);
  expect(tip).toBe(app);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap near a small item selects it, and its tooltip stays on the screen', async ({ page }) => {
    await openAtlas(page);
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    await settle(page);
    // A dot with no other item within 30 px in its row, tapped 9 px to its right (4 px dots, a fingertip).
    const target = await page.locator('.timeline .tl-body').evaluate((panel) => {
      const dots = [...panel.querySelectorAll<HTMLElement>('.tl-item.contact')].map((el) => {
        const r = el.getBoundingClientRect();
        return { el, x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width };
      });
      const lone = dots.find(
        (d) => d.w < 12 && dots.every((o) => o === d || Math.abs(o.y - d.y) > 8 || Math.abs(o.x - d.x) > 30),
      );
      return lone ? { x: lone.x, y: lone.y, label: lone.el.getAttribute('aria-label') } : null;
    });
    expect(target).not.toBeNull();
    await page.touchscreen.tap(target!.x + 9, target!.y);
    const title = target!.label!.split(', ')[0]!;
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: title, exact: true }),
    ).toBeVisible();
    const tooltip = page.locator('.tl-tooltip');
    if (await tooltip.isVisible()) {
      const box = (await tooltip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });
});
