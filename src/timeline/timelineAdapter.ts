// The timeline's drawing: the only code that touches its DOM. Items are absolutely placed elements whose
// positions come from timelineLayout.ts; a pan moves one layer (a transform, no layout), a zoom rewrites
// positions, and everything is drawn at most once per frame however many input events arrive. Only
// user-made range changes are reported back, so a window set from the store never echoes into it.
import { TRACKS, type Track } from '../data/schema.ts';
import { MAX_WINDOW_MS, MIN_WINDOW_MS, type TimeWindow } from '../data/query.ts';
import type { TimelineItem } from './timelineItems.ts';
import {
  drawnExtent,
  extentCovers,
  layoutTimeline,
  nearestItem,
  type LayoutMetrics,
  type TimelineLayout,
} from './timelineLayout.ts';
import { axisTicks, type Tick } from './axisTicks.ts';
import { attachGestures } from './timelineGestures.ts';
import './timeline.css';

export interface TimelineHandlers {
  /** Every frame of a user drag or zoom. */
  rangeChange(win: TimeWindow): void;
  /** After a drag or zoom by the user ends. */
  rangeChanged(win: TimeWindow): void;
  activate(itemId: string): void;
  hover(itemId: string | null): void;
  /** Labelled (stacked) items grew taller than the timeline: some track rows would be out of view. */
  overflow(): void;
  /** A click on a year or month of the axis: that period. */
  axisClick(period: TimeWindow): void;
  /** The first drawing is done and shows the window last asked for. */
  ready(): void;
}

/** Where the time axis sits in the timeline's container. */
export interface AxisBox {
  left: number;
  width: number;
}

/** The interface language, for the axis's names (a BCP 47 tag: en, uk, ru) and the track rows' names. */
export interface TimelineLanguage {
  locale: string;
  tracks: Record<Track, { label: string; description: string }>;
}

/** The smallest thing a finger can be expected to hit (WCAG 2.2 target size). */
const TOUCH_TARGET_PX = 24;
/** A pointer resting this long on an item shows its tooltip. */
const TOOLTIP_DELAY_MS = 250;
/** Wheel turns this close together are one zoom; the pause after the last one ends it. */
const WHEEL_END_MS = 200;
/** The widest a label grows before it ends in an ellipsis (the CSS max-width of .item-label). */
const MAX_LABEL_PX = 256;

/** In step with timeline.css: item heights, paddings and the dot. */
const METRICS: Record<'labels' | 'compact', LayoutMetrics> = {
  labels: {
    rowHeight: 20,
    rowGap: 3,
    bandPadding: 4,
    minBandHeight: 28,
    dot: 10,
    labelPadding: 10,
    minRange: 6,
    gap: 2,
  },
  compact: {
    rowHeight: 12,
    rowGap: 3,
    bandPadding: 8,
    minBandHeight: 28,
    dot: 10,
    labelPadding: 0,
    minRange: 6,
    gap: 2,
  },
};

function signature(item: TimelineItem): string {
  return `${item.group}|${item.start}|${item.end}|${item.type}|${item.text}|${item.label}|${item.className}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent?: HTMLElement) {
  const el = document.createElement(tag);
  el.className = className;
  parent?.appendChild(el);
  return el;
}

function clampSpan(win: TimeWindow, anchor: number): TimeWindow {
  const span = win.end - win.start;
  const clamped = Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, span));
  if (clamped === span) return win;
  const f = (anchor - win.start) / span;
  const start = anchor - f * clamped;
  return { start, end: start + clamped };
}

/** The first items and `stack` are given at creation so the first draw shows them. */
export function createTimeline(
  container: HTMLElement,
  initial: TimeWindow,
  stack: boolean,
  initialItems: TimelineItem[],
  handlers: TimelineHandlers,
  language: TimelineLanguage,
) {
  const root = element('div', 'tl', container);
  root.setAttribute('role', 'group');
  element('div', 'tl-corner', root);
  const axis = element('div', 'tl-axis', root);
  const labels = element('div', 'tl-labels', root);
  const labelsInner = element('div', 'tl-labels-inner', labels);
  const body = element('div', 'tl-body', root);
  const content = element('div', 'tl-content', body);
  const bandsLayer = element('div', 'tl-bands', content);
  const gridLayer = element('div', 'tl-grid-layer', content);
  const layer = element('div', 'tl-layer', content);
  const tooltip = element('div', 'tl-tooltip', root);
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;

  let lang = language;
  const rowLabels = new Map<Track, HTMLElement>();
  const bandEls = new Map<Track, HTMLElement>();
  for (const t of TRACKS) {
    const label = element('div', `tl-rowlabel group-${t.replace('.', '-')}`, labelsInner);
    rowLabels.set(t, label);
    bandEls.set(t, element('div', 'tl-band', bandsLayer));
  }
  function nameTracks() {
    for (const t of TRACKS) {
      const label = rowLabels.get(t)!;
      label.textContent = lang.tracks[t].label;
      label.title = lang.tracks[t].description;
    }
  }
  nameTracks();

  // Label widths come from the canvas, so fitting and stacking read nothing from the page's layout.
  const font = `12px ${getComputedStyle(root).fontFamily || 'sans-serif'}`;
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const labelWidth = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (measure) measure.font = font;
      w = Math.min(MAX_LABEL_PX, Math.ceil(measure ? measure.measureText(text).width : text.length * 7));
      widths.set(text, w);
    }
    return w;
  };

  // State. `win` is what is drawn; `origin` and `scale` are the last full layout's (x = 0 at `origin`).
  let win = initial;
  let items: TimelineItem[] = [];
  const itemById = new Map<string, TimelineItem>();
  // An element per item, made when the item first comes into view; only items in view are in the page.
  const elements = new Map<string, HTMLElement>();
  const attached = new Set<string>();
  /** The items drawn shorter than their box (long ranges at a close zoom), with what was drawn. */
  const trimmed = new Map<string, { x: number; width: number }>();
  const signatures = new Map<string, string>();
  let stacked = stack;
  let visibleTracks: Record<Track, boolean> = { '1': true, '1.5': true, '2': true };
  let cursor: number | null = null;
  let cursorEl: HTMLElement | null = null;
  let width = 1;
  let height = 1;
  let origin = win.start;
  let scale = 1;
  let layout: TimelineLayout | null = null;
  let tickEls = new Map<string, HTMLElement>();
  let gridEls = new Map<number, HTMLElement>();
  let needsLayout = true;
  let frame = 0;
  let moving = false;
  let userMoved = false;
  let destroyed = false;
  /** The last layout's rows were taller than the timeline; reported after the draw, never while creating. */
  let overflowed = false;
  let created = false;

  function makeElement(item: TimelineItem): HTMLElement {
    const el = element('div', '');
    el.dataset.id = item.id;
    const label = element('span', 'item-label', el);
    // Data text: its direction is its own and cannot run into the neighbouring items (styles.css, bdi).
    label.dir = 'auto';
    // The item, not its label, is the button: a label that does not fit is hidden, and the item stays
    // reachable with Tab and opens with Enter or Space (handled on the body).
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    elements.set(item.id, el);
    return el;
  }

  function dress(el: HTMLElement, item: TimelineItem) {
    el.className = `tl-item tl-${item.type} ${item.className}`;
    const label = el.firstChild as HTMLElement;
    label.textContent = item.text;
    el.setAttribute('aria-label', item.label);
  }

  function setItems(next: TimelineItem[]) {
    const keep = new Set<string>();
    for (const item of next) {
      keep.add(item.id);
      itemById.set(item.id, item);
      const sig = signature(item);
      if (signatures.get(item.id) === sig) continue;
      signatures.set(item.id, sig);
      const el = elements.get(item.id);
      if (el) dress(el, item);
    }
    for (const id of [...itemById.keys()]) {
      if (keep.has(id)) continue;
      elements.get(id)?.remove();
      elements.delete(id);
      attached.delete(id);
      trimmed.delete(id);
      signatures.delete(id);
      itemById.delete(id);
    }
    items = next;
    needsLayout = true;
    request();
  }

  function request() {
    if (!frame && !destroyed) frame = requestAnimationFrame(draw);
  }

  function place(el: HTMLElement, id: string) {
    const box = layout!.boxes.get(id)!;
    const drawn = drawnExtent(box, (win.start - origin) * scale, width);
    if (drawn.width < box.width) trimmed.set(id, drawn);
    else trimmed.delete(id);
    el.style.transform = `translate(${drawn.x}px, ${box.top}px)`;
    el.style.width = `${drawn.width}px`;
    const label = el.firstChild as HTMLElement;
    label.classList.toggle('is-cut', !box.labelShown);
    label.style.transform = drawn.labelShift ? `translateX(${drawn.labelShift}px)` : '';
  }

  function relayout() {
    scale = width / Math.max(1, win.end - win.start);
    origin = win.start;
    const groups = TRACKS.filter((t) => visibleTracks[t]);
    layout = layoutTimeline({
      items,
      groups,
      scale,
      origin,
      window: win,
      stack: stacked,
      labelWidth,
      metrics: METRICS[stacked ? 'labels' : 'compact'],
    });
    for (const id of attached) if (layout.boxes.has(id)) place(elements.get(id)!, id);
    for (const t of TRACKS) {
      const band = layout.bands.find((b) => b.group === t);
      const bandEl = bandEls.get(t)!;
      const label = rowLabels.get(t)!;
      bandEl.hidden = label.hidden = !band;
      if (!band) continue;
      bandEl.style.top = `${band.top}px`;
      bandEl.style.height = `${band.height}px`;
      label.style.height = `${band.height}px`;
    }
    content.style.height = `${layout.height}px`;
    overflowed = stacked && layout.height > height + 1;
  }

  /** Puts the items in view into the page and takes the others out. Cheap enough for every frame: a pan
   * brings in a few items at its edge, and nothing already in view moves in the page (that would take the
   * keyboard focus off it); only a long range drawn shorter than its box is restyled when the pan nears its
   * drawn end. They stay in time order, so Tab goes through them as drawn. */
  function showItemsInView() {
    const left = (win.start - origin) * scale;
    const right = left + width;
    let previous: HTMLElement | null = null;
    for (const item of items) {
      const box = layout!.boxes.get(item.id);
      const inView = box !== undefined && box.x + box.width >= left && box.x <= right;
      let el = elements.get(item.id);
      if (inView && attached.has(item.id)) {
        const drawn = trimmed.get(item.id);
        if (drawn && !extentCovers(drawn, box, left, width)) place(el!, item.id);
        previous = el!;
        continue;
      }
      if (!inView) {
        trimmed.delete(item.id);
        if (attached.delete(item.id)) el!.remove();
        continue;
      }
      if (!el) {
        el = makeElement(item);
        dress(el, item);
      }
      place(el, item.id);
      layer.insertBefore(el, previous ? previous.nextSibling : layer.firstChild);
      attached.add(item.id);
      previous = el;
    }
  }

  /** The axis's labels and the grid lines, for the window in view, placed in its coordinates. */
  function drawTicks() {
    const ticks = axisTicks(win, width, lang.locale);
    const x = (tick: Tick) => (tick.time - win.start) * scale;
    const nextTicks = new Map<string, HTMLElement>();
    const draw = (tick: Tick, kind: string, at: number) => {
      const key = `${kind}|${tick.time}|${tick.text}`;
      let el = tickEls.get(key);
      if (!el) {
        el = element('span', `tl-tick ${kind}${tick.period ? ' is-period' : ''}`, axis);
        el.textContent = tick.text;
        if (tick.period) {
          el.dataset.start = String(tick.period.start);
          el.dataset.end = String(tick.period.end);
        }
      }
      el.style.transform = `translateX(${at}px)`;
      nextTicks.set(key, el);
    };
    ticks.major.forEach((tick, i) => {
      // The period the window starts in keeps its name at the left edge, until the next one pushes it off.
      const next = ticks.major[i + 1];
      const limit = next ? x(next) - labelWidth(tick.text) - 8 : Infinity;
      draw(tick, 'is-major', Math.max(x(tick), Math.min(0, limit)));
    });
    for (const tick of ticks.minor) draw(tick, 'is-minor', x(tick));
    for (const [key, el] of tickEls) if (!nextTicks.has(key)) el.remove();
    tickEls = nextTicks;
    const nextGrid = new Map<number, HTMLElement>();
    for (const tick of ticks.minor) {
      const el = gridEls.get(tick.time) ?? element('div', 'tl-grid', gridLayer);
      el.style.transform = `translateX(${x(tick)}px)`;
      nextGrid.set(tick.time, el);
    }
    for (const [time, el] of gridEls) if (!nextGrid.has(time)) el.remove();
    gridEls = nextGrid;
  }

  function drawCursor() {
    if (cursor === null) {
      cursorEl?.remove();
      cursorEl = null;
      return;
    }
    cursorEl ??= element('div', 'tl-cursor playhead', layer);
    cursorEl.style.transform = `translateX(${(cursor - origin) * scale}px)`;
  }

  function draw() {
    frame = 0;
    const span = win.end - win.start;
    // A zoom (or a new size) places everything again; a pan at the same zoom only moves the layer.
    if (needsLayout || Math.abs(span * scale - width) > 0.5) {
      relayout();
      needsLayout = false;
    }
    layer.style.transform = `translateX(${-(win.start - origin) * scale}px)`;
    showItemsInView();
    drawTicks();
    drawCursor();
    if (userMoved) {
      userMoved = false;
      handlers.rangeChange(win);
    }
    if (overflowed && created) {
      overflowed = false;
      handlers.overflow();
    }
  }

  // Gestures: each move sets the window from where the gesture began, and asks for a frame.
  let gestureStart = win;
  let wheelTimer = 0;
  const toTime = (x: number, from: TimeWindow) => from.start + (x / width) * (from.end - from.start);
  function moveTo(next: TimeWindow) {
    win = next;
    moving = true;
    userMoved = true;
    hideTooltip();
    request();
  }
  function finish() {
    clearTimeout(wheelTimer);
    wheelTimer = 0;
    moving = false;
    userMoved = false;
    // Label fitting and stacking follow the new window once the hand is off.
    if (stacked) needsLayout = true;
    request();
    handlers.rangeChanged(win);
  }
  const detachGestures = attachGestures([axis, body], body, {
    begin() {
      gestureStart = win;
    },
    move(dx, zoom, anchorX) {
      const from = gestureStart;
      const anchor = toTime(anchorX, from);
      const span = (from.end - from.start) * zoom;
      const start = anchor - (anchorX / width) * span - (dx / width) * span;
      moveTo(clampSpan({ start, end: start + span }, anchor));
    },
    end: finish,
    tap(e, pressed, x, y) {
      const target = pressed instanceof Element ? pressed : null;
      const tick = target?.closest<HTMLElement>('.tl-tick.is-period');
      if (tick) return handlers.axisClick({ start: Number(tick.dataset.start), end: Number(tick.dataset.end) });
      // A finger covers several 4 px items at once: a tap takes the nearest one, as far as a target off.
      if (e.pointerType === 'touch' && layout) {
        const top = y - body.getBoundingClientRect().top + body.scrollTop;
        const band = layout.bands.find((b) => top >= b.top && top < b.top + b.height);
        const near = band && nearestItem(items, band.group, toTime(x, win), scale, TOUCH_TARGET_PX);
        if (near) return handlers.activate(near);
      }
      const id = target?.closest<HTMLElement>('.tl-item')?.dataset.id;
      if (id) handlers.activate(id);
    },
    wheel(zoom, anchorX, dx) {
      if (!wheelTimer) gestureStart = win;
      clearTimeout(wheelTimer);
      wheelTimer = window.setTimeout(finish, WHEEL_END_MS);
      const anchor = toTime(anchorX, win);
      const span = (win.end - win.start) * zoom;
      const start = anchor - (anchorX / width) * span - (dx / width) * span;
      moveTo(clampSpan({ start, end: start + span }, anchor));
    },
  });

  // Hover, focus and keys, delegated: one listener each for every item there will ever be.
  let hovered: string | null = null;
  let tooltipTimer = 0;
  const itemOf = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest<HTMLElement>('.tl-item')?.dataset.id ?? null) : null;
  function hoverItem(id: string | null) {
    if (id === hovered) return;
    hovered = id;
    handlers.hover(id);
  }
  function hideTooltip() {
    clearTimeout(tooltipTimer);
    tooltip.hidden = true;
  }
  function showTooltip(id: string) {
    const el = elements.get(id);
    const item = itemById.get(id);
    if (!el || !item) return;
    tooltip.textContent = item.label;
    tooltip.hidden = false;
    // Kept inside the timeline, so on a phone it never runs off the screen's edge.
    const frameBox = root.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    const x = Math.max(4, Math.min(frameBox.width - tip.width - 4, box.left - frameBox.left));
    const below = box.bottom - frameBox.top + 4;
    const y = below + tip.height <= frameBox.height ? below : Math.max(0, box.top - frameBox.top - tip.height - 4);
    tooltip.style.transform = `translate(${x}px, ${y}px)`;
  }
  const onOver = (e: PointerEvent) => {
    if (moving || e.pointerType !== 'mouse') return;
    const id = itemOf(e.target);
    hoverItem(id);
    hideTooltip();
    if (id) tooltipTimer = window.setTimeout(() => showTooltip(id), TOOLTIP_DELAY_MS);
  };
  const onOut = (e: PointerEvent) => {
    if (itemOf(e.relatedTarget) === hovered) return;
    hideTooltip();
    if (!moving) hoverItem(null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const id = itemOf(e.target);
    if (!id) return;
    e.preventDefault();
    handlers.activate(id);
  };
  const onFocus = (e: FocusEvent) => hoverItem(itemOf(e.target));
  const onBlur = () => hoverItem(null);
  body.addEventListener('pointerover', onOver);
  body.addEventListener('pointerout', onOut);
  body.addEventListener('keydown', onKey);
  body.addEventListener('focusin', onFocus);
  body.addEventListener('focusout', onBlur);
  // The row names scroll with the rows. Sideways the body never scrolls: focusing an item out of view would
  // scroll it there, and the layers' positions assume it is not.
  const onScroll = () => {
    if (body.scrollLeft) body.scrollLeft = 0;
    labelsInner.style.transform = `translateY(${-body.scrollTop}px)`;
  };
  body.addEventListener('scroll', onScroll, { passive: true });

  const axisReports = new Set<(box: AxisBox) => void>();
  const resize = new ResizeObserver(() => {
    width = Math.max(1, body.clientWidth);
    height = body.clientHeight;
    // The axis stops where the rows do, also when a scroll bar takes some of their width.
    axis.style.marginRight = `${body.offsetWidth - body.clientWidth}px`;
    needsLayout = true;
    request();
    for (const report of axisReports) report({ left: body.offsetLeft + body.clientLeft, width });
  });
  resize.observe(body);

  width = Math.max(1, body.clientWidth);
  height = body.clientHeight;
  setItems(initialItems);
  cancelAnimationFrame(frame);
  draw();
  requestAnimationFrame(() => {
    if (destroyed) return;
    created = true;
    handlers.ready();
    if (overflowed) {
      overflowed = false;
      handlers.overflow();
    }
  });

  function applyWindow(next: TimeWindow) {
    if (next.start === win.start && next.end === win.end) return;
    win = next;
    if (stacked) needsLayout = true;
    request();
  }

  return {
    setItems,
    /** A user drag or zoom is under way (between its first move and its release). */
    isMoving: () => moving,
    /** Stacking keeps labels apart; without labels it only piles dots into tall columns. */
    setStacking(next: boolean) {
      if (stacked === next) return;
      stacked = next;
      needsLayout = true;
      request();
    },
    setTrackVisibility(tracks: Readonly<Record<Track, boolean>>) {
      if (TRACKS.every((t) => tracks[t] === visibleTracks[t])) return;
      visibleTracks = { ...tracks };
      needsLayout = true;
      request();
    },
    setWindow: applyWindow,
    setLanguage(next: TimelineLanguage) {
      lang = next;
      nameTracks();
      request();
    },
    /** The playhead: a line at `time`, or none. */
    setCursor(time: number | null) {
      cursor = time;
      request();
    },
    /** Reports where the time axis sits in the container (left edge and width, in pixels), now and on
     * every change of its size: views drawn at the timeline's scale line up with it. */
    observeAxis(report: (box: AxisBox) => void): () => void {
      axisReports.add(report);
      report({ left: body.offsetLeft + body.clientLeft, width });
      return () => axisReports.delete(report);
    },
    getWindow: (): TimeWindow => win,
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      clearTimeout(wheelTimer);
      clearTimeout(tooltipTimer);
      detachGestures();
      resize.disconnect();
      body.removeEventListener('pointerover', onOver);
      body.removeEventListener('pointerout', onOut);
      body.removeEventListener('keydown', onKey);
      body.removeEventListener('focusin', onFocus);
      body.removeEventListener('focusout', onBlur);
      body.removeEventListener('scroll', onScroll);
      root.remove();
    },
  };
}

export type TimelineAdapter = ReturnType<typeof createTimeline>;
