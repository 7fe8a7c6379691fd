// The interface language. The i18n module loads a language's messages before it calls this, so the
// views never render a language whose messages are missing.
import { useAtlasStore, type Locale } from './store.ts';

export function setLocale(locale: Locale): void {
  useAtlasStore.setState({ locale });
}
