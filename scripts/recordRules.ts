// What the format allows but the published record does not. Each rule says what the sources must back:
// a venue stands at its own coordinates, a call's ends say where the sources put them, "confirmed" needs two
// independent origins that are not only state media or aggregators, and a session points at a real channel.
import type { Contact, Place, Source } from '../src/data/schema.ts';
import type { RecordError } from '../src/data/parse.ts';
import { distanceKm, normalizeName, type Gazetteer } from './gazetteer.ts';
import { findNameVariants } from './personNames.ts';

/** A venue this close to its city's gazetteer point is the city point under a venue's name. */
export const MIN_VENUE_OFFSET_KM = 0.5;
/** A venue or region must stand where its entry in the overrides file says, give or take this much. */
export const MAX_OVERRIDE_DRIFT_KM = 1;

export interface SourceClasses {
  stateMedia: string[];
  aggregators: string[];
}

function host(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const onHost = (h: string, domains: readonly string[]) => domains.some((d) => h === d || h.endsWith(`.${d}`));

export function sourceClass(source: Source, classes: SourceClasses): 'state-media' | 'aggregator' | 'other' {
  const h = host(source.url);
  if (onHost(h, classes.stateMedia)) return 'state-media';
  if (onHost(h, classes.aggregators)) return 'aggregator';
  return 'other';
}

/** Copies of one story count once: sources are independent when their origins differ. */
export function independentOrigins(sources: readonly Source[]): number {
  return new Set(sources.map((s) => normalizeName(s.origin ?? s.publisher))).size;
}

function sourceRules(c: Contact, classes: SourceClasses): RecordError[] {
  const errors: RecordError[] = [];
  if (!c.places.length)
    errors.push({ id: c.id, field: 'places', message: 'at least one place is required in the published record' });
  if (!c.summary) errors.push({ id: c.id, field: 'summary', message: 'a summary is required in the published record' });
  if (!c.sources.length) {
    errors.push({ id: c.id, field: 'sources', message: 'at least one source is required in the published record' });
    return errors;
  }
  c.sources.forEach((s, i) => {
    if (!s.published) {
      errors.push({ id: c.id, field: `sources[${i}].published`, message: 'give the date the source was published' });
    }
    if (!s.origin) {
      errors.push({
        id: c.id,
        field: `sources[${i}].origin`,
        message: `give the outlet or agency whose reporting this is (the publisher "${s.publisher}" if it is its own)`,
      });
    }
  });
  if (c.confidence === 'confirmed') {
    if (independentOrigins(c.sources) < 2) {
      errors.push({
        id: c.id,
        field: 'confidence',
        message: 'confirmed needs two independent origins; with one outlet or one story it is "reported"',
      });
    } else if (c.sources.every((s) => sourceClass(s, classes) !== 'other')) {
      errors.push({
        id: c.id,
        field: 'confidence',
        message: 'confirmed needs a source beyond state media and aggregators; otherwise it is "reported"',
      });
    }
  }
  return errors;
}

function placeRules(c: Contact, p: Place, i: number, gazetteer: Gazetteer): RecordError[] {
  const field = `places[${i}]`;
  const error = (suffix: string, message: string): RecordError => ({ id: c.id, field: field + suffix, message });
  const errors: RecordError[] = [];
  if (p.assumed && p.precision === 'venue') {
    errors.push(error('.assumed', 'a venue is reported, not assumed: make it the city or the country'));
  }
  if (c.kind === 'call' && (p.precision === 'city' || p.precision === 'venue') && !p.assumed && !p.note) {
    errors.push(
      error(
        '.note',
        `a call's end at ${p.precision} precision needs a note saying which source puts it there; ` +
          'otherwise use country precision or assumed: true',
      ),
    );
  }
  if (p.precision === 'venue' || p.precision === 'region') {
    const entry = gazetteer.findOverride(p.name, p.country);
    if (!entry) {
      errors.push(
        error(
          '.name',
          `${p.precision} "${p.name}" (${p.country}) is not in data/gazetteer-overrides.json; add it with its coordinates and their source`,
        ),
      );
    } else {
      if (!entry.source) {
        errors.push(
          error('.name', `"${entry.name}" in data/gazetteer-overrides.json has no source for its coordinates`),
        );
      }
      const drift = distanceKm(p, entry);
      if (drift > MAX_OVERRIDE_DRIFT_KM) {
        errors.push(
          error(
            '.lat/lon',
            `${drift.toFixed(1)} km from "${entry.name}" in data/gazetteer-overrides.json (${entry.lat}, ${entry.lon})`,
          ),
        );
      }
    }
  }
  if (p.precision === 'venue' && p.city) {
    const city = gazetteer.find(p.city, p.country);
    if (city && city.source === 'geonames' && distanceKm(p, city) < MIN_VENUE_OFFSET_KM) {
      errors.push(
        error(
          '.lat/lon',
          `venue "${p.name}" sits on the gazetteer point of ${p.city}: give the venue's own coordinates, ` +
            'or make it city precision named for the city',
        ),
      );
    }
  }
  if (p.precision === 'city' && p.city && !normalizeName(p.name).startsWith(normalizeName(p.city))) {
    errors.push(
      error(
        '.name',
        `a city-precision place is named for its city ("${p.city}", or "${p.city} (venue not located)"), ` +
          `not "${p.name}": a venue needs its own coordinates`,
      ),
    );
  }
  return errors;
}

const TRACK_IN_ID = /(?:^|-)track-?(1-?5|2|1)(?=-|$)/;

function idRules(c: Contact, ids: ReadonlySet<string>, parentOf: ReadonlyMap<string, string>): RecordError[] {
  const errors: RecordError[] = [];
  const inId = TRACK_IN_ID.exec(c.id)?.[1]?.replace(/^1-?5$/, '1.5');
  if (inId && inId !== c.track) {
    errors.push({ id: c.id, field: 'id', message: `the id says track ${inId} but the record is track ${c.track}` });
  }
  if (c.partOf !== undefined) {
    if (c.partOf === c.id) errors.push({ id: c.id, field: 'partOf', message: 'a contact cannot be part of itself' });
    else if (!ids.has(c.partOf)) {
      errors.push({ id: c.id, field: 'partOf', message: `no contact has the id "${c.partOf}"` });
    } else {
      const seen = new Set([c.id]);
      for (let at: string | undefined = c.partOf; at !== undefined; at = parentOf.get(at)) {
        if (seen.has(at)) {
          errors.push({ id: c.id, field: 'partOf', message: `"${c.partOf}" leads back to this contact` });
          break;
        }
        seen.add(at);
      }
    }
  }
  return errors;
}

/** One person, one spelling: a second spelling splits the "took part" facet and the network's people. */
function nameRules(contacts: readonly Contact[]): RecordError[] {
  const groups = findNameVariants(contacts.flatMap((c) => c.participants.map((p) => p.name)));
  const usual = new Map(groups.flatMap((g) => g.spellings.slice(1).map((s) => [s.name, g.spellings[0]!] as const)));
  return contacts.flatMap((c) =>
    c.participants.flatMap((p, i) => {
      const other = usual.get(p.name);
      if (!other) return [];
      const times = other.count === 1 ? 'once' : `${other.count} times`;
      return [
        {
          id: c.id,
          field: `participants[${i}].name`,
          message: `"${p.name}" looks like "${other.name}" (spelled so ${times} in the record): spell one person one way`,
        },
      ];
    }),
  );
}

export function checkRecordRules(
  contacts: readonly Contact[],
  gazetteer: Gazetteer,
  classes: SourceClasses,
): RecordError[] {
  const ids = new Set(contacts.map((c) => c.id));
  const parentOf = new Map(contacts.flatMap((c) => (c.partOf ? [[c.id, c.partOf] as const] : [])));
  const perContact = contacts.flatMap((c) => [
    ...idRules(c, ids, parentOf),
    ...sourceRules(c, classes),
    ...c.places.flatMap((p, i) => placeRules(c, p, i, gazetteer)),
  ]);
  return [...perContact, ...nameRules(contacts)];
}
