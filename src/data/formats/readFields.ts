// Readers for one contact field each (title, track, a choice, coordinates, participants), reporting
// against the row what they had to replace or reject.
import { TRACKS, type Track } from '../schema.ts';
import { reject, warn, type Row } from './importRow.ts';
import { describe, firstText, isBlank, splitList, textOf, toNumber } from './values.ts';

export function readTitle(row: Row, field: string, ...candidates: unknown[]): string {
  const title = firstText(...candidates);
  if (!title) reject(row, field, 'no title');
  return title;
}

/** "1", "1.5", "2", also as numbers or "Track 1.5" in any case. */
export function readTrack(row: Row, field: string, value: unknown, loose = false): Track {
  const text = textOf(value)
    .toLowerCase()
    .replace(/^track\s*/, '');
  if (!text) return '1';
  const track = TRACKS.find((t) => t === text);
  if (track) return track;
  if (!loose) warn(row, field, `${describe(value)} is not a track (1, 1.5 or 2); track "1" was used`);
  return '1';
}

export function readChoice<T extends string>(
  row: Row,
  field: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  const text = textOf(value).toLowerCase();
  if (!text) return fallback;
  const choice = choices.find((c) => c === text);
  if (choice) return choice;
  warn(row, field, `${describe(value)} is not one of ${choices.join(', ')}; "${fallback}" was used`);
  return fallback;
}

interface CoordinateInput {
  lat: unknown;
  lon: unknown;
  latField: string;
  lonField: string;
  /** The field to name when there are no coordinates at all. */
  noneField: string;
}

export function readCoordinates(row: Row, input: CoordinateInput): { lat: number; lon: number } | null {
  if (isBlank(input.lat) && isBlank(input.lon)) {
    reject(row, input.noneField, 'no location: latitude and longitude are missing');
    return null;
  }
  const lat = toNumber(input.lat);
  const lon = toNumber(input.lon);
  if (lat === null)
    reject(row, input.latField, isBlank(input.lat) ? 'no latitude' : `${describe(input.lat)} is not a decimal number`);
  if (lon === null)
    reject(row, input.lonField, isBlank(input.lon) ? 'no longitude' : `${describe(input.lon)} is not a decimal number`);
  return lat === null || lon === null ? null : { lat, lon };
}

export function readParticipants(value: unknown): unknown[] {
  return splitList(value).map((p) => (typeof p === 'string' ? { name: p } : p));
}
