// The Leaflet adapter for contacts: place markers (clustered where they would overlap) and call lines.
// What to show comes from markerModel.ts and callLines.ts; this file owns every Leaflet object it makes,
// diffs on each render so only changed markers are touched, and removes everything in destroy(). It knows
// the store only through the render() arguments.
import L from 'leaflet';
import type { ContactIndex } from '../data/contactIndex.ts';
import type { View } from '../data/query.ts';
import type { I18n } from '../i18n/translate.ts';
import { callLines } from './callLines.ts';
import {
  createPlaceClusters,
  markersToShow,
  mergeMarkers,
  type BBox,
  type MarkerLook,
  type MarkerSpec,
  type MarkerTarget,
  type PlaceClusters,
} from './markerModel.ts';
import { applyLook, createPin, lookSignature, markerSize } from './placeMarkers.ts';
import { placeApart, type Circle } from './placeholderOffsets.ts';
import { mergeOverlapping } from './mergeOverlapping.ts';

/** Fired on the map after markers were added, moved or removed. */
export const MARKERS_DRAWN = 'atlas:markersdrawn';
/** Fired when the markers of a view are laid out and before they are drawn: a listener may still move the
 * map (mapFocus.ts keeps them clear of the controls), and they are then laid out again, drawn once. */
export const MARKERS_LAID_OUT = 'atlas:markerslaidout';

export interface MarkersLaidOutEvent extends L.LeafletEvent {
  /** Each marker's disc in the map's container pixels, placeholder offsets included. */
  circles: Circle[];
}

/** The map's centre and zoom as one comparable value: a change means something moved the map. */
export const viewKey = (map: L.Map): string => `${map.getCenter().toString()} ${map.getZoom()}`;

/** Times the markers of one render are laid out again after a listener moved the map. */
const MAX_RELAYOUTS = 4;

export interface ContactLayerHandlers {
  selectPlace(place: number): void;
  hoverPlace(place: number | null): void;
}

export interface RenderInput {
  index: ContactIndex;
  view: View;
  selectedPlaces: ReadonlySet<number>;
  hoveredPlaces: ReadonlySet<number>;
  i18n: I18n;
}

interface MarkerEntry {
  marker: L.Marker;
  pin: HTMLElement;
  signature: string;
  /** What activating the marker does; replaced on every render so handlers never go stale. */
  activate: () => void;
  hoverPlace: number | null;
}

/** The visible part of the map, within the one world the cluster index knows. */
function visibleBBox(map: L.Map): BBox {
  const b = map.getBounds();
  return [
    Math.max(-180, b.getWest()),
    Math.max(-85, b.getSouth()),
    Math.min(180, b.getEast()),
    Math.min(85, b.getNorth()),
  ];
}

export function createContactLayers(map: L.Map, handlers: ContactLayerHandlers) {
  const markerPane = L.layerGroup().addTo(map);
  const lineRenderer = L.canvas({ padding: 0.2 });
  const lines = L.layerGroup().addTo(map);
  const markers = new Map<string, MarkerEntry>();
  const lineByPair = new Map<string, L.Polyline>();
  let clusters: PlaceClusters | null = null;
  let last: RenderInput | null = null;

  function removeAll() {
    markerPane.clearLayers();
    lines.clearLayers();
    markers.clear();
    lineByPair.clear();
  }

  /** Nothing to show (no dataset): remove everything and stop redrawing on map moves. */
  function clear() {
    removeAll();
    last = null;
  }

  function clustersFor(index: ContactIndex): PlaceClusters {
    if (clusters?.index === index) return clusters;
    // Markers and lines are keyed by place numbers, which mean other places in another dataset.
    removeAll();
    clusters = createPlaceClusters(index);
    return clusters;
  }

  function activation(target: MarkerTarget, sc: PlaceClusters, latlng: L.LatLngExpression): () => void {
    if (target.type === 'place') return () => handlers.selectPlace(target.place);
    if (target.type === 'cluster')
      return () => map.flyTo(latlng, Math.min(sc.expansionZoom(target.clusterId), map.getMaxZoom()));
    // Merged on screen, not by the cluster index: zoom until its places fit, and at least a whole zoom in.
    return () => {
      const bounds = L.latLngBounds(target.places.map((p) => [sc.index.places[p]!.lat, sc.index.places[p]!.lon]));
      const fit = map.getBoundsZoom(bounds, false, L.point(60, 60));
      const zoom = Math.min(Math.max(fit, Math.floor(map.getZoom()) + 1), map.getMaxZoom());
      map.flyTo(bounds.getCenter(), zoom);
    };
  }

  function upsert(
    key: string,
    latlng: L.LatLngExpression,
    look: MarkerLook,
    activate: () => void,
    hoverPlace: number | null,
  ) {
    let entry = markers.get(key);
    if (!entry) {
      const pin = createPin();
      const marker = L.marker(latlng, {
        icon: L.divIcon({ html: pin, className: 'atlas-marker', iconSize: undefined }),
        keyboard: true,
        riseOnHover: true,
      });
      const created: MarkerEntry = { marker, pin, signature: '', activate, hoverPlace };
      marker.on('click', () => created.activate());
      marker.on('mouseover', () => handlers.hoverPlace(created.hoverPlace));
      marker.on('mouseout', () => handlers.hoverPlace(null));
      marker.addTo(markerPane);
      const el = marker.getElement()!;
      el.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          created.activate();
        }
      });
      el.addEventListener('focus', () => handlers.hoverPlace(created.hoverPlace));
      el.addEventListener('blur', () => handlers.hoverPlace(null));
      markers.set(key, created);
      entry = created;
    } else {
      entry.marker.setLatLng(latlng);
    }
    entry.activate = activate;
    entry.hoverPlace = hoverPlace;
    const signature = lookSignature(look);
    if (signature !== entry.signature) {
      applyLook(entry.marker.getElement()!, entry.pin, look);
      entry.marker.setZIndexOffset(look.selected ? 1000 : look.count);
      entry.signature = signature;
    }
  }

  /** A marker's disc on screen, where it stands before any placeholder offset. */
  function circleOf(spec: MarkerSpec): Circle {
    const p = map.latLngToContainerPoint([spec.lat, spec.lon]);
    return { x: p.x, y: p.y, r: markerSize(spec.look.count, spec.look.approximate) / 2 };
  }

  /** Country placeholders move off their capital (and any other marker) by as much as this zoom needs. */
  function spreadPlaceholders(specs: MarkerSpec[]) {
    const fixed: Circle[] = [];
    const movable: Circle[] = [];
    const movableSpecs: MarkerSpec[] = [];
    for (const spec of specs) {
      const circle = circleOf(spec);
      if (spec.look.approximate) {
        movable.push(circle);
        movableSpecs.push(spec);
      } else fixed.push(circle);
    }
    placeApart(fixed, movable).forEach((offset, i) => {
      movableSpecs[i]!.look = { ...movableSpecs[i]!.look, offset };
    });
  }

  function layoutMarkers(input: RenderInput): MarkerSpec[] {
    const sc = clustersFor(input.index);
    const shown = markersToShow(sc, input.view, input, visibleBBox(map), Math.round(map.getZoom()));
    // Placeholders are never merged: they move aside instead (spreadPlaceholders).
    const placeholders = shown.filter((spec) => spec.look.approximate);
    const merged = mergeOverlapping(
      shown.filter((spec) => !spec.look.approximate),
      circleOf,
      (a, b) => mergeMarkers(sc.index, input.view, input, a, b),
    );
    const specs = [...placeholders, ...merged];
    spreadPlaceholders(specs);
    return specs;
  }

  function discsOf(specs: MarkerSpec[]): Circle[] {
    return specs.map((spec) => {
      const c = circleOf(spec);
      const [dx, dy] = spec.look.offset ?? [0, 0];
      return { x: c.x + dx, y: c.y + dy, r: c.r };
    });
  }

  function drawMarkers(input: RenderInput, specs: MarkerSpec[]) {
    const sc = clustersFor(input.index);
    const seen = new Set<string>();
    for (const spec of specs) {
      const latlng: L.LatLngTuple = [spec.lat, spec.lon];
      const hoverPlace = spec.target.type === 'place' ? spec.target.place : null;
      upsert(spec.key, latlng, spec.look, activation(spec.target, sc, latlng), hoverPlace);
      seen.add(spec.key);
    }
    for (const [key, entry] of markers) {
      if (!seen.has(key)) {
        // From the group, not only the map: marker.remove() leaves it in the group's list, which then
        // keeps every marker ever dropped, its element and its listeners alive (issue 14's leak guard).
        markerPane.removeLayer(entry.marker);
        markers.delete(key);
      }
    }
  }

  function renderLines(input: RenderInput) {
    const seen = new Set<string>();
    for (const line of callLines(input.index, input.view, input.selectedPlaces)) {
      seen.add(line.key);
      const style: L.PolylineOptions = { color: line.color, weight: line.weight, opacity: line.opacity };
      const existing = lineByPair.get(line.key);
      if (!existing) {
        lineByPair.set(
          line.key,
          L.polyline([line.from, line.to], { ...style, renderer: lineRenderer, interactive: false }).addTo(lines),
        );
      } else if (
        existing.options.weight !== style.weight ||
        existing.options.opacity !== style.opacity ||
        existing.options.color !== style.color
      ) {
        existing.setStyle(style);
      }
    }
    for (const [key, line] of lineByPair) {
      if (!seen.has(key)) {
        // As for markers: line.remove() would leave it in the group.
        lines.removeLayer(line);
        lineByPair.delete(key);
      }
    }
  }

  let layingOut = false;

  function render(input: RenderInput) {
    last = input;
    // A move made by a MARKERS_LAID_OUT listener: the render that asked draws for the view it leads to.
    if (layingOut) return;
    let specs = layoutMarkers(input);
    for (let n = 0; n < MAX_RELAYOUTS; n++) {
      const before = viewKey(map);
      layingOut = true;
      try {
        map.fire(MARKERS_LAID_OUT, { circles: discsOf(specs) });
      } finally {
        layingOut = false;
      }
      if (viewKey(map) === before) break;
      specs = layoutMarkers(input);
    }
    drawMarkers(input, specs);
    renderLines(input);
    // The place names keep clear of markers (mapLabels.ts); they learn of new ones through the map.
    map.fire(MARKERS_DRAWN);
  }

  const rerender = () => last && render(last);
  map.on('zoomend moveend', rerender);

  return {
    render,
    clear,
    destroy() {
      map.off('zoomend moveend', rerender);
      markerPane.remove();
      lines.remove();
      lineRenderer.remove();
      markers.clear();
      lineByPair.clear();
    },
  };
}

export type ContactLayers = ReturnType<typeof createContactLayers>;
