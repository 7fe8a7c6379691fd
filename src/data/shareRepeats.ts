// JSON.parse and the schema give every contact its own copy of each place, party list and person, though
// most contacts repeat ones already seen (hundreds of talks in Geneva, "US, RU" again and again). Equal
// values are made one shared, frozen value: at 100,000 contacts this is a quarter of the app's heap, and
// less garbage to collect while loading. Frozen, so code that tried to change one contact's copy would
// throw instead of changing every contact that shares it.
import type { Contact, Participant, Place } from './schema.ts';

// Values are looked up by one short field, then compared field by field with the few found: cheaper than
// building a key string for every place and person, which was most of this step's time.
class Pool<T> {
  private readonly byBucket = new Map<string | number, T[]>();
  private readonly numbers = new Map<T, number>();

  constructor(private readonly same: (a: T, b: T) => boolean) {}

  /** The first value seen equal to this one, frozen, and its number among the pool's values. */
  share(bucket: string | number, value: T): [T, number] {
    let seen = this.byBucket.get(bucket);
    if (!seen) this.byBucket.set(bucket, (seen = []));
    let kept = seen.find((v) => this.same(v, value));
    if (kept === undefined) {
      kept = Object.freeze(value) as T;
      seen.push(kept);
      this.numbers.set(kept, this.numbers.size);
    }
    return [kept, this.numbers.get(kept)!];
  }
}

const samePlace = (a: Place, b: Place) =>
  a.name === b.name &&
  a.city === b.city &&
  a.country === b.country &&
  a.lat === b.lat &&
  a.lon === b.lon &&
  a.precision === b.precision &&
  a.assumed === b.assumed &&
  a.note === b.note;
const samePerson = (a: Participant, b: Participant) => a.name === b.name && a.role === b.role && a.party === b.party;
const sameMembers = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** A function that changes each contact it is given in place, and returns it: values equal to ones in a
 * contact given before become that one shared value. */
export function repeatSharer(): (contact: Contact) => Contact {
  const places = new Pool<Place>(samePlace);
  const placeLists = new Pool<Place[]>(sameMembers);
  const people = new Pool<Participant>(samePerson);
  const peopleLists = new Pool<Participant[]>(sameMembers);
  const parties = new Pool<string[]>(sameMembers);
  // Short values from small sets (a track, a day, a publisher): one string each instead of one per record.
  const words = new Map<string, string>();
  const word = <T extends string>(value: T): T => {
    const kept = words.get(value);
    if (kept !== undefined) return kept as T;
    words.set(value, value);
    return value;
  };

  // A list's members are shared first, so lists compare by identity, bucketed by first member and length.
  const shareList = <T>(list: T[], members: Pool<T>, lists: Pool<T[]>, bucketOf: (item: T) => string): T[] => {
    let first = -1;
    const shared = list.map((item, i) => {
      const [kept, n] = members.share(bucketOf(item), item);
      if (i === 0) first = n;
      return kept;
    });
    return lists.share(first * 64 + Math.min(shared.length, 63), shared)[0];
  };
  const nameOf = (v: { name: string }) => v.name;

  return (c) => {
    c.places = shareList(c.places, places, placeLists, nameOf);
    c.participants = shareList(c.participants, people, peopleLists, nameOf);
    c.parties = parties.share(c.parties.join(','), c.parties)[0];
    c.track = word(c.track);
    c.kind = word(c.kind);
    c.confidence = word(c.confidence);
    c.start = word(c.start);
    // Optional fields are set only when present, so no record gains an "end: undefined" key.
    if (c.end !== undefined) c.end = word(c.end);
    if (c.disclosed !== undefined) c.disclosed = word(c.disclosed);
    for (const s of c.sources) {
      s.publisher = word(s.publisher);
      if (s.published !== undefined) s.published = word(s.published);
      if (s.origin !== undefined) s.origin = word(s.origin);
    }
    return c;
  };
}
