// The offline basemap: Natural Earth country shapes (world-atlas, 1:50m) shipped as a file with the app,
// drawn on canvas. No tile server is contacted unless the user switches the online layer on.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { unwrapRing } from './unwrapRing.ts';

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}

export async function loadBasemap(renderer: L.Renderer): Promise<L.GeoJSON> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`basemap: ${response.status}`);
  const topo = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection;
  const features: Feature[] = countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
  // Leaflet hands these options to every polygon it creates, renderer included; the typings omit it.
  const options = {
    renderer,
    interactive: false,
    style: { color: '#ffffff', weight: 0.8, fillColor: '#d9dde3', fillOpacity: 1 },
  } as L.GeoJSONOptions;
  return L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection, options);
}

export function createOnlineTiles(): L.TileLayer {
  return L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    // The page sends no Referer (Referrer-Policy: no-referrer), but OpenStreetMap's tile servers refuse
    // requests without one: the tiles send this site's origin, never the address with its ?query.
    referrerPolicy: 'strict-origin',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
}
