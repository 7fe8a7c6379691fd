// @vitest-environment jsdom
// A cheap guard on what the bench measures: however many moves a fast mouse sends, the timeline draws and
// reports once per frame, and a pan at one zoom moves a layer instead of making or placing items.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimeline, type TimelineHandlers } from './timelineAdapter.ts';
import type { TimelineItem } from './timelineItems.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const WIDTH = 1000;

let frames: FrameRequestCallback[] = [];
function runFrame() {
  const due = frames;
  frames = [];
  for (const f of due) f(performance.now());
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(WIDTH);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** 10,000 one-day contacts, one every 3 hours, over 3.4 years. */
function manyItems(n = 10_000): TimelineItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    group: ['1', '1.5', '2'][i % 3]!,
    start: T0 + i * 3 * 3_600_000,
    type: 'point' as const,
    text: '',
    label: `Contact ${i}`,
    className: 'contact is-compact',
  }));
}

function pointer(type: string, x: number) {
  const e = new MouseEvent(type, { bubbles: true, clientX: x, clientY: 50, button: 0 });
  Object.assign(e, { pointerId: 1, pointerType: 'mouse' });
  return e;
}

function setUp(items = manyItems()) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const handlers: TimelineHandlers = {
    rangeChange: vi.fn(),
    rangeChanged: vi.fn(),
    activate: vi.fn(),
    hover: vi.fn(),
    overflow: vi.fn(),
    axisClick: vi.fn(),
    ready: vi.fn(),
  };
  const tracks = { label: 'Track', description: '' };
  const timeline = createTimeline(container, { start: T0 + 300 * DAY, end: T0 + 330 * DAY }, false, items, handlers, {
    locale: 'en',
    tracks: { '1': tracks, '1.5': tracks, '2': tracks },
  });
  runFrame();
  return { container, handlers, timeline, body: container.querySelector<HTMLElement>('.tl-body')! };
}

describe('the timeline under fast input, at 10,000 contacts', () => {
  it('puts only the items in view into the page', () => {
    const { container } = setUp();
    const shown = container.querySelectorAll('.tl-item').length;
    // 30 days of 8 a day is 240 items, not 10,000.
    expect(shown).toBeGreaterThan(200);
    expect(shown).toBeLessThan(300);
  });

  it('draws and reports once per frame however many moves arrive', () => {
    const { handlers, body } = setUp();
    body.dispatchEvent(pointer('pointerdown', 500));
    for (let i = 1; i <= 60; i++) body.dispatchEvent(pointer('pointermove', 500 - i));
    expect(handlers.rangeChange).not.toHaveBeenCalled();
    runFrame();
    expect(handlers.rangeChange).toHaveBeenCalledTimes(1);
    // The window moved 60 px' worth of time later: 60/1000 of 30 days.
    const win = vi.mocked(handlers.rangeChange).mock.calls[0]![0];
    expect(win.start - (T0 + 300 * DAY)).toBeCloseTo(0.06 * 30 * DAY, -3);
  });

  it('pans a layer: items already in view are neither made again nor moved', () => {
    const { container, body } = setUp();
    const before = new Map(
      [...container.querySelectorAll<HTMLElement>('.tl-item')].map((el) => [el, el.style.transform]),
    );
    const made = vi.spyOn(document, 'createElement');
    body.dispatchEvent(pointer('pointerdown', 500));
    body.dispatchEvent(pointer('pointermove', 490));
    runFrame();
    body.dispatchEvent(pointer('pointermove', 480));
    runFrame();
    // 20 px is 0.6 days: at most a handful of items come in at the edge.
    expect(made.mock.calls.filter(([tag]) => tag === 'div').length).toBeLessThan(10);
    const stayed = [...before].filter(([el]) => el.isConnected);
    expect(stayed.length).toBeGreaterThan(200);
    expect(stayed.every(([el, transform]) => el.style.transform === transform)).toBe(true);
  });
});

describe('a range much longer than the window', () => {
  // Three years at a 30-day window is 36,000 px: drawn whole, its dashed border took seconds to rasterise.
  const long: TimelineItem = {
    id: 'long',
    group: '2',
    start: T0,
    end: T0 + 1100 * DAY,
    type: 'range',
    text: 'Three years of talks',
    label: 'Three years of talks',
    className: 'contact is-compact is-approx',
  };
  const drawn = (el: HTMLElement) => ({
    x: Number(/translate\((-?[\d.]+)px/.exec(el.style.transform)![1]),
    width: parseFloat(el.style.width),
  });

  it('is drawn no wider than the view and a view of slack on either side, and still covers the view after a pan', () => {
    const { container, body } = setUp([long]);
    const el = container.querySelector<HTMLElement>('.tl-item')!;
    const layerX = () =>
      -Number(/translateX\((-?[\d.]+)px/.exec(container.querySelector<HTMLElement>('.tl-layer')!.style.transform)![1]);
    expect(drawn(el).width).toBeLessThanOrEqual(3 * WIDTH);
    // Three views' width of dragging, 20 px a frame.
    body.dispatchEvent(pointer('pointerdown', 900));
    for (let x = 880; x >= -2100; x -= 20) {
      body.dispatchEvent(pointer('pointermove', x));
      runFrame();
      const { x: from, width } = drawn(el);
      expect(from).toBeLessThanOrEqual(layerX());
      expect(from + width).toBeGreaterThanOrEqual(layerX() + WIDTH);
      expect(width).toBeLessThanOrEqual(3 * WIDTH);
    }
  });
});
