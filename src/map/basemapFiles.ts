// The offline basemap's files: country shapes at two levels of detail, and the lakes, rivers and capitals.
// Fetched and unpacked once each, with no Leaflet, so that app/earlyFetches.ts can ask for the first
// view's before the rest of the app has even run.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import extrasUrl from './basemapExtras.json?url';
import { unwrapRing } from './unwrapRing.ts';

export type Detail = 'coarse' | 'fine';

/** From here on the world is over 2,000 px wide, and the 1:110m coastlines would show their corners. */
export const FINE_FROM_ZOOM = 3;

export const detailFor = (zoom: number): Detail => (zoom >= FINE_FROM_ZOOM ? 'fine' : 'coarse');

const URLS: Record<Detail, string> = { coarse: coarseUrl, fine: fineUrl };

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}

type Countries = Topology<{ countries: GeometryCollection }>;

const fetching = new Map<Detail, Promise<Countries>>();
const arrived = new Map<Detail, Countries>();
const unpacked = new Map<Detail, Feature[]>();

function fetchTopology(detail: Detail): Promise<Countries> {
  let pending = fetching.get(detail);
  if (!pending) {
    pending = fetch(URLS[detail]).then(async (response) => {
      if (!response.ok) throw new Error(`basemap: ${response.status}`);
      const topology = (await response.json()) as Countries;
      arrived.set(detail, topology);
      return topology;
    });
    // A failed fetch may be tried again by the next map that asks.
    pending.catch(() => fetching.delete(detail));
    fetching.set(detail, pending);
  }
  return pending;
}

/** The country shapes at one level of detail, fetched and unpacked once. app/earlyFetches.ts asks for
 * the coarse ones before the first render, so they are ready while the dataset still downloads. */
export async function basemapShapes(detail: Detail): Promise<Feature[]> {
  await fetchTopology(detail);
  return shapesNow(detail)!;
}

/** The shapes at once if their file has arrived, else null: printing cannot wait for a fetch. Unpacking
 * is left until now because it is most of the cost. */
export function shapesNow(detail: Detail): Feature[] | null {
  const done = unpacked.get(detail);
  if (done) return done;
  const topology = arrived.get(detail);
  if (!topology) return null;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection;
  const features = countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
  unpacked.set(detail, features);
  return features;
}

/** Fetches the file without unpacking it, so that a zoom or a print finds it here. */
export function prefetchShapes(detail: Detail): void {
  fetchTopology(detail).catch(() => {});
}

/** Lakes, major rivers and capitals from Natural Earth, cut down by scripts/basemap-extras.ts. */
export interface BasemapExtras {
  lakes: Array<Array<[number, number]>>;
  rivers: Array<Array<[number, number]>>;
  /** [name, lat, lon, rank], rank 0 the most populous. */
  capitals: Array<[string, number, number, number]>;
}

let extras: Promise<BasemapExtras> | null = null;

/** Fetched once, for the water layer and the labels alike. */
export function loadBasemapExtras(): Promise<BasemapExtras> {
  extras ??= fetch(extrasUrl).then((r) => {
    if (!r.ok) throw new Error(`basemap extras: ${r.status}`);
    return r.json() as Promise<BasemapExtras>;
  });
  return extras;
}
