// main.tsx imports this first, so it runs before the rest of the app's code is evaluated (about 80 ms of
// a first view on these machines): the dataset and the first view's basemap are asked for at once, and
// arrive while React renders the page around them.
import { datasetSource } from './datasetSource.ts';
import { fetchEarly } from '../state/earlyResponse.ts';
import { basemapShapes, loadBasemapExtras } from '../map/basemapFiles.ts';

export const source = datasetSource(window.location.search, window.location.href);
fetchEarly(source.url);
// Failures are reported by the map that draws them.
basemapShapes('coarse').catch(() => {});
loadBasemapExtras().catch(() => {});
