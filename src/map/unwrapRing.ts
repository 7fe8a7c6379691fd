import type { Position } from 'geojson';

/** Rings crossing the antimeridian (Russia, Fiji) jump by ~360° between points; unwrap them so no streak
 * is drawn across the whole map. */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let prev: number | null = null;
  for (const [lon, lat] of ring as Array<[number, number]>) {
    if (prev !== null) {
      const jump = lon + offset - prev;
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    prev = lon + offset;
    out.push([lon + offset, lat]);
  }
  return out;
}
