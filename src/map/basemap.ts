// The offline basemap: Natural Earth country shapes (world-atlas), lakes and rivers shipped as files with
// the app, drawn on canvas. No tile server is contacted unless the user switches the online layer on.
// Two levels of detail: the world view, where every record opens, draws the 1:110m shapes (108 KB); from
// FINE_FROM_ZOOM on, the 1:50m ones (756 KB) are fetched and take their place. Decoding and drawing the
// 1:50m shapes took about 150 ms of the first view's main thread, for coastlines a world view cannot show.
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import {
  basemapShapes,
  detailFor,
  loadBasemapExtras,
  shapesNow,
  type BasemapExtras,
  type Detail,
} from './basemapFiles.ts';

function countryLayer(features: Feature[], detail: Detail, renderer: L.Renderer, colors: BasemapColors): L.GeoJSON {
  // Leaflet hands these options to every polygon it creates, renderer included; the typings omit it.
  const options = {
    renderer,
    interactive: false,
    style: { color: colors.border, weight: 0.8, fillColor: colors.land, fillOpacity: 1 },
    // The world view's shapes are already as simple as it can show, and the whole world fits in a few
    // screens: simplifying and clipping them again on every redraw was a fifth of drawing them.
    ...(detail === 'coarse' ? { smoothFactor: 0, noClip: true } : {}),
  } as L.GeoJSONOptions;
  return L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection, options);
}

export interface OfflineBasemap {
  /** Settles once the first countries and water are drawn (or the online layer replaced them); rejects
   * if they cannot be drawn. */
  ready: Promise<void>;
  /** The theme changed: canvas paths keep the colours they were made with. */
  restyle(colors: BasemapColors): void;
  destroy(): void;
}

/** Countries and water in `group`, at the detail the map's zoom asks for, kept so as the map zooms. While
 * the fine shapes load the coarse ones stay, so the land never goes blank. */
export function offlineBasemap(
  map: L.Map,
  group: L.LayerGroup,
  renderer: L.Renderer,
  colors: BasemapColors,
): OfflineBasemap {
  let style = colors;
  let gone = false;
  const countries: Partial<Record<Detail, L.GeoJSON>> = {};
  let water: L.LayerGroup | null = null;
  let shown: L.GeoJSON | null = null;
  let drawn!: () => void;
  let failed!: (err: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => ((drawn = resolve), (failed = reject)));

  /** The layer for `detail` if its shapes are here, made now (and kept), else null. */
  const layerNow = (detail: Detail) => {
    if (!countries[detail]) {
      const features = shapesNow(detail);
      if (features) countries[detail] = countryLayer(features, detail, renderer, style);
    }
    return countries[detail] ?? null;
  };
  // At once when the shapes are here: a zoom made by printing (FitForPrint) swaps them before the map
  // redraws for the paper, in the same task. Otherwise once they have arrived.
  const show = () => {
    if (gone || !map.hasLayer(group)) return;
    const detail = detailFor(map.getZoom());
    const layer = layerNow(detail);
    if (!layer || !water) {
      Promise.all([basemapShapes(detail), water ?? waterArrives])
        .then(show)
        .catch((err: unknown) => {
          failed(err);
          console.warn('Offline basemap could not be drawn:', err);
        });
      return;
    }
    if (layer === shown) return;
    // Water goes over the land: the canvas draws in the order the layers were added.
    group.clearLayers();
    group.addLayer(layer);
    group.addLayer(water);
    shown = layer;
    // Said on the map's element for the tests: which shapes the reader is looking at.
    map.getContainer().dataset.basemapDetail = detail;
    drawn();
  };
  const waterArrives = loadBasemapExtras().then((extras) => (water = waterLayer(extras, renderer, style)));
  // A failure is reported by show, which waits for it.
  waterArrives.catch(() => {});
  // The reader chose the online layer first: the markers need not wait for countries nobody sees.
  const hidden = () => drawn();
  map.on('zoomend', show);
  group.on('add', show);
  group.on('remove', hidden);
  show();
  return {
    ready,
    restyle(next) {
      style = next;
      for (const layer of Object.values(countries)) layer.setStyle({ color: next.border, fillColor: next.land });
      if (water) restyleWater(water, next);
    },
    destroy() {
      gone = true;
      map.off('zoomend', show);
      group.off('add', show);
      group.off('remove', hidden);
      group.clearLayers();
    },
  };
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
function waterLayer(data: BasemapExtras, renderer: L.Renderer, colors: BasemapColors): L.LayerGroup {
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

function restyleWater(water: L.LayerGroup, colors: BasemapColors): void {
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
