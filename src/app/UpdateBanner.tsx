import { useSyncExternalStore } from 'react';
import { currentUpdate, dismissUpdate, subscribeToUpdate } from './updateOffer.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './updateBanner.css';

/** "A new version is available": shown when a new release has installed and waits for the user. */
export default function UpdateBanner() {
  const apply = useSyncExternalStore(subscribeToUpdate, currentUpdate);
  const { t } = useI18n();
  // The live region is always in the page, so screen readers announce the message when it appears.
  return (
    <div className="update-banner" role="status">
      {apply && (
        <>
          <span>{t('update.available')}</span>
          <button type="button" className="update-banner-reload" onClick={apply}>
            {t('update.reload')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        </>
      )}
    </div>
  );
}
