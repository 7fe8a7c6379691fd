import { lazy, Suspense } from 'react';
import MapView from '../map/MapView.tsx';
import TrackFilter from '../panels/TrackFilter.tsx';
import DetailsPanel from '../panels/DetailsPanel.tsx';
import DataProblems from '../panels/DataProblems.tsx';
import { useAtlasStore } from '../state/store.ts';
import { selectStatus } from '../state/selectors.ts';

// The timeline library is the largest dependency; it loads in parallel with the data instead of
// delaying the first paint of the map and panels.
const TimelineView = lazy(() => import('../timeline/TimelineView.tsx'));

export default function App() {
  const status = useAtlasStore(selectStatus);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Backchannel Atlas</h1>
        <p className="tagline">Talks about the war in Ukraine: official, semi-official and unofficial</p>
        <TrackFilter />
      </header>
      <DataProblems />
      <main className="app-main" aria-busy={status === 'loading'}>
        <div className="map-pane"><MapView /></div>
        <DetailsPanel />
      </main>
      <Suspense fallback={<section className="timeline" aria-label="Timeline"><p className="hint">Loading timeline…</p></section>}>
        <TimelineView />
      </Suspense>
    </div>
  );
}
