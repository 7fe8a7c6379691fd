// The density strip's canvas: one row per track of bars (counts per week, month or quarter) drawn at the
// timeline's scale, and a brush: a drag across it reports that period, a click the bar under it. The only
// code that draws on or listens to the strip's canvas; it knows nothing of the store.
import type { Density } from '../data/density.ts';
import type { TimeWindow } from '../data/query.ts';
import { TRACK_COLORS } from '../ui/tracks.ts';

export interface StripFrame {
  density: Density;
  window: TimeWindow;
  /** Per track (TRACKS order): switched on. Rows of tracks switched off stay empty. */
  tracksOn: readonly boolean[];
}

export interface StripHandlers {
  /** The user brushed a period, or clicked a bar (its bucket). */
  brush(win: TimeWindow): void;
}

/** Below this a pointer's travel is a click, not a drag. */
const CLICK_PX = 4;
const ROW_GAP_PX = 2;

export function createDensityStrip(canvas: HTMLCanvasElement, handlers: StripHandlers) {
  const ctx = canvas.getContext('2d');
  let frame: StripFrame | null = null;
  let width = 0;
  let height = 0;
  let colors = { line: '#d5dae0', brush: 'rgb(255 106 0 / 0.25)', edge: '#ff6a00' };
  let brushFrom: number | null = null;
  let brushTo = 0;

  // Sizes and theme colours are read only when they change: reading them while a drag redraws every
  // frame would force a style and layout pass each time.
  function readColors() {
    const style = getComputedStyle(canvas);
    colors = {
      line: style.getPropertyValue('--line').trim() || colors.line,
      brush: style.getPropertyValue('--brush').trim() || colors.brush,
      edge: style.getPropertyValue('--focus').trim() || colors.edge,
    };
    draw();
  }
  const resize = new ResizeObserver(() => {
    width = canvas.clientWidth;
    height = canvas.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
    draw();
  });
  resize.observe(canvas);
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', readColors);
  readColors();

  const xOf = (t: number, win: TimeWindow) => ((t - win.start) / (win.end - win.start)) * width;
  const timeAt = (x: number) => {
    const win = frame!.window;
    return win.start + (Math.min(width, Math.max(0, x)) / width) * (win.end - win.start);
  };

  function draw() {
    if (!ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!frame || width <= 0 || height <= 0) return;
    const { density, window: win, tracksOn } = frame;
    const rows = density.counts.length;
    const rowHeight = height / rows;
    const barMax = rowHeight - ROW_GAP_PX;
    ctx.fillStyle = colors.line;
    for (let r = 1; r <= rows; r++) ctx.fillRect(0, r * rowHeight - 1, width, 1);
    density.counts.forEach((counts, r) => {
      if (!tracksOn[r]) return;
      ctx.fillStyle = TRACK_COLORS[r] ?? colors.line;
      const base = (r + 1) * rowHeight - 1;
      for (let i = 0; i < counts.length; i++) {
        const n = counts[i]!;
        if (!n) continue;
        const left = Math.max(0, xOf(density.edges[i]!, win));
        const right = Math.min(width, xOf(density.edges[i + 1]!, win));
        if (right <= left) continue;
        // One scale for every track, so rows compare; the square root keeps a quiet month visible beside
        // the busiest one, and any contact at all keeps at least two pixels.
        const h = Math.max(2, Math.sqrt(n / density.max) * barMax);
        // One pixel of air between bars, unless they are too narrow for it.
        const w = right - left > 3 ? right - left - 1 : right - left;
        ctx.fillRect(left, base - h, w, h);
      }
    });
    if (brushFrom !== null) {
      const a = Math.min(brushFrom, brushTo);
      const b = Math.max(brushFrom, brushTo);
      ctx.fillStyle = colors.brush;
      ctx.fillRect(a, 0, b - a, height);
      ctx.fillStyle = colors.edge;
      ctx.fillRect(a, 0, 2, height);
      ctx.fillRect(b - 2, 0, 2, height);
    }
  }

  const localX = (e: PointerEvent) => e.clientX - canvas.getBoundingClientRect().left;

  function onDown(e: PointerEvent) {
    if (!frame || e.button !== 0) return;
    canvas.setPointerCapture(e.pointerId);
    brushFrom = brushTo = localX(e);
  }
  function onMove(e: PointerEvent) {
    if (brushFrom === null) return;
    brushTo = localX(e);
    draw();
  }
  function onUp(e: PointerEvent) {
    if (brushFrom === null || !frame) return;
    brushTo = localX(e);
    const a = Math.min(brushFrom, brushTo);
    const b = Math.max(brushFrom, brushTo);
    brushFrom = null;
    draw();
    if (b - a >= CLICK_PX) return handlers.brush({ start: timeAt(a), end: timeAt(b) });
    const t = timeAt(a);
    const { edges } = frame.density;
    for (let i = 0; i + 1 < edges.length; i++) {
      if (t >= edges[i]! && t < edges[i + 1]!) return handlers.brush({ start: edges[i]!, end: edges[i + 1]! });
    }
  }
  function onCancel() {
    brushFrom = null;
    draw();
  }
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointercancel', onCancel);

  return {
    show(next: StripFrame) {
      frame = next;
      draw();
    },
    destroy() {
      resize.disconnect();
      scheme.removeEventListener('change', readColors);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onCancel);
    },
  };
}
