// The vis-timeline adapter: the only file that imports the library. The timeline is created once and
// destroyed in the cleanup; items go through one DataSet, updated by diff. Only user-made range changes
// are reported back, so a window set from the store can never echo back into it.
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment, { type MomentInput } from 'moment';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
// The axis's month and day names: vis-timeline formats them with moment, which bundles English only.
// (moment/locale/xx would pull in a second copy of moment.)
import 'moment/dist/locale/uk';
import 'moment/dist/locale/ru';
import { TRACKS, type Track } from '../data/schema.ts';
import { MAX_WINDOW_MS, MIN_WINDOW_MS, type TimeWindow } from '../data/query.ts';
import type { TimelineItem } from './timelineItems.ts';

export interface TimelineHandlers {
  /** Every frame of a user drag or zoom. */
  rangeChange(win: TimeWindow): void;
  /** After a drag or zoom by the user ends. */
  rangeChanged(win: TimeWindow): void;
  activate(itemId: string): void;
  hover(itemId: string | null): void;
  /** Labelled (stacked) items grew taller than the timeline: some track rows would be out of view. */
  overflow(): void;
  /** A click on a label of the axis: the instant under it and the label's text. */
  axisClick(time: number, label: string): void;
  /** The first drawing is done and shows the window last asked for. */
  ready(): void;
}

interface VisItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: string;
  content: HTMLElement;
  title: string;
  className: string;
}

/** Where the time axis sits in the timeline's container. */
export interface AxisBox {
  left: number;
  width: number;
}

/** The interface language, for the axis (a moment locale: en, uk, ru) and the track rows' names. */
export interface TimelineLanguage {
  locale: string;
  tracks: Record<Track, { label: string; description: string }>;
}

const CURSOR_ID = 'playhead';
/** The smallest thing a finger can be expected to hit (WCAG 2.2 target size). */
const TOUCH_TARGET_PX = 24;
/** Padding of a range's content box around its label. */
const LABEL_PADDING_PX = 10;

function itemContent(item: TimelineItem, handlers: TimelineHandlers): HTMLElement {
  const el = document.createElement('span');
  el.className = 'item-label';
  el.textContent = item.text;
  // Data text: its direction is its own and cannot run into the neighbouring items (styles.css, bdi).
  el.dir = 'auto';
  // Keyboard users reach items with Tab and open them with Enter or Space.
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', item.label);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handlers.activate(item.id);
    }
  });
  el.addEventListener('focus', () => handlers.hover(item.id));
  el.addEventListener('blur', () => handlers.hover(null));
  return el;
}

/** vis-timeline puts `title` into its tooltip as (filtered) HTML; data text must arrive as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function signature(item: TimelineItem): string {
  return `${item.group}|${item.start}|${item.end}|${item.type}|${item.text}|${item.label}|${item.className}`;
}

/** The first items and `stack` are given at creation so the first draw is the only one: items added
 * afterwards cost a second full layout, and changing options before the first draw leaves it hidden. */
export function createTimeline(
  container: HTMLElement,
  initial: TimeWindow,
  stack: boolean,
  initialItems: TimelineItem[],
  handlers: TimelineHandlers,
  language: TimelineLanguage,
) {
  const items = new DataSet<VisItem>();
  const groups = new DataSet(
    TRACKS.map((t, order) => ({
      id: t,
      content: language.tracks[t].label,
      title: language.tracks[t].description,
      order,
      visible: true,
      className: `group-${t.replace('.', '-')}`,
    })),
  );
  const signatures = new Map<string, string>();
  let stacked = stack;
  let cursorShown = false;

  function setItems(next: TimelineItem[]) {
    const keep = new Set<string>();
    const changed: VisItem[] = [];
    for (const item of next) {
      keep.add(item.id);
      const sig = signature(item);
      if (signatures.get(item.id) === sig) continue;
      signatures.set(item.id, sig);
      changed.push({
        id: item.id,
        group: item.group,
        start: new Date(item.start),
        end: item.end === undefined ? undefined : new Date(item.end),
        type: item.type,
        content: itemContent(item, handlers),
        title: escapeHtml(item.label),
        className: item.className,
      });
    }
    const gone = [...signatures.keys()].filter((id) => !keep.has(id));
    for (const id of gone) signatures.delete(id);
    if (gone.length) items.remove(gone);
    if (changed.length) items.update(changed);
  }

  setItems(initialItems);

  const options: TimelineOptions = {
    start: new Date(initial.start),
    end: new Date(initial.end),
    stack,
    verticalScroll: true,
    horizontalScroll: false,
    zoomable: true,
    moveable: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    zoomMin: MIN_WINDOW_MS,
    zoomMax: MAX_WINDOW_MS,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
    groupOrder: 'order',
    // 'cap' keeps the tooltip inside the timeline, so on a phone it never runs off the screen's edge.
    tooltip: { followMouse: false, delay: 250, overflowMethod: 'cap' },
    height: '100%',
    // The axis in UTC, like every date of the app: "2023" on the axis is the year the filters mean.
    moment: (date: MomentInput) => moment(date).utc(),
    // Always given: vis-timeline otherwise sets moment to the browser's language when it loads.
    locale: language.locale,
  };
  // vis-timeline's typings want its own DataSet types; ours are structurally the same.
  const timeline = new Timeline(container, items as never, groups as never, options);
  // vis-timeline stays hidden until a redraw that follows its first 'rangechanged'. Left alone that takes
  // about a second (a 200 ms timer, then waiting for some later redraw). A 1 ms animated move (1 ms
  // wider, so it counts as a change) emits 'rangechanged' within a frame, and we redraw on it.
  const reveal = () => {
    timeline.off('rangechanged', reveal);
    timeline.redraw();
  };
  timeline.on('rangechanged', reveal);
  timeline.setWindow(new Date(initial.start), new Date(initial.end + 1), {
    animation: { duration: 1, easingFunction: 'linear' },
  });

  // While a hand moves the window, work that only tidies up (label fitting, hover highlights, restacking)
  // waits for the release: each costs the timeline a full layout on every frame.
  let moving = false;
  timeline.on('rangechange', (p: { start: Date; end: Date; byUser: boolean }) => {
    if (!p.byUser) return;
    moving = true;
    handlers.rangeChange({ start: +p.start, end: +p.end });
  });
  // Only the user's own moves go back to the store. A window we set ourselves answers with a
  // 'rangechanged' 200 ms later; passed on, it would snap back a drag the user had started meanwhile.
  timeline.on('rangechanged', (p: { start: Date; end: Date; byUser?: boolean }) => {
    if (!p.byUser) return;
    moving = false;
    handlers.rangeChanged({ start: +p.start, end: +p.end });
    if (stacked && !fitFrame) fitFrame = requestAnimationFrame(fitLabels);
  });
  const center = () => container.querySelector<HTMLElement>('.vis-panel.vis-center');

  /** The item nearest to `time` in a track, within `tolerance` pixels. A long range under the finger
   * loses to a short item close by: the range is easy to hit elsewhere, the dot is not. */
  function nearestItem(group: string, time: number, tolerance: number): string | null {
    const w = timeline.getWindow();
    const px = (center()?.clientWidth ?? 1) / (+w.end - +w.start);
    let best: string | null = null;
    let bestDistance = Infinity;
    items.forEach((it) => {
      if (it.group !== group) return;
      const start = +it.start;
      const end = it.end ? +it.end : start;
      let d = time < start ? (start - time) * px : time > end ? (time - end) * px : 0;
      if ((end - start) * px > TOUCH_TARGET_PX) d += TOUCH_TARGET_PX / 2;
      if (d < bestDistance) {
        best = it.id;
        bestDistance = d;
      }
    });
    return bestDistance <= tolerance ? best : null;
  }

  timeline.on(
    'click',
    (p: {
      item: string | null;
      group: string | null;
      what: string | null;
      time: Date;
      event?: { pointerType?: string; target?: EventTarget | null };
    }) => {
      // A finger covers several 4 px items at once: a tap takes the nearest one, as far as half a target off.
      if (p.event?.pointerType === 'touch' && p.group !== null && p.group !== undefined) {
        const near = nearestItem(String(p.group), +p.time, TOUCH_TARGET_PX);
        if (near !== null) {
          handlers.activate(near);
          return;
        }
      }
      if (p.item !== null && p.item !== undefined) return handlers.activate(String(p.item));
      const target = p.event?.target;
      const label = p.what === 'axis' && target instanceof Element && target.closest('.vis-text');
      if (label) handlers.axisClick(+p.time, label.textContent ?? '');
    },
  );

  // Labels that would be cut ("Swis", or "ainian negotia…" at an edge) are left out; the tooltip keeps the
  // title. Checked only when labels are on, when a few dozen items are in view at most.
  let fitFrame = 0;
  function fitLabels() {
    fitFrame = 0;
    const panel = center();
    if (!stacked || !panel) return;
    const edge = panel.getBoundingClientRect();
    for (const label of panel.querySelectorAll<HTMLElement>('.vis-item.contact .item-label')) {
      const box = label.closest('.vis-item')!.getBoundingClientRect();
      const range = label.closest('.vis-range') !== null;
      label.classList.remove('is-cut');
      const needed = label.getBoundingClientRect().width;
      const fits = range
        ? Math.min(box.right, edge.right) - Math.max(box.left, edge.left) >= needed + LABEL_PADDING_PX
        : label.getBoundingClientRect().left >= edge.left && box.right <= edge.right;
      label.classList.toggle('is-cut', !fits);
    }
    const itemset = panel.querySelector<HTMLElement>('.vis-itemset');
    if (itemset && itemset.offsetHeight > panel.clientHeight + 1) handlers.overflow();
  }
  timeline.on('changed', () => {
    if (stacked && !moving && !fitFrame) fitFrame = requestAnimationFrame(fitLabels);
  });
  // On its first 'changed' vis-timeline moves to `options.start/end` once (its initial fit), undoing any
  // window set since it was made: a story step or a link's window that arrived while it mounted was lost
  // (1 time in 4 in a probe). This handler runs after vis-timeline's own, so it puts the last one back.
  let fitted = false;
  let asked: TimeWindow | null = null;
  const afterInitialFit = () => {
    timeline.off('changed', afterInitialFit);
    fitted = true;
    if (asked) applyWindow(asked);
    asked = null;
    handlers.ready();
  };
  timeline.on('changed', afterInitialFit);
  function applyWindow(win: TimeWindow) {
    const current = timeline.getWindow();
    if (+current.start === win.start && +current.end === win.end) return;
    timeline.setWindow(new Date(win.start), new Date(win.end), { animation: false });
  }
  // Items sliding under a dragging pointer are not being pointed at.
  timeline.on('itemover', (p: { item: string }) => !moving && handlers.hover(String(p.item)));
  timeline.on('itemout', () => !moving && handlers.hover(null));

  return {
    setItems,
    /** A user drag or zoom is under way (between its first move and its release). */
    isMoving: () => moving,
    /** Stacking keeps labels apart; without labels it only piles dots into tall columns. */
    setStacking(stack: boolean) {
      if (stacked === stack) return;
      stacked = stack;
      timeline.setOptions({ stack });
    },
    setTrackVisibility(tracks: Readonly<Record<Track, boolean>>) {
      groups.update(TRACKS.map((t) => ({ id: t, visible: tracks[t] })));
    },
    setWindow(win: TimeWindow) {
      if (!fitted) asked = win;
      applyWindow(win);
    },
    setLanguage(next: TimelineLanguage) {
      groups.update(TRACKS.map((t) => ({ id: t, content: next.tracks[t].label, title: next.tracks[t].description })));
      timeline.setOptions({ locale: next.locale });
    },
    setSelection(ids: string[]) {
      timeline.setSelection(ids);
    },
    /** The playhead: a line at `time`, or none. */
    setCursor(time: number | null) {
      if (time === null) {
        if (cursorShown) timeline.removeCustomTime(CURSOR_ID);
        cursorShown = false;
        return;
      }
      if (cursorShown) timeline.setCustomTime(new Date(time), CURSOR_ID);
      else timeline.addCustomTime(new Date(time), CURSOR_ID);
      cursorShown = true;
    },
    /** Reports where the time axis sits in the container (left edge and width, in pixels), now and on
     * every change of its size: views drawn at the timeline's scale line up with it. */
    observeAxis(report: (box: AxisBox) => void): () => void {
      const panel = center();
      if (!panel) return () => {};
      const measure = () => report({ left: panel.offsetLeft + panel.clientLeft, width: panel.clientWidth });
      const observer = new ResizeObserver(measure);
      observer.observe(panel);
      measure();
      return () => observer.disconnect();
    },
    getWindow(): TimeWindow {
      const w = timeline.getWindow();
      return { start: +w.start, end: +w.end };
    },
    destroy() {
      cancelAnimationFrame(fitFrame);
      timeline.destroy();
    },
  };
}

export type TimelineAdapter = ReturnType<typeof createTimeline>;
