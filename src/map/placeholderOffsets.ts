// Where country placeholders are drawn: they stand for a country, not a point, and share their capital's
// coordinates, so each is moved onto a ring around that point until it covers no other marker. Screen
// pixels only; no Leaflet here.

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** Gap kept between a placeholder and the markers around it, so each stays visible and clickable. */
const GAP = 3;
/** Down-right first (where placeholders have always stood), then round the clock, then the angles between. */
const ANGLES = [45, 135, -45, -135, 90, 0, 180, -90, 67.5, 22.5, 112.5, 157.5, -22.5, -67.5, -112.5, -157.5].map(
  (d) => (d * Math.PI) / 180,
);
/** Rings tried, each one marker radius further out: in crowded Europe at a phone's zoom three were too few. */
const RINGS = 6;

const clash = (a: Circle, b: Circle) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + GAP;

/**
 * An offset [dx, dy] for each movable circle (in order) such that it overlaps neither the fixed circles
 * nor the movable ones already placed. One that overlaps nothing where it is stays there; where no free
 * spot is found within RINGS rings, the one with fewest overlaps is taken.
 */
export function placeApart(fixed: readonly Circle[], movable: readonly Circle[]): Array<[number, number]> {
  const placed: Circle[] = [...fixed];
  return movable.map((m) => {
    const count = (c: Circle) => placed.reduce((n, o) => n + Number(clash(c, o)), 0);
    if (count(m) === 0) {
      placed.push(m);
      return [0, 0];
    }
    // The ring starts just outside the largest marker this one collides with.
    const under = placed.filter((o) => clash(m, o));
    const first = Math.max(...under.map((o) => o.r + Math.hypot(o.x - m.x, o.y - m.y))) + m.r + GAP;
    let best: Circle = m;
    let bestCount = Infinity;
    for (let ring = 0; ring < RINGS && bestCount > 0; ring++) {
      const d = first + ring * (m.r + GAP);
      for (const a of ANGLES) {
        const c = { x: m.x + d * Math.cos(a), y: m.y + d * Math.sin(a), r: m.r };
        const n = count(c);
        if (n < bestCount) {
          best = c;
          bestCount = n;
          if (n === 0) break;
        }
      }
    }
    placed.push(best);
    return [Math.round(best.x - m.x), Math.round(best.y - m.y)];
  });
}
