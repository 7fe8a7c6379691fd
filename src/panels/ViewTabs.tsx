import { useAtlasStore } from '../state/store.ts';
import { setMainView } from '../state/actions.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Map, list or network: three views of the same filtered contacts. */
export default function ViewTabs() {
  const view = useAtlasStore((s) => s.mainView);
  const { t } = useI18n();
  return (
    <div className="view-tabs" role="group" aria-label={t('view.group')}>
      <button type="button" aria-pressed={view === 'map'} onClick={() => setMainView('map')}>
        {t('view.map')}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => setMainView('list')}>
        {t('view.list')}
      </button>
      <button type="button" aria-pressed={view === 'network'} onClick={() => setMainView('network')}>
        {t('view.network')}
      </button>
    </div>
  );
}
