// Which language to start in: the link's lang=, else the language the user last chose here, else the
// first of the browser's languages we have, else English.
import { LOCALES, type Locale } from '../state/store.ts';

const isLocale = (value: string | null | undefined): value is Locale =>
  (LOCALES as readonly (string | null | undefined)[]).includes(value);

export function chooseLocale(
  fromUrl: string | null | undefined,
  saved: string | null | undefined,
  browser: readonly string[],
): Locale {
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(saved)) return saved;
  for (const tag of browser) {
    // "uk-UA" → uk, "ru" → ru; the region does not matter for the interface.
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}
