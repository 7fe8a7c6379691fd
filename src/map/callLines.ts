// Which call lines the map draws and how: one line per pair of places, thicker for more calls, the
// busiest pairs only. Plain data; contactLayers.ts draws it.
import type { ContactIndex } from '../data/contactIndex.ts';
import { callLinks, type View } from '../data/query.ts';
import { TRACK_COLORS } from '../ui/tracks.ts';

// Past a couple of hundred lines the map is a hairball and the canvas repaint dominates every frame;
// the busiest pairs carry the information.
export const MAX_CALL_LINES = 200;

export interface LineSpec {
  key: string;
  from: [lat: number, lon: number];
  to: [lat: number, lon: number];
  color: string;
  weight: number;
  opacity: number;
}

export function callLines(index: ContactIndex, view: View, selectedPlaces: ReadonlySet<number>): LineSpec[] {
  return callLinks(index, view)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_CALL_LINES)
    .map((link) => {
      const a = index.places[link.from]!;
      const b = index.places[link.to]!;
      const highlighted = selectedPlaces.has(link.from) && selectedPlaces.has(link.to);
      return {
        key: `${link.from}:${link.to}`,
        from: [a.lat, a.lon],
        to: [b.lat, b.lon],
        color: TRACK_COLORS[link.track]!,
        weight: Math.round((Math.min(6, 1.5 + Math.log2(link.count)) + (highlighted ? 2 : 0)) * 2) / 2,
        opacity: highlighted ? 0.95 : 0.55,
      };
    });
}
