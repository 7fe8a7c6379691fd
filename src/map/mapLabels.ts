// The Leaflet adapter for place names on the offline map: the record's cities and the world's capitals,
// placed by labelPlacement.ts clear of markers, controls and each other. Labels are text nodes in a pane of
// their own, under the markers, and never take a click.
import type { I18n } from '../i18n/translate.ts';
import { english } from '../i18n/catalogs.ts';
import { placeTitle } from '../i18n/placeTitle.ts';
import L from 'leaflet';
import type { ContactIndex } from '../data/contactIndex.ts';
import { placeLabels, type Box, type LabelCandidate } from './labelPlacement.ts';

export interface LabelInput {
  index: ContactIndex | null;
  selectedPlaces: ReadonlySet<number>;
  /** A place the app names ("assumed") is named in the interface language. */
  i18n: I18n;
}

type Capital = [string, number, number, number];

const LABEL_HEIGHT = 14;
/** A capital this close (degrees) to one of the record's places is that place: its name wins ("Kyiv"). */
const SAME_PLACE = 0.3;

/** How many capitals, by population, may compete for space at a zoom: a few at world scale, all near. */
const capitalsAtZoom = (zoom: number) => Math.round(12 * 2 ** Math.max(0, zoom - 1));

function placeWeights(index: ContactIndex): Map<number, number> {
  const counts = new Map<number, number>();
  for (const places of index.contactPlaces) for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

export function createMapLabels(map: L.Map) {
  const pane = map.createPane('atlasLabels');
  pane.classList.add('map-labels');
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let capitals: Capital[] = [];
  let input: LabelInput = { index: null, selectedPlaces: new Set(), i18n: english };
  let weights: { index: ContactIndex; counts: Map<number, number> } | null = null;
  let shown = true;

  function textWidth(text: string): number {
    let w = widths.get(text);
    if (w === undefined) {
      if (measure) measure.font = `11px ${getComputedStyle(map.getContainer()).fontFamily}`;
      w = Math.ceil((measure?.measureText(text).width ?? text.length * 6.5) + 4);
      widths.set(text, w);
    }
    return w;
  }

  function obstacles(): Box[] {
    const origin = map.getContainer().getBoundingClientRect();
    return [...map.getContainer().querySelectorAll('.atlas-marker, .leaflet-control')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top };
    });
  }

  function candidates(): LabelCandidate[] {
    const size = map.getSize();
    const out: LabelCandidate[] = [];
    const onScreen = (p: L.Point) => p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y;
    const { index, selectedPlaces, i18n } = input;
    const ours: Array<[number, number]> = [];
    if (index) {
      if (weights?.index !== index) weights = { index, counts: placeWeights(index) };
      const counts = weights.counts;
      const byWeight = index.places
        .map((_, place) => place)
        .filter((place) => !index.places[place]!.approximate)
        .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
      byWeight.forEach((place, rank) => {
        const info = index.places[place]!;
        const selected = selectedPlaces.has(place);
        // One label per city: "St Petersburg" and "Saint Petersburg" are one, and so is a venue nearby.
        const near = ours.some(([a, b]) => Math.abs(a - info.lat) < SAME_PLACE && Math.abs(b - info.lon) < SAME_PLACE);
        ours.push([info.lat, info.lon]);
        if (near && !selected) return;
        const p = map.latLngToContainerPoint([info.lat, info.lon]);
        if (!onScreen(p)) return;
        out.push({
          key: `p${place}`,
          text: placeTitle(i18n, info),
          x: p.x,
          y: p.y,
          width: textWidth(placeTitle(i18n, info)),
          height: LABEL_HEIGHT,
          priority: rank,
          always: selected,
        });
      });
    }
    const limit = capitalsAtZoom(map.getZoom());
    for (const [name, lat, lon, rank] of capitals) {
      if (rank >= limit) continue;
      if (ours.some(([a, b]) => Math.abs(a - lat) < SAME_PLACE && Math.abs(b - lon) < SAME_PLACE)) continue;
      const p = map.latLngToContainerPoint([lat, lon]);
      if (!onScreen(p)) continue;
      out.push({
        key: `c${name}`,
        text: name,
        x: p.x,
        y: p.y,
        width: textWidth(name),
        height: LABEL_HEIGHT,
        priority: 10_000 + rank,
      });
    }
    return out;
  }

  function draw() {
    pane.replaceChildren();
    if (!shown) return;
    const size = map.getSize();
    const list = candidates();
    const placed = placeLabels(list, obstacles(), { width: size.x, height: size.y });
    const byKey = new Map(list.map((c) => [c.key, c]));
    for (const label of placed) {
      const c = byKey.get(label.key)!;
      const at = map.containerPointToLayerPoint([label.x, label.y]);
      const dotAt = map.containerPointToLayerPoint([c.x, c.y]);
      const dot = document.createElement('span');
      dot.className = 'map-label-dot';
      L.DomUtil.setPosition(dot, dotAt);
      const text = document.createElement('span');
      text.className = c.always ? 'map-label is-selected' : 'map-label';
      text.textContent = label.text;
      L.DomUtil.setPosition(text, at);
      pane.append(dot, text);
    }
  }

  // Labels are placed for one zoom; while the map animates to another they would drift, so they wait.
  // They are placed a frame after a move, once the markers have been redrawn for it.
  let frame = 0;
  const hide = () => pane.classList.add('is-zooming');
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      pane.classList.remove('is-zooming');
      draw();
    });
  };
  map.on('zoomstart', hide);
  map.on('zoomend moveend resize', redraw);

  return {
    setCapitals(list: Capital[]) {
      capitals = list;
      draw();
    },
    render(next: LabelInput) {
      input = next;
      redraw();
    },
    /** The online layer has names of its own. */
    setShown(value: boolean) {
      shown = value;
      draw();
    },
    destroy() {
      cancelAnimationFrame(frame);
      map.off('zoomstart', hide);
      map.off('zoomend moveend resize', redraw);
      pane.remove();
    },
  };
}
