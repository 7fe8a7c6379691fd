// The one definition of the published dataset format. data/contacts.schema.json is emitted from it
// (npm run data:schema), the checker and the app both validate with it.
import * as z from 'zod/mini';

export const TRACKS = ['1', '1.5', '2'] as const;
export const KINDS = ['meeting', 'call', 'exchange', 'conference'] as const;
export const CONFIDENCES = ['confirmed', 'reported', 'disputed'] as const;
/** venue: the building or site itself; city: the town; region: an area (an oblast, a border area, a forest
 * reserve), drawn at a point that stands for it; country: only the country is known (its capital stands in). */
export const PLACE_PRECISIONS = ['venue', 'city', 'region', 'country'] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD: the form of the string is the precision of the date. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Trimmed before the length check, so a title of spaces is refused rather than kept empty.
const text = z.string().check(z.trim(), z.minLength(1));
/** The schema's own words for what it refuses; parse.ts says each in the interface language (schema.* messages). */
export const SCHEMA_MESSAGES = {
  partialDate: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
  lat: 'latitude must be from -90 to 90',
  lon: 'longitude must be from -180 to 180',
  url: 'only http(s) URLs are allowed',
  id: 'id must be lowercase letters, digits, ".", "_" or "-"',
  partOf: 'partOf must be the id of another contact',
} as const;

const partialDate = z.string().check(z.regex(PARTIAL_DATE, SCHEMA_MESSAGES.partialDate));

export const placeSchema = z.object({
  name: text,
  city: z.optional(text),
  country: text,
  lat: z.number().check(z.gte(-90, SCHEMA_MESSAGES.lat), z.lte(90, SCHEMA_MESSAGES.lat)),
  lon: z.number().check(z.gte(-180, SCHEMA_MESSAGES.lon), z.lte(180, SCHEMA_MESSAGES.lon)),
  precision: z.enum(PLACE_PRECISIONS),
  /** The sources do not say where this was; the place is our assumption (a leader's call from the capital). */
  assumed: z.optional(z.boolean()),
  /** What the sources say about where it was, e.g. "Kremlin readout: Putin spoke from Novo-Ogaryovo". */
  note: z.optional(text),
});

export const participantSchema = z.object({
  name: text,
  role: z.optional(text),
  party: z.optional(text),
});

export const sourceSchema = z.object({
  publisher: text,
  title: text,
  url: z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, SCHEMA_MESSAGES.url)),
  published: z.optional(partialDate),
  /** The outlet or agency whose reporting this is: a copy of a wire story names the wire, so copies of one
   * story count as one origin. The published dataset requires it. */
  origin: z.optional(text),
  /** True when the headline could not be checked and was read off the link's address instead. */
  titleFromUrl: z.optional(z.boolean()),
});

export const contactSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, SCHEMA_MESSAGES.id)),
  title: text,
  start: partialDate,
  end: z.optional(partialDate),
  track: z.enum(TRACKS),
  kind: z.enum(KINDS),
  /** May be empty in users' own data (a TimelineJS file has no places): such a contact is on the timeline and
   * in the list, not on the map. The published dataset requires at least one. */
  places: z.array(placeSchema),
  parties: z.array(text),
  participants: z.array(participantSchema),
  /** May be empty in users' own data; the published dataset requires one (scripts/publishedRules.ts). */
  summary: z.string().check(z.trim()),
  confidence: z.enum(CONFIDENCES),
  disclosed: z.optional(partialDate),
  notes: z.optional(text),
  /** Id of the channel or series this contact is one session of (the channel is a contact of its own). */
  partOf: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, SCHEMA_MESSAGES.partOf))),
  /** May be empty in users' own data; the published dataset requires at least one. */
  sources: z.array(sourceSchema),
});

export const datasetSchema = z.object({
  version: z.literal(1),
  contacts: z.array(contactSchema),
});

export type Track = (typeof TRACKS)[number];
export type Kind = (typeof KINDS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export type Place = z.infer<typeof placeSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
