// TimelineJS: each of a file's events ({"events": [...]}) becomes a contact; headlines and texts are HTML.
import { say } from '../dataSaid.ts';
import { CONFIDENCES, KINDS, PLACE_PRECISIONS } from '../schema.ts';
import { htmlToText } from './htmlToText.ts';
import { makePlace, UNNAMED_PLACE, type PlaceDraft } from './drafts.ts';
import { type Converted } from './importResult.ts';
import { finishRow, openRow, reject, type Row } from './importRow.ts';
import { readEnd, readStart } from './readDates.ts';
import { readChoice, readCoordinates, readParticipants, readPlaceByName, readTitle, readTrack } from './readFields.ts';
import { readSourceList } from './readSources.ts';
import { firstPresent, firstText, isBlank, isRecord, optionalNotes, splitList, textOf, type Json } from './values.ts';

export function convertEvent(event: unknown, position: number): Converted {
  if (!isRecord(event)) {
    const row = openRow(undefined, position);
    reject(row, '(event)', 'not a TimelineJS event object', say('record.notEvent'));
    return finishRow(row, null);
  }
  const row = openRow(firstPresent(event.unique_id, event.id), position);
  const text = isRecord(event.text) ? event.text : {};
  const title = readTitle(row, 'text.headline', htmlToText(textOf(text.headline)));
  const start = readStart(row, 'start_date', event.start_date);
  const end = readEnd(row, 'end_date', event.end_date);
  const place = readEventPlace(row, event);
  return finishRow(row, {
    id: row.id,
    title,
    start,
    ...(end ? { end } : {}),
    // A TimelineJS group is any label; it sets the track only when it names one.
    track: isBlank(event.track) ? readTrack(row, 'group', event.group, true) : readTrack(row, 'track', event.track),
    kind: readChoice(row, 'kind', event.kind, KINDS, 'meeting'),
    places: place ? [place] : [],
    parties: splitList(event.parties),
    participants: readParticipants(event.participants),
    summary: htmlToText(textOf(text.text)),
    confidence: readChoice(row, 'confidence', event.confidence, CONFIDENCES, 'reported'),
    ...optionalNotes(event.notes),
    sources: readSourceList(row, event),
  });
}

/** TimelineJS has no standard place: we read `location: {lat, lon|lng, name}` or lat/lon on the event. An
 * event without coordinates is placed by its place name when the built-in record has that city, else it is
 * a contact that is not on the map. */
function readEventPlace(row: Row, event: Json): PlaceDraft | null {
  const location = isRecord(event.location) ? event.location : null;
  const source = location ?? event;
  const prefix = location ? 'location.' : '';
  const coordinates = readCoordinates(row, {
    lat: source.lat,
    lon: firstPresent(source.lon, source.lng),
    latField: `${prefix}lat`,
    lonField: `${prefix}lon`,
  });
  const lon = firstPresent(source.lon, source.lng);
  const known =
    isBlank(source.lat) && isBlank(lon)
      ? readPlaceByName(row, `${prefix}name`, source.city, source.name, source.place)
      : null;
  const located = coordinates ?? known;
  if (!located) return null;
  return makePlace({
    name: firstText(source.name, source.place, source.city) || known?.name || UNNAMED_PLACE,
    city: textOf(source.city) || (known?.name ?? ''),
    country: textOf(source.country) || (known?.country ?? ''),
    lat: located.lat,
    lon: located.lon,
    precision: coordinates ? readChoice(row, `${prefix}precision`, source.precision, PLACE_PRECISIONS, 'city') : 'city',
  });
}
