// Track names and colours shared by the map, the timeline and the panels (plain constants; no React).
import { TRACKS, type Track } from '../data/schema.ts';

/** Colour-blind-safe trio (Okabe–Ito blue, orange, reddish purple), in TRACKS order. */
export const TRACK_COLORS = ['#0072b2', '#e69f00', '#cc79a7'] as const;

export const TRACK_LABELS: Record<Track, string> = { '1': 'Track 1', '1.5': 'Track 1.5', '2': 'Track 2' };

export const TRACK_DESCRIPTIONS: Record<Track, string> = {
  '1': 'official talks',
  '1.5': 'officials with former officials or experts',
  '2': 'unofficial expert dialogue',
};

export function trackClass(track: Track): string {
  return `track-${track.replace('.', '-')}`;
}

export { TRACKS };
