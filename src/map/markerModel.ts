// What the map shows, as plain data: which places stand alone and which merge into clusters, their counts,
// track mix and labels, and the country placeholders that are drawn on their own. No Leaflet here:
// contactLayers.ts turns these specs into markers, and the rules can be tested without a map.
import Supercluster from 'supercluster';
import type { ContactIndex } from '../data/contactIndex.ts';
import type { View } from '../data/query.ts';
import type { I18n } from '../i18n/translate.ts';
import { placeTitle } from '../i18n/placeTitle.ts';

export interface MarkerLook {
  label: string;
  count: number;
  trackCounts: [number, number, number];
  approximate: boolean;
  selected: boolean;
  hovered: boolean;
  cluster: boolean;
  /** Screen offset of a country placeholder from its capital (see placeholderOffsets.ts). */
  offset?: [number, number];
}

/** What activating a marker is about: one place (select it), a cluster (zoom into it) or a group of places
 * merged on screen (zoom to them). */
export type MarkerTarget =
  { type: 'place'; place: number } | { type: 'cluster'; clusterId: number } | { type: 'group'; places: number[] };

export interface MarkerSpec {
  /** Stable while the marker means the same thing, so the adapter can update it in place. */
  key: string;
  lat: number;
  lon: number;
  look: MarkerLook;
  target: MarkerTarget;
  /** The places it stands for, with visible contacts. */
  places: number[];
}

export interface Highlights {
  selectedPlaces: ReadonlySet<number>;
  hoveredPlaces: ReadonlySet<number>;
  /** The markers' accessible names are in the interface language. */
  i18n: I18n;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

type PlacePoint = { place: number };

/** The places of one dataset in a cluster index, built once per dataset; a cluster's places are cached. */
export interface PlaceClusters {
  index: ContactIndex;
  clusters(bbox: BBox, zoom: number): ReturnType<Supercluster<PlacePoint>['getClusters']>;
  leaves(clusterId: number): number[];
  expansionZoom(clusterId: number): number;
}

export function createPlaceClusters(index: ContactIndex): PlaceClusters {
  const sc = new Supercluster<PlacePoint>({ radius: 44, maxZoom: 12 });
  // Country placeholders sit on a capital's coordinates; clustered, they could never be told apart from
  // the capital itself, so they are drawn on their own (see markersToShow).
  sc.load(
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
  const leavesCache = new Map<number, number[]>();
  return {
    index,
    clusters: (bbox, zoom) => sc.getClusters(bbox, zoom),
    leaves(clusterId) {
      let out = leavesCache.get(clusterId);
      if (!out) {
        out = sc.getLeaves(clusterId, Infinity).map((f) => f.properties.place);
        leavesCache.set(clusterId, out);
      }
      return out;
    },
    expansionZoom: (clusterId) => sc.getClusterExpansionZoom(clusterId),
  };
}

/** A place as the marker names it: a country placeholder in the interface language, others as recorded. */
const placeName = placeTitle;

export function placeLabel(i18n: I18n, name: string, count: number, approximate = false): string {
  return i18n.t(approximate ? 'map.marker.placeApprox' : 'map.marker.place', { name, count });
}

/** Names the busiest places first, at most four, so a screen reader hears what is inside. */
export function clusterLabel(i18n: I18n, namesByCount: readonly string[], total: number): string {
  const first = namesByCount.slice(0, 4).join(', ');
  const names =
    namesByCount.length > 4 ? i18n.t('map.marker.more', { names: first, count: namesByCount.length - 4 }) : first;
  return i18n.t('map.marker.cluster', { places: namesByCount.length, names, count: total });
}

function trackCounts(view: View, place: number): [number, number, number] {
  return [
    view.placeTrackCounts[place * 3]!,
    view.placeTrackCounts[place * 3 + 1]!,
    view.placeTrackCounts[place * 3 + 2]!,
  ];
}

function placeMarker(index: ContactIndex, view: View, place: number, hl: Highlights): MarkerSpec {
  const i18n = hl.i18n;
  const info = index.places[place]!;
  const total = view.placeTotals[place]!;
  return {
    key: `p${place}`,
    lat: info.lat,
    lon: info.lon,
    look: {
      label: placeLabel(i18n, placeName(i18n, info), total, info.approximate),
      count: total,
      trackCounts: trackCounts(view, place),
      approximate: info.approximate,
      selected: hl.selectedPlaces.has(place),
      hovered: hl.hoveredPlaces.has(place),
      cluster: false,
    },
    target: { type: 'place', place },
    places: [place],
  };
}

/** A marker for several places together, summing their visible contacts. */
function groupMarker(
  index: ContactIndex,
  view: View,
  hl: Highlights,
  places: number[],
  at: { key: string; lat: number; lon: number; target: MarkerTarget },
): MarkerSpec {
  const sum: [number, number, number] = [0, 0, 0];
  for (const p of places) {
    const c = trackCounts(view, p);
    sum[0] += c[0];
    sum[1] += c[1];
    sum[2] += c[2];
  }
  const total = sum[0] + sum[1] + sum[2];
  const names = places
    .slice()
    .sort((a, b) => view.placeTotals[b]! - view.placeTotals[a]!)
    .map((p) => placeName(hl.i18n, index.places[p]!));
  return {
    ...at,
    look: {
      label: clusterLabel(hl.i18n, names, total),
      count: total,
      trackCounts: sum,
      approximate: false,
      selected: places.some((p) => hl.selectedPlaces.has(p)),
      hovered: places.some((p) => hl.hoveredPlaces.has(p)),
      cluster: true,
    },
    places,
  };
}

/**
 * Two markers that would cover each other on screen, as one: it stands at their count-weighted centre and
 * zooms to its places when activated. Its key names its places, so it stays put while they do.
 */
export function mergeMarkers(index: ContactIndex, view: View, hl: Highlights, a: MarkerSpec, b: MarkerSpec) {
  const places = [...a.places, ...b.places];
  const wa = a.look.count;
  const wb = b.look.count;
  return groupMarker(index, view, hl, places, {
    key: `g${places
      .slice()
      .sort((x, y) => x - y)
      .join(',')}`,
    lat: (a.lat * wa + b.lat * wb) / (wa + wb),
    lon: (a.lon * wa + b.lon * wb) / (wa + wb),
    target: { type: 'group', places },
  });
}

/**
 * The markers for the visible contacts within `bbox` at `zoom`: placeholders first (they are never
 * clustered), then single places and clusters. Places with no visible contact get no marker, and a
 * cluster counts only its places that have some; a cluster left with none is not drawn.
 */
export function markersToShow(clusters: PlaceClusters, view: View, hl: Highlights, bbox: BBox, zoom: number) {
  const { index } = clusters;
  const out: MarkerSpec[] = [];
  index.places.forEach((p, place) => {
    if (p.approximate && view.placeTotals[place]) out.push(placeMarker(index, view, place, hl));
  });
  for (const f of clusters.clusters(bbox, zoom)) {
    const props = f.properties as PlacePoint & { cluster?: boolean; cluster_id?: number };
    if (!props.cluster) {
      if (view.placeTotals[props.place]) out.push(placeMarker(index, view, props.place, hl));
      continue;
    }
    const id = props.cluster_id!;
    const active = clusters.leaves(id).filter((p) => view.placeTotals[p]);
    if (active.length === 0) continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    // The zoom is in the key: the same cluster id at another zoom is another group of places.
    out.push(
      groupMarker(index, view, hl, active, {
        key: `c${id}@${zoom}`,
        lat,
        lon,
        target: { type: 'cluster', clusterId: id },
      }),
    );
  }
  return out;
}
