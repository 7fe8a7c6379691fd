// The messages of each language, as ready-made translators. English is bundled; Ukrainian and Russian
// are chunks of their own, fetched the first time they are needed. The build parses the messages (`?ast`,
// scripts/vitePluginIcuMessages.ts), so the browser gets no ICU parser.
import type { Locale } from '../state/store.ts';
import en from './catalogs/en.ts?ast';
import { createI18n, type I18n, type ParsedCatalog } from './translate.ts';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: ParsedCatalog }>> = {
  uk: () => import('./catalogs/uk.ts?ast'),
  ru: () => import('./catalogs/ru.ts?ast'),
};

const ready = new Map<Locale, I18n>([['en', createI18n('en', en)]]);
const pending = new Map<Locale, Promise<I18n>>();

export const english: I18n = ready.get('en')!;

/** The language's translator if its messages have arrived. */
export function loadedI18n(locale: Locale): I18n | undefined {
  return ready.get(locale);
}

export function loadI18n(locale: Locale): Promise<I18n> {
  const done = ready.get(locale);
  if (done) return Promise.resolve(done);
  let loading = pending.get(locale);
  if (!loading) {
    loading = loaders[locale as Exclude<Locale, 'en'>]().then((m) => {
      const i18n = createI18n(locale, m.default);
      ready.set(locale, i18n);
      return i18n;
    });
    // A failed fetch (offline, a deploy in between) may be tried again.
    loading.catch(() => pending.delete(locale));
    pending.set(locale, loading);
  }
  return loading;
}
