import { useAtlasStore } from '../state/store.ts';
import { setMainView } from '../state/actions.ts';

/** Map or list: two views of the same filtered contacts. */
export default function ViewTabs() {
  const view = useAtlasStore((s) => s.mainView);
  return (
    <div className="view-tabs" role="group" aria-label="Show as">
      <button type="button" aria-pressed={view === 'map'} onClick={() => setMainView('map')}>
        Map
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => setMainView('list')}>
        List
      </button>
    </div>
  );
}
