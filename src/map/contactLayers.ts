// The Leaflet adapter for contacts: place markers (clustered where they would overlap) and call lines.
// It owns every Leaflet object it makes, diffs on each render so only changed markers are touched,
// and removes everything in destroy(). It knows the store only through the render() arguments.
import L from 'leaflet';
import Supercluster from 'supercluster';
import type { ContactIndex } from '../data/contactIndex.ts';
import { callLinks, type View } from '../data/query.ts';
import { TRACK_COLORS } from '../ui/tracks.ts';
import { applyLook, createPin, lookSignature, type MarkerLook } from './placeMarkers.ts';

export interface ContactLayerHandlers {
  selectPlace(place: number): void;
  hoverPlace(place: number | null): void;
}

export interface RenderInput {
  index: ContactIndex;
  view: View;
  selectedPlaces: ReadonlySet<number>;
  hoveredPlaces: ReadonlySet<number>;
}

interface MarkerEntry {
  marker: L.Marker;
  pin: HTMLElement;
  signature: string;
  /** What activating the marker does; replaced on every render so handlers never go stale. */
  activate: () => void;
  hoverPlace: number | null;
}

type PlacePoint = { place: number };

const MAX_CALL_LINES = 200;

export function placeLabel(name: string, count: number): string {
  return `${name}, ${count} contact${count === 1 ? '' : 's'}`;
}

export function createContactLayers(map: L.Map, handlers: ContactLayerHandlers) {
  const markerPane = L.layerGroup().addTo(map);
  const lineRenderer = L.canvas({ padding: 0.2 });
  const lines = L.layerGroup().addTo(map);
  const markers = new Map<string, MarkerEntry>();
  const lineByPair = new Map<string, L.Polyline>();
  let clusterIndex: Supercluster<PlacePoint> | null = null;
  let clusterIndexFor: ContactIndex | null = null;
  let leavesCache = new Map<number, number[]>();
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

  function ensureClusterIndex(index: ContactIndex) {
    if (clusterIndexFor === index && clusterIndex) return clusterIndex;
    // Markers and lines are keyed by place numbers, which mean other places in another dataset.
    removeAll();
    clusterIndex = new Supercluster<PlacePoint>({ radius: 44, maxZoom: 12 });
    // Country placeholders sit on a capital's coordinates; clustered, they could never be told apart from
    // the capital itself, so they are drawn on their own (see renderMarkers).
    clusterIndex.load(
      index.places.flatMap((p, place) =>
        p.approximate
          ? []
          : [
              {
                type: 'Feature' as const,
                properties: { place },
                geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
              },
            ],
      ),
    );
    clusterIndexFor = index;
    leavesCache = new Map();
    return clusterIndex;
  }

  function leaves(sc: Supercluster<PlacePoint>, clusterId: number): number[] {
    let out = leavesCache.get(clusterId);
    if (!out) {
      out = sc.getLeaves(clusterId, Infinity).map((f) => f.properties.place);
      leavesCache.set(clusterId, out);
    }
    return out;
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

  function renderMarkers(input: RenderInput): Set<string> {
    const { index, view, selectedPlaces, hoveredPlaces } = input;
    const sc = ensureClusterIndex(index);
    const b = map.getBounds();
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const zoom = Math.round(map.getZoom());
    const seen = new Set<string>();
    const counts = (place: number): [number, number, number] => [
      view.placeTrackCounts[place * 3]!,
      view.placeTrackCounts[place * 3 + 1]!,
      view.placeTrackCounts[place * 3 + 2]!,
    ];

    const showPlace = (place: number) => {
      const info = index.places[place]!;
      const total = view.placeTotals[place]!;
      const key = `p${place}`;
      seen.add(key);
      upsert(
        key,
        [info.lat, info.lon],
        {
          label: placeLabel(info.name, total) + (info.approximate ? ' (location approximate)' : ''),
          count: total,
          trackCounts: counts(place),
          approximate: info.approximate,
          selected: selectedPlaces.has(place),
          hovered: hoveredPlaces.has(place),
          cluster: false,
        },
        () => handlers.selectPlace(place),
        place,
      );
    };

    index.places.forEach((p, place) => {
      if (p.approximate && view.placeTotals[place]) showPlace(place);
    });

    for (const f of sc.getClusters(bbox, zoom)) {
      const props = f.properties as PlacePoint & { cluster?: boolean; cluster_id?: number };
      if (!props.cluster) {
        if (view.placeTotals[props.place]) showPlace(props.place);
        continue;
      }
      const id = props.cluster_id!;
      const active = leaves(sc, id).filter((p) => view.placeTotals[p]);
      if (active.length === 0) continue;
      if (active.length === 1) {
        showPlace(active[0]!);
        continue;
      }
      const sum: [number, number, number] = [0, 0, 0];
      for (const p of active) {
        const c = counts(p);
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
      }
      const total = sum[0] + sum[1] + sum[2];
      const names = active
        .slice()
        .sort((a, b) => view.placeTotals[b]! - view.placeTotals[a]!)
        .map((p) => index.places[p]!.name);
      const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? ` and ${names.length - 4} more` : '');
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const key = `c${id}@${zoom}`;
      seen.add(key);
      upsert(
        key,
        [lat, lon],
        {
          label: `${active.length} places: ${shown}; ${total} contact${total === 1 ? '' : 's'}; activate to zoom in`,
          count: total,
          trackCounts: sum,
          approximate: false,
          selected: active.some((p) => selectedPlaces.has(p)),
          hovered: active.some((p) => hoveredPlaces.has(p)),
          cluster: true,
        },
        () => map.flyTo([lat, lon], Math.min(sc.getClusterExpansionZoom(id), map.getMaxZoom())),
        null,
      );
    }
    return seen;
  }

  function renderLines(input: RenderInput) {
    const { index, view, selectedPlaces } = input;
    const seen = new Set<string>();
    // Past a couple of hundred lines the map is a hairball and the canvas repaint dominates every frame;
    // the busiest pairs carry the information.
    const links = callLinks(index, view)
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_CALL_LINES);
    for (const link of links) {
      const key = `${link.from}:${link.to}`;
      seen.add(key);
      const a = index.places[link.from]!;
      const b = index.places[link.to]!;
      const highlighted = selectedPlaces.has(link.from) && selectedPlaces.has(link.to);
      const style: L.PolylineOptions = {
        color: TRACK_COLORS[link.track],
        weight: Math.round((Math.min(6, 1.5 + Math.log2(link.count)) + (highlighted ? 2 : 0)) * 2) / 2,
        opacity: highlighted ? 0.95 : 0.55,
      };
      const existing = lineByPair.get(key);
      if (!existing) {
        lineByPair.set(
          key,
          L.polyline(
            [
              [a.lat, a.lon],
              [b.lat, b.lon],
            ],
            { ...style, renderer: lineRenderer, interactive: false },
          ).addTo(lines),
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
        line.remove();
        lineByPair.delete(key);
      }
    }
  }

  function render(input: RenderInput) {
    last = input;
    const seen = renderMarkers(input);
    for (const [key, entry] of markers) {
      if (!seen.has(key)) {
        entry.marker.remove();
        markers.delete(key);
      }
    }
    renderLines(input);
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
