// The offline basemap: Natural Earth country shapes (world-atlas, 1:50m), lakes and rivers shipped as files
// with the app, drawn on canvas. No tile server is contacted unless the user switches the online layer on.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import extrasUrl from './basemapExtras.json?url';
import { unwrapRing } from './unwrapRing.ts';

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}

export async function loadBasemap(renderer: L.Renderer, colors: BasemapColors): Promise<L.GeoJSON> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`basemap: ${response.status}`);
  const topo = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection;
  const features: Feature[] = countries.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) }));
  // Leaflet hands these options to every polygon it creates, renderer included; the typings omit it.
  const options = {
    renderer,
    interactive: false,
    style: { color: colors.border, weight: 0.8, fillColor: colors.land, fillOpacity: 1 },
  } as L.GeoJSONOptions;
  return L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection, options);
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

export interface BasemapColors {
  land: string;
  border: string;
  water: string;
}

/** Colours follow the page's theme (light or dark), read from CSS custom properties on the map. */
export function basemapColors(el: HTMLElement): BasemapColors {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    land: read('--map-land', '#d9dde3'),
    border: read('--map-border', '#ffffff'),
    water: read('--map-water', '#b8d3e8'),
  };
}

/** Lakes as water-coloured polygons and rivers as thin lines, drawn over the countries on their canvas. */
export function waterLayer(data: BasemapExtras, renderer: L.Renderer, colors: BasemapColors): L.LayerGroup {
  const lakeLatLngs = data.lakes.map((ring) => ring.map(([lon, lat]) => [lat, lon] as L.LatLngTuple));
  const riverLatLngs = data.rivers.map((line) => line.map(([lon, lat]) => [lat, lon] as L.LatLngTuple));
  return L.layerGroup([
    L.polyline(riverLatLngs, { renderer, interactive: false, color: colors.water, weight: 1.2, opacity: 1 }),
    L.polygon(lakeLatLngs, {
      renderer,
      interactive: false,
      stroke: false,
      fillColor: colors.water,
      fillOpacity: 1,
    }),
  ]);
}

/** The drawn basemap takes the theme's colours again: canvas paths keep the colours they were made with,
 * so a switch of the system's theme (prefers-color-scheme) would otherwise leave light land in a dark page. */
export function restyleBasemap(countries: L.GeoJSON, water: L.LayerGroup, colors: BasemapColors): void {
  countries.setStyle({ color: colors.border, fillColor: colors.land });
  water.eachLayer((layer) => {
    // Lakes are filled polygons, rivers plain lines (a polygon is a polyline too, so it is asked first).
    if (layer instanceof L.Polygon) layer.setStyle({ fillColor: colors.water });
    else if (layer instanceof L.Polyline) layer.setStyle({ color: colors.water });
  });
}

/** Calls back whenever the system switches between light and dark; returns the unsubscribe. */
export function onColorSchemeChange(callback: () => void): () => void {
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', callback);
  return () => scheme.removeEventListener('change', callback);
}

export function createOnlineTiles(): L.TileLayer {
  return L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    // The page sends no Referer (Referrer-Policy: no-referrer), but OpenStreetMap's tile servers refuse
    // requests without one: the tiles send this site's origin, never the address with its ?query.
    referrerPolicy: 'strict-origin',
    // Its credit ("© OpenStreetMap contributors") is added in the interface language (MapView.tsx).
  });
}
