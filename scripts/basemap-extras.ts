// Makes src/map/basemapExtras.json: the lakes, major rivers and capitals the offline map draws over the
// country shapes, cut down from Natural Earth (public domain) to a few hundred kilobytes.
// Usage: tsx scripts/basemap-extras.ts <folder>, where the folder holds Natural Earth's GeoJSON files
// ne_50m_lakes.json, ne_50m_rivers_lake_centerlines.json and ne_50m_populated_places_simple.json (Natural
// Earth 5, as converted to GeoJSON by ogr2ogr). Run it again only when those files change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Point = [number, number];
interface NeFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

/** Lakes up to this Natural Earth scale rank: the 163 largest, Lake Geneva (4) among them. */
const LAKE_RANK = 4;
/** Rivers up to this scale rank: the Danube, Volga, Dnipro, Rhine and their peers, not every tributary. */
const RIVER_RANK = 5;
/** About 1 km: finer than the map ever needs at the zooms where the offline map is useful. */
const TOLERANCE = 0.02;

const read = (dir: string, name: string) =>
  (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { features: NeFeature[] }).features;

const round = (x: number) => Math.round(x * 100) / 100;

/** Douglas–Peucker on degrees: keeps the points that bend the line by more than the tolerance. A closed
 * ring is split in two first, or its two equal ends would give every point a distance of zero. */
function simplify(line: Point[]): Point[] {
  const [fx, fy] = line[0]!;
  const [lx, ly] = line[line.length - 1]!;
  if (line.length > 4 && fx === lx && fy === ly) {
    const mid = line.length >> 1;
    return [...simplifyOpen(line.slice(0, mid + 1)).slice(0, -1), ...simplifyOpen(line.slice(mid))];
  }
  return simplifyOpen(line);
}

function simplifyOpen(line: Point[]): Point[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1;
    let far = -1;
    let farDist = TOLERANCE;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      const d = Math.abs(dy * (px - ax) - dx * (py - ay)) / len;
      if (d > farDist) {
        far = i;
        farDist = d;
      }
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  const out: Point[] = [];
  line.forEach(([x, y], i) => {
    if (!keep[i]) return;
    const p: Point = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  });
  return out;
}

function lines(f: NeFeature): Point[][] {
  const g = f.geometry;
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates as Point[]];
  if (g.type === 'MultiLineString') return g.coordinates as Point[][];
  if (g.type === 'Polygon') return [(g.coordinates as Point[][])[0]!];
  if (g.type === 'MultiPolygon') return (g.coordinates as Point[][][]).map((p) => p[0]!);
  return [];
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/basemap-extras.ts <folder with Natural Earth GeoJSON>');
  process.exit(1);
}

const lakes = read(dir, 'ne_50m_lakes.json')
  .filter((f) => Number(f.properties.scalerank) <= LAKE_RANK)
  .flatMap(lines)
  .map(simplify)
  .filter((ring) => ring.length >= 4);
const rivers = read(dir, 'ne_50m_rivers_lake_centerlines.json')
  .filter((f) => f.properties.featurecla === 'River' && Number(f.properties.scalerank) <= RIVER_RANK)
  .flatMap(lines)
  .map(simplify)
  .filter((line) => line.length >= 2);
// [name, lat, lon, rank]: rank 0 is the most populous capital, labelled first when space is short.
const capitals = read(dir, 'ne_50m_populated_places_simple.json')
  .filter((f) => Number(f.properties.adm0cap) === 1)
  .map((f) => [
    String(f.properties.name),
    round(Number(f.properties.latitude)),
    round(Number(f.properties.longitude)),
    Number(f.properties.pop_max),
  ])
  .sort((a, b) => (b[3] as number) - (a[3] as number) || String(a[0]).localeCompare(String(b[0])))
  .map(([name, lat, lon], rank) => [name, lat, lon, rank]);

const out = 'src/map/basemapExtras.json';
writeFileSync(out, JSON.stringify({ lakes, rivers, capitals }) + '\n');
console.log(
  `${out}: ${lakes.length} lake rings, ${rivers.length} river lines, ${capitals.length} capitals, ` +
    `${readFileSync(out).length} bytes`,
);
