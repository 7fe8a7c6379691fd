// Moving the map to data: on load, to every place; on a selection made elsewhere, to that contact's places.
import L from 'leaflet';
import type { ContactIndex } from '../data/contactIndex.ts';

const FOCUS_ZOOM = 6;

export function fitIndex(map: L.Map, index: ContactIndex): void {
  if (!index.places.length) return;
  const bounds = L.latLngBounds(index.places.map((p) => [p.lat, p.lon] as [number, number]));
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 6, animate: false });
}

export interface Cover {
  left: number;
  right: number;
}

/** How far panels floating over the map (matched by `selector`) reach in from its left and right edges. */
export function coveredSides(map: L.Map, selector: string): Cover {
  const box = map.getContainer().getBoundingClientRect();
  const cover = { left: 0, right: 0 };
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
    if (r.left + r.right < box.left + box.right) cover.left = Math.max(cover.left, r.right - box.left);
    else cover.right = Math.max(cover.right, box.right - r.left);
  }
  return cover;
}

/** `cover`: pixels on the map's sides that panels cover; the places are fitted between them. */
export function focusPlaces(
  map: L.Map,
  index: ContactIndex,
  places: number[],
  cover: Cover = { left: 0, right: 0 },
): void {
  const points = places.map((p) => [index.places[p]!.lat, index.places[p]!.lon] as [number, number]);
  const { left, right } = cover;
  if (points.length === 1 && !left && !right) {
    map.setView(points[0]!, Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
  } else {
    map.fitBounds(L.latLngBounds(points), {
      paddingTopLeft: [30 + left, 50],
      paddingBottomRight: [30 + right, 30],
      maxZoom: FOCUS_ZOOM,
      animate: false,
    });
  }
}
