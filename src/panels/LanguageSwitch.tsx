// The interface language. Each language is named in itself, so a reader finds theirs whatever is shown.
import { LOCALES, type Locale } from '../state/store.ts';
import { switchLocale } from '../i18n/startLocale.ts';
import { useI18n } from '../i18n/useI18n.ts';

const NAMES: Record<Locale, string> = { en: 'English', uk: 'Українська', ru: 'Русский' };

export default function LanguageSwitch() {
  const { t, locale } = useI18n();
  return (
    <select
      className="language-switch"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={locale}
      onChange={(e) => void switchLocale(e.target.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {NAMES[l]}
        </option>
      ))}
    </select>
  );
}
