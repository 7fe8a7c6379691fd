// Pointer and wheel input on the timeline, turned into drags, pinches, wheel zooms and taps. It knows
// nothing of time: the adapter maps pixels to instants. Moves are only remembered here; the adapter draws
// once per frame however many events arrive.

export interface GestureHandlers {
  /** A drag or pinch began. */
  begin(): void;
  /** Since the gesture began, the content moved `dx` pixels and was scaled by `zoom` about `anchorX`
   * (pixels from the element's left edge, where the fingers' midpoint started). */
  move(dx: number, zoom: number, anchorX: number): void;
  end(): void;
  /** A press and release without a drag; `target` is what was pressed (the release goes to the captor). */
  tap(event: PointerEvent, target: EventTarget | null, x: number, y: number): void;
  /** A wheel turn: zoom by `zoom` about `anchorX`, or pan by `dx` pixels (trackpads scroll sideways). */
  wheel(zoom: number, anchorX: number, dx: number): void;
}

/** A press that moves less than this is a tap, not a drag (a finger wobbles more than a mouse). */
const TAP_SLOP_PX = { mouse: 4, touch: 10 } as const;
/** Wheel events closer together than this are one turn of the wheel. */
const WHEEL_TURN_MS = 150;

export function attachGestures(targets: HTMLElement[], frame: HTMLElement, handlers: GestureHandlers): () => void {
  const down = new Map<number, { x0: number; y0: number; x: number; y: number; target: EventTarget | null }>();
  let dragging = false;
  let left = 0;
  // The pinch's start: the fingers' distance and midpoint, and the drag so far when the second came down.
  let pinch: { distance: number; mid: number; dx: number } | null = null;
  let dragBase = 0;

  const offsetX = (clientX: number) => clientX - left;
  /** The first two fingers' distance apart and their midpoint. */
  function fingers(): { distance: number; mid: number } {
    const [a, b] = [...down.values()];
    if (!a || !b) return { distance: 1, mid: 0 };
    return { distance: Math.max(1, Math.abs(a.x - b.x)), mid: offsetX((a.x + b.x) / 2) };
  }

  function onDown(e: PointerEvent) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    // Read once per press: reading the box on every move would force a layout each time.
    left = frame.getBoundingClientRect().left;
    down.set(e.pointerId, { x0: e.clientX, y0: e.clientY, x: e.clientX, y: e.clientY, target: e.target });
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    if (down.size === 2) {
      pinch = { ...fingers(), dx: dragBase };
      if (!dragging) {
        dragging = true;
        handlers.begin();
      }
    }
  }

  function onMove(e: PointerEvent) {
    const p = down.get(e.pointerId);
    if (!p) return;
    p.x = e.clientX;
    p.y = e.clientY;
    if (pinch && down.size >= 2) {
      const now = fingers();
      handlers.move(pinch.dx + now.mid - pinch.mid, pinch.distance / now.distance, pinch.mid);
      return;
    }
    const dx = p.x - p.x0;
    if (!dragging) {
      const slop = e.pointerType === 'touch' ? TAP_SLOP_PX.touch : TAP_SLOP_PX.mouse;
      if (Math.hypot(dx, p.y - p.y0) < slop) return;
      dragging = true;
      handlers.begin();
    }
    dragBase = dx;
    handlers.move(dx, 1, 0);
  }

  function onUp(e: PointerEvent) {
    const p = down.get(e.pointerId);
    if (!p) return;
    down.delete(e.pointerId);
    // A pinch ends when either finger lifts; the other one starts nothing until it is lifted too.
    if (pinch) down.clear();
    if (down.size > 0) return;
    pinch = null;
    dragBase = 0;
    if (dragging) {
      dragging = false;
      handlers.end();
    } else if (e.type === 'pointerup') handlers.tap(e, p.target, offsetX(e.clientX), e.clientY);
  }

  let lastWheel = -Infinity;
  function onWheel(e: WheelEvent) {
    e.preventDefault();
    // A wheel sends many events a frame: the box is read once per turn, not on every one.
    if (e.timeStamp - lastWheel > WHEEL_TURN_MS) left = frame.getBoundingClientRect().left;
    lastWheel = e.timeStamp;
    const x = offsetX(e.clientX);
    // Lines and pages (some mice) count as about 40 and 800 pixels.
    const unit = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) handlers.wheel(1, x, -e.deltaX * unit);
    else handlers.wheel(Math.exp(Math.max(-1, Math.min(1, e.deltaY * unit * 0.002))), x, 0);
  }

  for (const t of targets) {
    t.addEventListener('pointerdown', onDown);
    t.addEventListener('pointermove', onMove);
    t.addEventListener('pointerup', onUp);
    t.addEventListener('pointercancel', onUp);
    t.addEventListener('wheel', onWheel, { passive: false });
  }
  return () => {
    for (const t of targets) {
      t.removeEventListener('pointerdown', onDown);
      t.removeEventListener('pointermove', onMove);
      t.removeEventListener('pointerup', onUp);
      t.removeEventListener('pointercancel', onUp);
      t.removeEventListener('wheel', onWheel);
    }
  };
}
