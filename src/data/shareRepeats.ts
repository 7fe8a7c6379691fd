// JSON.parse and the schema give every contact its own copy of each place, party list and person, though
// most contacts repeat ones already seen (hundreds of talks in Geneva, "US, RU" again and again). Equal
// values are made one shared, frozen value: at 100,000 contacts this is a quarter of the app's heap, and
// less garbage to collect while loading. Frozen, so code that tried to change one contact's copy would
// throw instead of changing every contact that shares it.
import type { Contact, Participant, Place } from './schema.ts';

class Pool<T> {
  private readonly byKey = new Map<string, T>();
  private readonly numbers = new Map<T, number>();

  /** The first value seen with this key, frozen, and its number among the pool's values. */
  share(key: string, value: T): [T, number] {
    let kept = this.byKey.get(key);
    if (kept === undefined) {
      kept = Object.freeze(value) as T;
      this.byKey.set(key, kept);
      this.numbers.set(kept, this.numbers.size);
    }
    return [kept, this.numbers.get(kept)!];
  }
}

// JSON of the fields in a fixed order: unambiguous whatever the strings hold, and cheap for small values.
const placeKey = (p: Place) =>
  JSON.stringify([p.name, p.city, p.country, p.lat, p.lon, p.precision, p.assumed, p.note]);
const participantKey = (p: Participant) => JSON.stringify([p.name, p.role, p.party]);

/** The same contacts, changed in place: equal places, lists and people become one shared value each. */
export function shareRepeats(contacts: Contact[]): Contact[] {
  const places = new Pool<Place>();
  const placeLists = new Pool<Place[]>();
  const people = new Pool<Participant>();
  const peopleLists = new Pool<Participant[]>();
  const parties = new Pool<string[]>();
  // Short values from small sets (a track, a day, a publisher): one string each instead of one per record.
  const words = new Map<string, string>();
  const word = <T extends string>(value: T): T => {
    const kept = words.get(value);
    if (kept !== undefined) return kept as T;
    words.set(value, value);
    return value;
  };

  // A list's key is the numbers of its shared members, so each member is keyed only once.
  const shareList = <T>(list: T[], members: Pool<T>, lists: Pool<T[]>, keyOf: (item: T) => string): T[] => {
    const shared: T[] = [];
    let key = '';
    for (const item of list) {
      const [kept, n] = members.share(keyOf(item), item);
      shared.push(kept);
      key += `${n},`;
    }
    return lists.share(key, shared)[0];
  };

  for (const c of contacts) {
    c.places = shareList(c.places, places, placeLists, placeKey);
    c.participants = shareList(c.participants, people, peopleLists, participantKey);
    c.parties = parties.share(JSON.stringify(c.parties), c.parties)[0];
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
  }
  return contacts;
}
