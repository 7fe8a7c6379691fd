import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';
import { loadDataset } from '../state/actions.ts';
import { datasetSource } from './datasetSource.ts';
import { startUrlSync } from '../state/urlSync.ts';
import { startPlayback } from '../state/playback.ts';
import './styles.css';

const source = datasetSource(window.location.search, window.location.href);
startUrlSync();
startPlayback();
void loadDataset(source.url, source.label);
// Start fetching the timeline chunk now rather than after the first render.
void import('../timeline/TimelineView.tsx');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
