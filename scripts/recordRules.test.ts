import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.ts';
import { checkRecordRules, independentOrigins, sourceClass, type SourceClasses } from './recordRules.ts';
import { findNameVariants, samePerson } from './personNames.ts';
import { contact, MOSCOW, WASHINGTON } from '../src/data/testing/fixtures.ts';
import type { Contact, Source } from '../src/data/schema.ts';

const gazetteer = Gazetteer.load();
gazetteer.addOverride({ name: 'Test Palace', country: 'CH', lat: 46.25, lon: 6.2, source: 'https://example.org/map' });
gazetteer.addOverride({ name: 'Unsourced Villa', country: 'CH', lat: 46.3, lon: 6.25 });
gazetteer.addOverride({ name: 'Geneva Centre Point', country: 'CH', lat: 46.2022, lon: 6.1457, source: 'x' });
gazetteer.addOverride({ name: 'Pripyat border area', country: 'BY', lat: 51.9, lon: 30.2, source: 'x' });
const classes: SourceClasses = { stateMedia: ['tass.com'], aggregators: ['devdiscourse.com'] };

const source = (over: Partial<Source> = {}): Source => ({
  publisher: 'Reuters',
  title: 'A headline',
  url: 'https://www.reuters.com/a',
  published: '2025-02-18',
  origin: 'Reuters',
  ...over,
});
const TWO_ORIGINS = [source(), source({ publisher: 'AP', origin: 'AP', url: 'https://apnews.com/b' })];
const ok = (over: Partial<Contact> = {}) => contact({ sources: TWO_ORIGINS, ...over });
const fields = (cs: Contact[]) => checkRecordRules(cs, gazetteer, classes).map((e) => `${e.id} ${e.field}`);

describe('the published record: sources', () => {
  it('passes a sourced, dated, two-origin confirmed contact', () => {
    expect(fields([ok({ id: 'fine' })])).toEqual([]);
  });

  it('requires a summary, a source, and a date and an origin on every source', () => {
    const bare = contact({ id: 'bare', summary: '', sources: [] });
    const undated = ok({ id: 'undated', sources: [source({ published: undefined }), TWO_ORIGINS[1]!] });
    const anonymous = ok({ id: 'anon', sources: [source({ origin: undefined }), TWO_ORIGINS[1]!] });
    expect(fields([bare, undated, anonymous])).toEqual([
      'bare summary',
      'bare sources',
      'undated sources[0].published',
      'anon sources[0].origin',
    ]);
  });

  it('counts copies of one story once: "confirmed" needs two origins', () => {
    const copies = [
      source(),
      source({ publisher: 'Devdiscourse', url: 'https://www.devdiscourse.com/x', origin: 'Reuters' }),
    ];
    expect(independentOrigins(copies)).toBe(1);
    expect(fields([ok({ id: 'one-story', sources: copies })])).toEqual(['one-story confidence']);
    expect(fields([ok({ id: 'one-story', sources: copies, confidence: 'reported' })])).toEqual([]);
  });

  it('does not confirm on state media and aggregators alone', () => {
    const weak = [
      source({ publisher: 'TASS', origin: 'TASS', url: 'https://tass.com/politics/1' }),
      source({ publisher: 'Devdiscourse', origin: 'Devdiscourse', url: 'https://www.devdiscourse.com/y' }),
    ];
    expect(sourceClass(weak[0]!, classes)).toBe('state-media');
    expect(sourceClass(weak[1]!, classes)).toBe('aggregator');
    expect(fields([ok({ id: 'weak', sources: weak })])).toEqual(['weak confidence']);
  });
});

describe('the published record: places', () => {
  const venue = (over = {}) => ({
    name: 'Test Palace',
    city: 'Geneva',
    country: 'CH',
    lat: 46.25,
    lon: 6.2,
    precision: 'venue' as const,
    ...over,
  });

  it("wants at least one place, which a user's own file may leave out", () => {
    expect(fields([ok({ id: 'nowhere', places: [] })])).toEqual(['nowhere places']);
  });

  it('wants a venue at its own sourced coordinates, not on the city point', () => {
    expect(fields([ok({ id: 'v', places: [venue()] })])).toEqual([]);
    expect(fields([ok({ id: 'unknown', places: [venue({ name: 'Nowhere Hall' })] })])).toEqual([
      'unknown places[0].name',
    ]);
    expect(
      fields([ok({ id: 'unsourced', places: [venue({ name: 'Unsourced Villa', lat: 46.3, lon: 6.25 })] })]),
    ).toEqual(['unsourced places[0].name']);
    expect(fields([ok({ id: 'drift', places: [venue({ lat: 46.4 })] })])).toEqual(['drift places[0].lat/lon']);
    const onCity = venue({ name: 'Geneva Centre Point', lat: 46.2022, lon: 6.1457 });
    expect(fields([ok({ id: 'on-city', places: [onCity] })])).toEqual(['on-city places[0].lat/lon']);
  });

  it('names a city-precision place for its city', () => {
    const hotel = {
      name: 'Some Hotel',
      city: 'Geneva',
      country: 'CH',
      lat: 46.2022,
      lon: 6.1457,
      precision: 'city' as const,
    };
    expect(fields([ok({ id: 'hotel', places: [hotel] })])).toEqual(['hotel places[0].name']);
    const said = { ...hotel, name: 'Geneva (Some Hotel, not located)' };
    expect(fields([ok({ id: 'said', places: [said] })])).toEqual([]);
  });

  it('places a region at its sourced point', () => {
    const region = { name: 'Pripyat border area', country: 'BY', lat: 51.9, lon: 30.2, precision: 'region' as const };
    expect(fields([ok({ id: 'r', places: [region] })])).toEqual([]);
    expect(fields([ok({ id: 'r2', places: [{ ...region, name: 'Somewhere vague' }] })])).toEqual(['r2 places[0].name']);
  });

  it("wants a call's city-precision ends backed by a note, or marked assumed", () => {
    const call = { kind: 'call' as const, places: [WASHINGTON, MOSCOW] };
    expect(fields([ok({ id: 'call', ...call })])).toEqual(['call places[0].note', 'call places[1].note']);
    const noted = [
      { ...WASHINGTON, note: 'White House readout' },
      { ...MOSCOW, assumed: true },
    ];
    expect(fields([ok({ id: 'call', kind: 'call', places: noted })])).toEqual([]);
    const assumedVenue = ok({ id: 'av', places: [venue({ assumed: true })] });
    expect(fields([assumedVenue])).toEqual(['av places[0].assumed']);
  });
});

describe('the published record: ids and channels', () => {
  it('keeps the track in an id true to the record', () => {
    expect(fields([ok({ id: 'us-ru-track15-talks', track: '2' })])).toEqual(['us-ru-track15-talks id']);
    expect(fields([ok({ id: 'us-ru-track-2-talks', track: '2' })])).toEqual([]);
  });

  it('links a session to an existing channel, never in a circle', () => {
    const channel = ok({ id: 'channel', track: '2' });
    const session = ok({ id: 'session', track: '2', partOf: 'channel' });
    expect(fields([channel, session])).toEqual([]);
    expect(fields([ok({ id: 'orphan', partOf: 'missing' })])).toEqual(['orphan partOf']);
    expect(fields([ok({ id: 'self', partOf: 'self' })])).toEqual(['self partOf']);
    const a = ok({ id: 'a', partOf: 'b' });
    const b = ok({ id: 'b', partOf: 'a' });
    expect(fields([a, b])).toEqual(['a partOf', 'b partOf']);
  });
});

describe('the published record: one spelling per person', () => {
  const withPeople = (id: string, ...names: string[]) => ok({ id, participants: names.map((name) => ({ name })) });

  it('fails on a second spelling of one person, naming the usual one', () => {
    const cs = [
      withPeople('a', 'Sergey Lavrov', 'Recep Tayyip Erdoğan'),
      withPeople('b', 'Sergey Lavrov', 'Cardinal Matteo Zuppi'),
      withPeople('c', 'Sergei Lavrov', 'Recep Tayyip Erdogan', 'Matteo Zuppi'),
      withPeople('d', 'Recep Tayyip Erdoğan', 'Matteo Zuppi'),
    ];
    const errors = checkRecordRules(cs, gazetteer, classes);
    expect(errors.map((e) => `${e.id} ${e.field}`)).toEqual([
      'b participants[1].name',
      'c participants[0].name',
      'c participants[1].name',
    ]);
    expect(errors[1]!.message).toBe(
      '"Sergei Lavrov" looks like "Sergey Lavrov" (spelled so 2 times in the record): spell one person one way',
    );
  });

  it('keeps different people with one family name apart', () => {
    const cs = [
      withPeople('a', 'Dmytro Kuleba', 'Donald Trump', 'Patriarch Kirill', 'Thomas Graham'),
      withPeople('b', 'Oleksiy Kuleba', 'Melania Trump', 'Kirill Dmitriev', 'Lindsey Graham'),
    ];
    expect(fields(cs)).toEqual([]);
  });
});

describe('samePerson and findNameVariants', () => {
  it('sees through transliteration, accents, titles, initials and left-out names', () => {
    const pairs: [string, string][] = [
      ['Serhii Kyslytsya', 'Sergiy Kyslytsya'],
      ['Tatyana Moskalkova', 'Tatiana Moskalkova'],
      ['Alexei Likhachev', 'Alexey Likhachev'],
      ['Ibrahim Kalın', 'İbrahim Kalin'],
      ['Archbishop Giovanni D’Aniello', "Giovanni D'Aniello"],
      ['Lolwah Al Khater', 'Lolwah Al-Khater'],
      ['S. Jaishankar', 'Subrahmanyam Jaishankar'],
      ['Rafael Grossi', 'Rafael Mariano Grossi'],
      ['Faisal bin Farhan', 'Faisal bin Farhan Al Saud'],
    ];
    for (const [a, b] of pairs) expect(samePerson(a, b), `${a} / ${b}`).toBe(true);
    expect(samePerson('Metropolitan Hilarion of Volokolamsk', 'Metropolitan Antony (Antonij) of Volokolamsk')).toBe(
      false,
    );
    expect(samePerson('Mohamed bin Zayed', 'Abdullah bin Zayed Al Nahyan')).toBe(false);
  });

  it('groups the spellings, most used first', () => {
    expect(findNameVariants(['Davyd Arakhamia', 'David Arakhamia', 'Davyd Arakhamia', 'Rustem Umerov'])).toEqual([
      {
        spellings: [
          { name: 'Davyd Arakhamia', count: 2 },
          { name: 'David Arakhamia', count: 1 },
        ],
      },
    ]);
  });
});
