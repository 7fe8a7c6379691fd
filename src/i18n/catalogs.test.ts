// Every English message must exist in Ukrainian and Russian with the same placeholders and tags, and
// their plurals must have the forms the language needs; nothing may exist only in a translation.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import en, { type Catalog } from './catalogs/en.ts';
import uk from './catalogs/uk.ts';
import ru from './catalogs/ru.ts';
import enParsed from './catalogs/en.ts?ast';
import ukParsed from './catalogs/uk.ts?ast';
import ruParsed from './catalogs/ru.ts?ast';
import { catalogProblems } from './catalogCheck.ts';

describe('catalogs', () => {
  it.each([
    ['uk', uk],
    ['ru', ru],
  ] as const)('%s has every English message, with the same placeholders and full plurals', (locale, catalog) => {
    expect(catalogProblems(en, catalog, locale)).toEqual([]);
  });

  it('every English message parses', () => {
    for (const [id, text] of Object.entries(en)) expect(() => new IntlMessageFormat(text, 'en'), id).not.toThrow();
  });

  // The app loads the catalogs parsed by the build (scripts/vitePluginIcuMessages.ts), not as written.
  it.each([
    ['en', en, enParsed],
    ['uk', uk, ukParsed],
    ['ru', ru, ruParsed],
  ] as const)('%s as the app loads it has every message, parsed as written', (locale, written, parsed) => {
    expect(Object.keys(parsed)).toEqual(Object.keys(written));
    for (const [id, text] of Object.entries(written)) {
      expect(parsed[id as keyof typeof parsed], id).toEqual(new IntlMessageFormat(text, locale).getAst());
    }
  });

  it('reports a missing message, an extra one, a changed placeholder and a missing plural form', () => {
    const broken = { ...uk } as Partial<Catalog> & Record<string, string>;
    delete broken['details.date'];
    broken['details.extra'] = 'зайве';
    broken['track.title'] = '{track}: {opys}';
    broken['details.place.count'] = '{count, plural, one {# контакт} other {# контакту}} у вікні';
    expect(catalogProblems(en, broken, 'uk')).toEqual([
      'track.title: placeholders {description, track} in English, {opys, track} in uk',
      'details.place.count: plural {count} in uk lacks few, many',
      'details.date: missing in uk',
      'details.extra: in uk but not in English',
    ]);
  });
});
