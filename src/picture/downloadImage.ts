// "Download image": the view as a published graphic. The map pane, its legend (opened in full) and the
// timeline are rasterised as laid out, then drawn with the words around them on one canvas at twice
// the page's pixel density, and saved as a PNG.
import type { I18n } from '../i18n/translate.ts';
import { useAtlasStore } from '../state/store.ts';
import { currentUrl } from '../state/urlSync.ts';
import { drawFigure } from './drawFigure.ts';
import { figureText } from './figureText.ts';
import { rasterise } from './rasterise.ts';

export const PICTURE_SCALE = 2;

/** Controls, tabs and toggles are for using the view, not for reading a picture of it. */
const CONTROLS = ['.leaflet-control-container', '.view-tabs', '.legend-toggle', '.timeline-tools', '.period-form'];
const keepOf = (leftOut: string[]) => (node: Element) => !leftOut.some((selector) => node.matches(selector));
// The legend is drawn beside or below the map in the picture, in full, never over it.
const keepInMap = keepOf([...CONTROLS, '.map-legend']);
const keep = keepOf(CONTROLS);

/** The legend open and in full (on screen it may be closed, or scroll inside a short map) for as long as
 * `work` runs. Its React state is untouched; its DOM and classes are put back as they were. The map pane
 * clips it meanwhile, so the page does not jump while the picture is made. */
async function withLegendInFull<T>(work: (legend: HTMLElement | null) => Promise<T>): Promise<T> {
  const legend = document.querySelector<HTMLElement>('.map-legend');
  const body = legend?.querySelector<HTMLElement>('.legend-body');
  if (!legend || !body) return work(null);
  const wasHidden = body.hidden;
  body.hidden = false;
  legend.classList.add('is-open', 'is-pictured');
  legend.parentElement?.classList.add('is-picturing');
  try {
    return await work(legend);
  } finally {
    legend.parentElement?.classList.remove('is-picturing');
    legend.classList.remove('is-pictured');
    if (wasHidden) {
      body.hidden = true;
      legend.classList.remove('is-open');
    }
  }
}

/** How much of the timeline's picture holds something, in CSS pixels: its kept parts down to the last track's
 * row. The timeline fills the page's height; the picture needs only its rows, not the room under them. */
function timelineContentHeight(timeline: HTMLElement): number | undefined {
  const labels = timeline.querySelectorAll('.tl-rowlabel:not([hidden])');
  const last = labels[labels.length - 1];
  const kept = [...timeline.children].filter((child) => keep(child));
  if (!last || kept.length === 0) return undefined;
  const top = Math.min(...kept.map((child) => child.getBoundingClientRect().top));
  const border = parseFloat(getComputedStyle(timeline).borderTopWidth) || 0;
  // A few pixels under the last row, so its bottom line is in the picture.
  return Math.ceil(last.getBoundingClientRect().bottom - top + border + 4);
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
  const [map, legend, timelinePicture] = await withLegendInFull((legend) =>
    Promise.all([
      rasterise(mapPane, { ...options, keep: keepInMap }),
      legend && rasterise(legend, options),
      rasterise(timeline, options),
    ]),
  );
  const images = {
    map: { canvas: map },
    legend: legend ? { canvas: legend } : undefined,
    timeline: { canvas: timelinePicture, height: timelineContentHeight(timeline) },
  };
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
