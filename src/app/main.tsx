// First: it starts the fetches before the rest of the app's code runs.
import { source } from './earlyFetches.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';
import { applyLinkFilters } from '../state/linkActions.ts';
import { loadFromUrl } from '../state/loading.ts';
import { decodeView } from '../state/urlState.ts';
import { startUrlSync } from '../state/urlSync.ts';
import { startPlayback } from '../state/playback.ts';
import { startLocale } from '../i18n/startLocale.ts';
import { openLinkedStory } from '../state/storyActions.ts';
import { afterFirstView } from './afterFirstView.ts';
import { prefetchShapes } from '../map/basemapFiles.ts';
import './styles.css';
import './print.css';

// The link's filters show at once; its window, selection and map view need its dataset and come with it.
const linkedView = decodeView(window.location.search);
applyLinkFilters(linkedView, source.refused);
startUrlSync();
startPlayback();
void loadFromUrl(source.url, source.label, { linkedView, provenance: source.provenance, builtIn: source.builtIn });
// A story's link (story=…&step=…) fetches the stories in parallel with the data and opens the step.
if (linkedView.story) void openLinkedStory(linkedView, linkedView.story);
// Start fetching the timeline chunk now rather than after the first render.
void import('../timeline/TimelineView.tsx');
// Offline use and updates, built site only: a chunk of its own, started once the first view is shown, so
// that neither it nor the offline copy it downloads (the app, the record, the basemap) competes with it.
if (import.meta.env.PROD) afterFirstView(() => void import('./serviceWorker.ts').then((sw) => sw.startServiceWorker()));
// The detailed country shapes (the offline copy holds them anyway), so that a print of a region, which
// cannot wait for a fetch, draws them.
afterFirstView(() => prefetchShapes('fine'));

// A link or a saved choice in Ukrainian or Russian fetches that language's messages (a small chunk, in
// parallel with the data) before the first render, so English never flashes up first.
void startLocale(window.location.search).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
