// Where the map's place names go, as plain geometry: each label beside its point, never over another label
// or a marker, most important first; a label that fits nowhere is left out. No Leaflet or DOM here.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  key: string;
  text: string;
  /** The labelled point, in screen pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lower goes first. */
  priority: number;
  /** Placed even when every position overlaps something (the selected place). */
  always?: boolean;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Top-left corner of the text. */
  x: number;
  y: number;
}

/** Steps away from the point: next to its dot first, then clear of a marker drawn on it. */
const DISTANCES = [5, 14, 25];

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function positions(c: LabelCandidate): Box[] {
  const out: Box[] = [];
  for (const d of DISTANCES) {
    const right = { x0: c.x + d, y0: c.y - c.height / 2 };
    const left = { x0: c.x - d - c.width, y0: c.y - c.height / 2 };
    const above = { x0: c.x - c.width / 2, y0: c.y - d - c.height };
    const below = { x0: c.x - c.width / 2, y0: c.y + d };
    for (const p of [right, left, above, below]) out.push({ ...p, x1: p.x0 + c.width, y1: p.y0 + c.height });
  }
  return out;
}

/**
 * Places labels greedily by priority (the `always` ones first) in the first free position around their
 * point, inside the viewport, clear of the obstacles (markers) and of labels already placed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  viewport: { width: number; height: number },
): PlacedLabel[] {
  const order = candidates.slice().sort((a, b) => Number(!!b.always) - Number(!!a.always) || a.priority - b.priority);
  const taken: Box[] = [];
  const out: PlacedLabel[] = [];
  const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= viewport.width && b.y1 <= viewport.height;
  for (const c of order) {
    const options = positions(c);
    let chosen = options.find(
      (b) => inside(b) && !taken.some((t) => overlaps(b, t)) && !obstacles.some((o) => overlaps(b, o)),
    );
    // The selected place keeps its name even in a crowd: clear of other labels if it can be.
    if (!chosen && c.always) chosen = options.find((b) => !taken.some((t) => overlaps(b, t))) ?? options[0];
    if (!chosen) continue;
    taken.push(chosen);
    out.push({ key: c.key, text: c.text, x: chosen.x0, y: chosen.y0 });
  }
  return out;
}
