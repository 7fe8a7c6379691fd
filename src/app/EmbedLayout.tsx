// The compact layout for an article's iframe (?embed=1): the selection in a line, the map, the timeline and
// the notice that data are not our record, with no header, facets or details panel. It asks the host page
// for the height it fits best (embedHeight.ts).
import { lazy, Suspense, useEffect, useRef } from 'react';
import MapView from '../map/MapView.tsx';
import DataNotice from '../panels/DataNotice.tsx';
import EmbedBar from '../panels/EmbedBar.tsx';
import { startEmbedHeight } from '../panels/embedHeight.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useAtlasStore } from '../state/store.ts';
import { selectStatus } from '../state/selectors.ts';
import '../panels/embed.css';

const TimelineView = lazy(() => import('../timeline/TimelineView.tsx'));

export default function EmbedLayout() {
  const status = useAtlasStore(selectStatus);
  const { t } = useI18n();
  const app = useRef<HTMLDivElement>(null);
  const map = useRef<HTMLDivElement>(null);
  useEffect(() => startEmbedHeight(app.current!, map.current!), []);
  return (
    <div className="app is-embed" ref={app}>
      <EmbedBar />
      <div className="notices">
        <DataNotice />
      </div>
      <main className="map-pane" ref={map} aria-busy={status === 'loading'}>
        <MapView />
      </main>
      <Suspense
        fallback={
          <section className="timeline" aria-label={t('app.timeline')}>
            <p className="hint">{t('app.loadingTimeline')}</p>
          </section>
        }
      >
        <TimelineView />
      </Suspense>
    </div>
  );
}
