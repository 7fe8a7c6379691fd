// The language at start-up and when the user switches: messages are loaded first, then the store
// changes, so a view never renders a language whose messages are missing. <html lang> follows the store;
// only a choice made with the switch is remembered (a link's lang= is not).
import { useAtlasStore, type Locale } from '../state/store.ts';
import { setLocale } from '../state/localeActions.ts';
import { decodeView } from '../state/urlState.ts';
import { loadI18n } from './catalogs.ts';
import { chooseLocale } from './chooseLocale.ts';

const STORAGE_KEY = 'backchannel-atlas.lang';

function savedLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings): no saved choice
  }
}

export async function startLocale(search: string): Promise<void> {
  useAtlasStore.subscribe(
    (s) => s.locale,
    (locale) => {
      document.documentElement.lang = locale;
    },
    { fireImmediately: true },
  );
  const locale = chooseLocale(decodeView(search).lang, savedLocale(), navigator.languages);
  if (locale === 'en') return;
  try {
    await loadI18n(locale);
    setLocale(locale);
  } catch {
    // The language's messages could not be fetched: the interface stays English rather than not starting.
  }
}

export async function switchLocale(locale: Locale): Promise<void> {
  await loadI18n(locale);
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  setLocale(locale);
}
