import { setAboutOpen } from '../state/actions.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Opens the About-the-data page (its own link: ?about=1). */
export default function AboutButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="header-button" onClick={() => setAboutOpen(true)}>
      {t('about.title')}
    </button>
  );
}
