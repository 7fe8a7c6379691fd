// GeoJSON: a FeatureCollection (or a lone Feature) whose Point or MultiPoint features become contacts,
// reading back what our own GeoJSON export writes.
import { say } from '../dataSaid.ts';
import { CONFIDENCES, KINDS, PLACE_PRECISIONS } from '../schema.ts';
import { makePlace, UNNAMED_PLACE, type PlaceDraft } from './drafts.ts';
import { collect, failure, type Converted, type ImportResult } from './importResult.ts';
import { finishRow, openRow, reject, type Row } from './importRow.ts';
import { readEnd, readStart } from './readDates.ts';
import { readChoice, readParticipants, readTitle, readTrack } from './readFields.ts';
import { readSourceList } from './readSources.ts';
import {
  describe,
  firstPresent,
  firstText,
  isBlank,
  isRecord,
  optionalNotes,
  splitList,
  textOf,
  toNumber,
  type Json,
} from './values.ts';

export function convertGeoJson(json: Json): ImportResult {
  // A lone Feature is accepted as a collection of one.
  const features = json.type === 'Feature' ? [json] : json.features;
  if (!Array.isArray(features))
    return failure('geojson', 'The GeoJSON FeatureCollection has no "features" array.', say('geojson.noFeatures'));
  return collect(
    'geojson',
    features.map((f, i) => convertFeature(f, i + 1)),
  );
}

function convertFeature(feature: unknown, position: number): Converted {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    const row = openRow(undefined, position);
    reject(row, '(feature)', 'not a GeoJSON Feature', say('record.notFeature'));
    return finishRow(row, null);
  }
  const props = isRecord(feature.properties) ? feature.properties : {};
  const row = openRow(firstPresent(props.id, feature.id), position);
  const title = readTitle(row, 'title', props.title, props.name, props.headline);
  const start = readStart(row, 'start', props.start);
  const end = readEnd(row, 'end', props.end);
  const points = readPoints(row, feature.geometry);
  const places = points.map((point, i) => placeForPoint(row, props, point, i, points.length));
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    track: readTrack(row, 'track', props.track),
    // Two points and no kind: a call between the two places, the way our own calls are drawn.
    kind: readChoice(row, 'kind', props.kind, KINDS, points.length === 2 ? 'call' : 'meeting'),
    places,
    parties: splitList(props.parties),
    participants: readParticipants(props.participants),
    summary: firstText(props.description, props.summary),
    confidence: readChoice(row, 'confidence', props.confidence, CONFIDENCES, 'reported'),
    ...optionalNotes(props.notes),
    // Our own export writes these (null when absent); the schema checks their form.
    ...(isBlank(props.disclosed) ? {} : { disclosed: textOf(props.disclosed) }),
    ...(isBlank(props.partOf) ? {} : { partOf: textOf(props.partOf) }),
    sources: readSourceList(row, props),
  });
}

/** [lon, lat] pairs of a Point or MultiPoint; any other geometry cannot be drawn as a contact. */
function readPoints(row: Row, geometry: unknown): Array<[number, number]> {
  if (!isRecord(geometry)) {
    reject(row, 'geometry', 'no location: the feature has no geometry', say('record.noGeometry'));
    return [];
  }
  const { type, coordinates } = geometry;
  if (type !== 'Point' && type !== 'MultiPoint') {
    reject(
      row,
      'geometry',
      `${describe(type)} geometry is not supported: use a Point for one place or a MultiPoint for a call between places`,
      say('record.geometryType', { value: describe(type) }),
    );
    return [];
  }
  const pairs = type === 'Point' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [];
  if (pairs.length === 0) {
    reject(row, 'geometry', 'no location: the MultiPoint has no points', say('record.noPoints'));
    return [];
  }
  const points: Array<[number, number]> = [];
  for (const pair of pairs) {
    const lon = Array.isArray(pair) ? toNumber(pair[0]) : null;
    const lat = Array.isArray(pair) ? toNumber(pair[1]) : null;
    if (lon === null || lat === null) {
      reject(
        row,
        'geometry.coordinates',
        `${describe(pair)} is not a [longitude, latitude] pair`,
        say('record.notPair', { value: describe(pair) }),
      );
      return [];
    }
    points.push([lon, lat]);
  }
  return points;
}

/**
 * One place per point. Per-point details come from our own export's placeDetails/places arrays; a plain
 * string names the single point, or several when it splits on " / " into exactly as many parts.
 */
function placeForPoint(row: Row, props: Json, [lon, lat]: [number, number], index: number, count: number): PlaceDraft {
  const detail = Array.isArray(props.placeDetails) ? props.placeDetails[index] : undefined;
  const d = isRecord(detail) ? detail : {};
  const at = (value: unknown) => valueForPoint(value, index, count);
  const name = firstText(d.name, at(props.places), at(props.place), at(props.location), at(props.city), at(props.name));
  const place = makePlace({
    name: name || UNNAMED_PLACE,
    city: firstText(d.city, at(props.city)),
    country: firstText(d.country, at(props.country)),
    lat,
    lon,
    precision: readChoice(row, 'precision', firstPresent(d.precision, props.precision), PLACE_PRECISIONS, 'city'),
  });
  const note = firstText(d.note);
  return { ...place, ...(d.assumed === true ? { assumed: true } : {}), ...(note ? { note } : {}) };
}

function valueForPoint(value: unknown, index: number, count: number): unknown {
  if (Array.isArray(value)) return value[index];
  if (count === 1) return value;
  const parts = textOf(value).split(' / ');
  return parts.length === count ? parts[index] : undefined;
}
