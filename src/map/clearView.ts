// Where to put points so that none lands under what floats over the map (the zoom buttons, the layer
// switch, the credits, the legend, the Map/List/Network switch). Pure geometry: the map adapter projects
// the points and measures the boxes; this picks the offset. Fitting the data's bounds alone put markers
// under the legend and the corners at the first view; padding every side by the widest control shrank the
// map for corners that were empty.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Pt {
  x: number;
  y: number;
}

/** A point and the room its marker needs around it. */
export interface Spot extends Pt {
  r: number;
}

/**
 * An offset to add to every spot so that each lies at least its `r` inside a `width`×`height` view and
 * `r` away from every box, the one closest to `prefer` (by default, the one centring the spots); null when
 * there is none.
 */
export function clearOffset(
  spots: readonly Spot[],
  boxes: readonly Box[],
  width: number,
  height: number,
  prefer?: Pt,
): Pt | null {
  if (!spots.length) return null;
  // The offsets that keep every spot inside the view.
  let fromX = -Infinity;
  let toX = Infinity;
  let fromY = -Infinity;
  let toY = Infinity;
  for (const p of spots) {
    fromX = Math.max(fromX, p.r - p.x);
    toX = Math.min(toX, width - p.r - p.x);
    fromY = Math.max(fromY, p.r - p.y);
    toY = Math.min(toY, height - p.r - p.y);
  }
  if (fromX > toX || fromY > toY) return null;
  const clear = (dx: number, dy: number) =>
    spots.every((p) => {
      const x = p.x + dx;
      const y = p.y + dy;
      return boxes.every((b) => x <= b.x0 - p.r || x >= b.x1 + p.r || y <= b.y0 - p.r || y >= b.y1 + p.r);
    });
  // Candidates on a grid of STEP pixels, tried nearest the preferred offset first.
  const centre = { x: (fromX + toX) / 2, y: (fromY + toY) / 2 };
  const target = prefer ?? centre;
  const candidates: Pt[] = [
    centre,
    { x: Math.min(toX, Math.max(fromX, target.x)), y: Math.min(toY, Math.max(fromY, target.y)) },
  ];
  const stepX = Math.max(STEP, (toX - fromX) / MAX_STEPS);
  const stepY = Math.max(STEP, (toY - fromY) / MAX_STEPS);
  for (let dx = fromX; dx <= toX; dx += stepX)
    for (let dy = fromY; dy <= toY; dy += stepY) candidates.push({ x: dx, y: dy });
  const away = (c: Pt) => (c.x - target.x) ** 2 + (c.y - target.y) ** 2;
  candidates.sort((a, b) => away(a) - away(b));
  return candidates.find((c) => clear(c.x, c.y)) ?? null;
}

const STEP = 6;
/** At most this many steps a side, so a view with much room costs no more than a small one. */
const MAX_STEPS = 60;
