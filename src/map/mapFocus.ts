// Moving the map to data: on load, to every place; on a selection made elsewhere, to that contact's places.
import L from 'leaflet';
import type { ContactIndex } from '../data/contactIndex.ts';
import { clearOffset, type Box } from './clearView.ts';
import type { Circle } from './placeholderOffsets.ts';
import { MARKERS_LAID_OUT, viewKey, type MarkersLaidOutEvent } from './contactLayers.ts';

const FOCUS_ZOOM = 6;

/** What floats over the map and may hide a marker: its controls, the legend, the Map/List/Network switch. */
export const OVER_MAP = '.leaflet-control, .map-legend, .view-tabs';
/** Room kept around each place: a small marker's radius, so no marker is cut by an edge or a box. A
 * marker that stands in for a place (a country, a region, an assumption) may be drawn on a ring around its
 * point (placeholderOffsets.ts): it needs more. */
const FIT_ROOM = 16;
const FIT_ROOM_APPROXIMATE = 44;
const FIT_MAX_ZOOM = 6;

/** The smallest zoom change the map makes (MapView sets quarter steps). */
const zoomStep = (map: L.Map) => map.options.zoomSnap || 0.25;

/** Every place in view and none under `boxes` (container pixels): zoomed out step by step until one fits. */
function fitIndex(map: L.Map, index: ContactIndex, boxes: Box[] = []): void {
  if (!index.places.length) return;
  const latLngs = index.places.map((p) => L.latLng(p.lat, p.lon));
  const rooms = index.places.map((p) => (p.approximate ? FIT_ROOM_APPROXIMATE : FIT_ROOM));
  const bounds = L.latLngBounds(latLngs);
  // Leaflet keeps the size it last measured; the panels above the map may have changed it since.
  map.invalidateSize({ pan: false });
  const size = map.getSize();
  const step = zoomStep(map);
  const widest = map.getBoundsZoom(bounds, false, L.point(2 * FIT_ROOM, 2 * FIT_ROOM));
  for (let zoom = Math.min(FIT_MAX_ZOOM, widest); zoom >= map.getMinZoom(); zoom -= step) {
    const spots = latLngs.map((ll, i) => ({ ...map.project(ll, zoom), r: rooms[i]! }));
    const offset = clearOffset(spots, boxes, size.x, size.y);
    if (!offset) continue;
    // Container point = projected point + offset, so the view's centre is at half the size less the offset.
    map.setView(map.unproject(L.point(size.x / 2 - offset.x, size.y / 2 - offset.y), zoom), zoom, { animate: false });
    return;
  }
  // Nothing clears every box (a tiny map): the places' bounds, as before.
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: FIT_MAX_ZOOM, animate: false });
}

/**
 * Shows every place, clear of what floats over the map, and keeps it so while the reader has not moved the
 * map: the markers as laid out are moved clear before they are drawn, and the map is fitted again when its
 * size changes. Returns the function that stops it.
 */
export function fitAndKeepClear(map: L.Map, index: ContactIndex): () => void {
  const viewNow = () => viewKey(map);
  // The view this last set: once the map shows another, the reader has moved it.
  let fitted = '';
  let corrections = 0;
  // Markers laid out while the fit itself moves the map wait until it has recorded its view.
  let fitting = false;
  let laidOutDuringFit: Circle[] | null = null;
  // The fit estimates where markers will stand; laid out, before they are drawn, they are moved clear.
  const correct = (circles: Circle[]) => {
    if (corrections >= MAX_CORRECTIONS || viewNow() !== fitted) return;
    corrections++;
    // Once clear, the fit is done: markers that change later (a timeline drag, a filter) never move the map.
    if (!clearMarkers(map, circles, boxesOver(map, OVER_MAP))) corrections = MAX_CORRECTIONS;
    fitted = viewNow();
  };
  const fit = () => {
    corrections = 0;
    fitting = true;
    laidOutDuringFit = null;
    try {
      fitIndex(map, index, boxesOver(map, OVER_MAP));
    } finally {
      fitting = false;
    }
    fitted = viewNow();
    if (laidOutDuringFit) correct(laidOutDuringFit);
  };
  const onLaidOut = (e: L.LeafletEvent) => {
    const { circles } = e as MarkersLaidOutEvent;
    if (fitting) laidOutDuringFit = circles;
    else correct(circles);
  };
  map.on(MARKERS_LAID_OUT, onLaidOut);
  fit();
  // The panels around the map fill in after the data arrives, and the map's height changes under the fit
  // (by a third on a laptop): until the reader does anything, it is fitted again to its new size. Not
  // after: a timeline drag changes the facet counts, and with them the map's height, every frame.
  const resized = new ResizeObserver(() => {
    // A printed page is fitted on its own (FitForPrint), and the map returns to this view after it.
    // The size can change before the print media's own event has marked the page as printing.
    if (document.documentElement.classList.contains('printing') || window.matchMedia('print').matches) return;
    if (viewNow() !== fitted) settled();
    else fit();
  });
  const READER_ACTS = ['pointerdown', 'keydown', 'wheel'] as const;
  const settled = () => {
    resized.disconnect();
    for (const type of READER_ACTS) document.removeEventListener(type, settled, true);
  };
  resized.observe(map.getContainer());
  for (const type of READER_ACTS) document.addEventListener(type, settled, true);
  return () => {
    settled();
    map.off(MARKERS_LAID_OUT, onLaidOut);
  };
}

/** Moves after a fit to clear the drawn markers from the controls: a pan, and at most a few zoom steps. */
const MAX_CORRECTIONS = 4;

/**
 * After a fit, with the markers as laid out (clustered, merged, placeholders moved aside), which the fit
 * could only estimate: pans as little as clears every marker from `boxes`, or, when no pan does, zooms out a
 * step. True when the map moved.
 */
export function clearMarkers(map: L.Map, circles: readonly Circle[], boxes: Box[]): boolean {
  if (!circles.length) return false;
  const size = map.getSize();
  const spots = circles.map((c) => ({ x: c.x, y: c.y, r: c.r + MARKER_GAP }));
  const offset = clearOffset(spots, boxes, size.x, size.y, { x: 0, y: 0 });
  if (offset && Math.hypot(offset.x, offset.y) < 1) return false;
  if (offset) map.panBy([-offset.x, -offset.y], { animate: false });
  else if (map.getZoom() > map.getMinZoom()) map.setZoom(map.getZoom() - zoomStep(map), { animate: false });
  else return false;
  return true;
}

/** Pixels kept between a marker and a box or an edge. */
const MARKER_GAP = 2;

/** The boxes of the elements matched by `selector` that overlap the map, in the map's container pixels. */
export function boxesOver(map: L.Map, selector: string): Box[] {
  return boxesTouching(map, selector).filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
}

/** As boxesOver, with empty boxes too (an element with no size whose corner lies on the map). */
function boxesTouching(map: L.Map, selector: string): Box[] {
  const origin = map.getContainer().getBoundingClientRect();
  const boxes: Box[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.right <= origin.left || r.left >= origin.right || r.bottom <= origin.top || r.top >= origin.bottom) continue;
    boxes.push({
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    });
  }
  return boxes;
}

export interface Cover {
  left: number;
  right: number;
}

/** How far panels floating over the map (matched by `selector`) reach in from its left and right edges. */
export function coveredSides(map: L.Map, selector: string): Cover {
  const width = map.getContainer().getBoundingClientRect().width;
  const cover = { left: 0, right: 0 };
  for (const b of boxesTouching(map, selector)) {
    // A panel whose middle is left of the map's middle covers the left side, up to its right edge.
    if (b.x0 + b.x1 < width) cover.left = Math.max(cover.left, b.x1);
    else cover.right = Math.max(cover.right, width - b.x0);
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
