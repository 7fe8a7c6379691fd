// "Download image": the view as a published graphic. The map pane (with its legend, opened for the picture)
// and the timeline are rasterised as laid out, then drawn with the words around them on one canvas at twice
// the page's pixel density, and saved as a PNG.
import type { I18n } from '../i18n/translate.ts';
import { useAtlasStore } from '../state/store.ts';
import { currentUrl } from '../state/urlSync.ts';
import { drawFigure } from './drawFigure.ts';
import { figureText } from './figureText.ts';
import { rasterise } from './rasterise.ts';

export const PICTURE_SCALE = 2;

/** Controls, tabs and toggles are for using the view, not for reading a picture of it. */
const LEFT_OUT = ['.leaflet-control-container', '.view-tabs', '.legend-toggle', '.timeline-tools', '.period-form'];
const keep = (node: Element) => !LEFT_OUT.some((selector) => node.matches(selector));

/** Opens a closed legend for as long as `work` runs: the picture always carries the key to its symbols. The
 * legend's React state is untouched; its DOM is put back as it was. */
async function withLegendOpen<T>(work: () => Promise<T>): Promise<T> {
  const legend = document.querySelector<HTMLElement>('.map-legend');
  const body = legend?.querySelector<HTMLElement>('.legend-body');
  if (!legend || !body || !body.hidden) return work();
  legend.classList.add('is-open');
  body.hidden = false;
  try {
    return await work();
  } finally {
    body.hidden = true;
    legend.classList.remove('is-open');
  }
}

function fileName(): string {
  return `backchannel-atlas-${new Date().toISOString().slice(0, 10)}.png`;
}

export async function makePicture(i18n: I18n): Promise<HTMLCanvasElement> {
  const mapPane = document.querySelector<HTMLElement>('.map-pane');
  const timeline = document.querySelector<HTMLElement>('section.timeline');
  if (!mapPane || !timeline) throw new Error('the map or the timeline is not on the page');
  const root = getComputedStyle(document.documentElement);
  const colour = (name: string) => root.getPropertyValue(name).trim();
  const background = colour('--panel') || '#fff';
  const state = useAtlasStore.getState();
  const source = state.dataset.origin === 'file' ? state.dataset.sourceLabel : currentUrl();
  // The online layer is on when its tiles are on the map (the offline basemap draws no tiles).
  const online = document.querySelector('.leaflet-tile-pane img.leaflet-tile') !== null;
  const options = { scale: PICTURE_SCALE, background, keep };
  const images = await withLegendOpen(() => Promise.all([rasterise(mapPane, options), rasterise(timeline, options)]));
  return drawFigure(figureText(i18n, state, source, online), images, {
    width: document.documentElement.clientWidth,
    scale: PICTURE_SCALE,
    font: root.fontFamily,
    background,
    text: colour('--ink') || '#000',
    muted: colour('--muted') || '#555',
    warning: colour('--focus') || '#c00',
  });
}

export async function downloadImage(i18n: I18n): Promise<void> {
  const canvas = await makePicture(i18n);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName();
  link.click();
  // The download has its own copy once started; a minute is ample for the browser to take it from the object URL.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
