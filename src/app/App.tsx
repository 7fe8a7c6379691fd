import { lazy, Suspense } from 'react';
import MapView from '../map/MapView.tsx';
import TrackFilter from '../panels/TrackFilter.tsx';
import DetailsPanel from '../panels/DetailsPanel.tsx';
import DataProblems from '../panels/DataProblems.tsx';
import DataNotice from '../panels/DataNotice.tsx';
import LinkNotes from '../panels/LinkNotes.tsx';
import LoadStatus from '../panels/LoadStatus.tsx';
import SearchBox from '../panels/SearchBox.tsx';
import Facets from '../panels/Facets.tsx';
import CopyLink from '../panels/CopyLink.tsx';
import DownloadImage from '../panels/DownloadImage.tsx';
import OpenData from '../panels/OpenData.tsx';
import ViewTabs from '../panels/ViewTabs.tsx';
import MapLegend from '../panels/MapLegend.tsx';
import OffMapList from '../panels/OffMapList.tsx';
import AboutButton from '../panels/AboutButton.tsx';
import UpdateBanner from './UpdateBanner.tsx';
import EmbedLayout from './EmbedLayout.tsx';
import EmbedButton from '../panels/EmbedButton.tsx';
import LanguageSwitch from '../panels/LanguageSwitch.tsx';
import StoriesButton from '../panels/StoriesButton.tsx';
import StoryStepper from '../panels/StoryStepper.tsx';
import PrintSheet from '../panels/PrintSheet.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { useAtlasStore } from '../state/store.ts';
import { selectStatus } from '../state/selectors.ts';

// The timeline library is the largest dependency; it loads in parallel with the data instead of
// delaying the first paint of the map and panels. The list view is only needed when asked for.
const TimelineView = lazy(() => import('../timeline/TimelineView.tsx'));
const ListView = lazy(() => import('../panels/ListView.tsx'));
const AboutPage = lazy(() => import('../panels/AboutPage.tsx'));
// The network view brings the layout library (d3-force) with it: only when opened.
const NetworkView = lazy(() => import('../network/NetworkView.tsx'));

export default function App() {
  const status = useAtlasStore(selectStatus);
  const mainView = useAtlasStore((s) => s.mainView);
  const about = useAtlasStore((s) => s.about);
  const embed = useAtlasStore((s) => s.embed);
  const { t } = useI18n();
  if (embed) return <EmbedLayout />;
  return (
    <div className="app">
      <header className="app-header">
        <h1>Backchannel Atlas</h1>
        <SearchBox />
        <TrackFilter />
        <div className="header-actions">
          <StoriesButton />
          <AboutButton />
          <CopyLink />
          <EmbedButton />
          <DownloadImage />
          <OpenData />
          <LanguageSwitch />
        </div>
      </header>
      <PrintSheet />
      <div className="filters-bar">
        <Facets />
      </div>
      <div className="notices">
        <DataNotice />
        <LoadStatus />
        <LinkNotes />
      </div>
      <DataProblems />
      <main className="app-main" aria-busy={status === 'loading'}>
        <div className="map-pane">
          <ViewTabs />
          <MapView />
          {mainView === 'map' && <MapLegend />}
          {mainView === 'map' && <OffMapList />}
          {mainView === 'list' && (
            <Suspense fallback={<p className="hint list-view">{t('app.loadingList')}</p>}>
              <ListView />
            </Suspense>
          )}
          {mainView === 'network' && (
            <Suspense fallback={<p className="hint network-view">{t('app.loadingNetwork')}</p>}>
              <NetworkView />
            </Suspense>
          )}
        </div>
        <StoryStepper />
        <DetailsPanel />
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
      {about && (
        <Suspense fallback={null}>
          <AboutPage />
        </Suspense>
      )}
      <UpdateBanner />
    </div>
  );
}
