// The views' way to the interface language: the translator for the store's locale. The store only
// names a language once its messages are loaded (startLocale.ts); Back/Forward can name one that is not,
// and then English shows until it arrives.
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { english, loadedI18n, loadI18n } from './catalogs.ts';
import type { I18n } from './translate.ts';

export function useI18n(): I18n {
  const locale = useAtlasStore((s) => s.locale);
  const [, setArrived] = useState<I18n | null>(null);
  const i18n = loadedI18n(locale);
  useEffect(() => {
    if (!i18n) loadI18n(locale).then(setArrived, () => setArrived(null));
  }, [i18n, locale]);
  return i18n ?? english;
}
