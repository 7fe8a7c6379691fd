// Moving the map to data: on load, to every place; on a selection made elsewhere, to that contact's places.
import L from 'leaflet';
import type { ContactIndex } from '../data/contactIndex.ts';

const FOCUS_ZOOM = 6;

export function fitIndex(map: L.Map, index: ContactIndex): void {
  if (!index.places.length) return;
  const bounds = L.latLngBounds(index.places.map((p) => [p.lat, p.lon] as [number, number]));
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 6, animate: false });
}

export function focusPlaces(map: L.Map, index: ContactIndex, places: number[]): void {
  const points = places.map((p) => [index.places[p]!.lat, index.places[p]!.lon] as [number, number]);
  if (points.length === 1) {
    map.setView(points[0]!, Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
  } else {
    map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: FOCUS_ZOOM, animate: false });
  }
}
