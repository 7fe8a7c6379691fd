// Readers for one contact field each (title, track, a choice, coordinates, participants), reporting
// against the row what they had to replace or reject.
import { say, type DataSaid } from '../dataSaid.ts';
import { TRACKS, type Track } from '../schema.ts';
import { reject, warn, type Row } from './importRow.ts';
import { findKnownPlace, type KnownPlace } from './knownPlaces.ts';
import { describe, firstText, isBlank, splitList, textOf, toNumber } from './values.ts';

export function readTitle(row: Row, field: string, ...candidates: unknown[]): string {
  const title = firstText(...candidates);
  if (!title) reject(row, field, 'no title', say('record.noTitle'));
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
  if (!loose)
    warn(
      row,
      field,
      `${describe(value)} is not a track (1, 1.5 or 2); track "1" was used`,
      say('record.notTrack', { value: describe(value) }),
    );
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
  warn(
    row,
    field,
    `${describe(value)} is not one of ${choices.join(', ')}; "${fallback}" was used`,
    say('record.notOneOf', { value: describe(value), choices: choices.join(', '), fallback }),
  );
  return fallback;
}

interface CoordinateInput {
  lat: unknown;
  lon: unknown;
  latField: string;
  lonField: string;
}

/** Coordinates, or null: none given (the caller may place the row by name), or a bad one (the row is rejected). */
export function readCoordinates(row: Row, input: CoordinateInput): { lat: number; lon: number } | null {
  if (isBlank(input.lat) && isBlank(input.lon)) return null;
  const lat = toNumber(input.lat);
  const lon = toNumber(input.lon);
  if (lat === null) reject(row, input.latField, ...notNumber(input.lat, 'no latitude', say('record.noLatitude')));
  if (lon === null) reject(row, input.lonField, ...notNumber(input.lon, 'no longitude', say('record.noLongitude')));
  return lat === null || lon === null ? null : { lat, lon };
}

/**
 * A row without coordinates that names a place: the built-in record's city of that name, else nothing (the
 * contact is on the timeline and in the list, not on the map, and a warning says so). No name, no warning:
 * a TimelineJS file has no places at all, and the "not on the map" count says it.
 */
export function readPlaceByName(row: Row, field: string, ...names: unknown[]): KnownPlace | null {
  const given = names.map(textOf).filter(Boolean);
  if (!given.length) return null;
  for (const name of given) {
    const known = findKnownPlace(name);
    if (known) return known;
  }
  warn(
    row,
    field,
    `${describe(given[0])} has no coordinates and is not one of the cities of the built-in record; the contact is not on the map`,
    say('record.unknownPlace', { value: describe(given[0]) }),
  );
  return null;
}

/** Why a coordinate could not be read: none given, or not a decimal number. */
function notNumber(value: unknown, none: string, noneSaid: DataSaid): [string, DataSaid] {
  if (isBlank(value)) return [none, noneSaid];
  return [`${describe(value)} is not a decimal number`, say('record.notDecimal', { value: describe(value) })];
}

export function readParticipants(value: unknown): unknown[] {
  return splitList(value).map((p) => (typeof p === 'string' ? { name: p } : p));
}
