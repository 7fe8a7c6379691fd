// The one place that knows the DOM rasteriser (modern-screenshot). It is fetched the first time a picture is
// made, so the first view never pays for it. Leaflet's own image plugins cannot draw our HTML markers; a
// DOM rasteriser draws what the browser laid out: the offline basemap canvas, the markers, the timeline.

export interface RasteriseOptions {
  /** Device pixels per CSS pixel in the result. */
  scale: number;
  /** Behind transparent parts (the page's own background). */
  background: string;
  /** False leaves a node (and what it holds) out of the picture: controls, buttons. */
  keep: (node: Element) => boolean;
}

// Copying every computed property of every node took 40 s for the timeline's 2,400 nodes on a busy 2-core
// machine; these, the ones our styles and the libraries' set, took 8 s and draw the same picture.
const STYLE_PROPERTIES = [
  ...['display', 'position', 'top', 'right', 'bottom', 'left', 'inset', 'z-index', 'box-sizing'],
  ...['width', 'height', 'min-width', 'min-height', 'max-width', 'max-height'],
  ...['margin', 'padding', 'border', 'border-radius'].flatMap(sides),
  ...['color', 'background-color', 'background-image', 'background-size', 'background-position'],
  ...['background-repeat', 'background-clip', 'opacity', 'visibility', 'overflow', 'overflow-x', 'overflow-y'],
  ...['transform', 'transform-origin', 'translate', 'scale', 'rotate', 'clip-path', 'filter', 'box-shadow'],
  ...['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-align'],
  ...['text-decoration-line', 'text-decoration-style', 'text-overflow', 'text-shadow', 'white-space'],
  ...['word-break', 'overflow-wrap', 'vertical-align', 'direction', 'unicode-bidi', 'text-transform'],
  ...['flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'align-self'],
  ...['justify-content', 'row-gap', 'column-gap', 'grid-template-columns', 'grid-template-rows', 'grid-area'],
  ...['list-style-type', 'outline-style', 'outline-width', 'outline-color', 'paint-order'],
  ...['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap'],
];

function sides(prop: string): string[] {
  if (prop === 'border-radius')
    return ['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((c) => `border-${c}-radius`);
  const edges = ['top', 'right', 'bottom', 'left'];
  if (prop === 'border') return edges.flatMap((e) => ['width', 'style', 'color'].map((p) => `border-${e}-${p}`));
  return edges.map((e) => `${prop}-${e}`);
}

export async function rasterise(element: HTMLElement, options: RasteriseOptions): Promise<HTMLCanvasElement> {
  const { domToCanvas } = await import('modern-screenshot');
  return domToCanvas(element, {
    scale: options.scale,
    backgroundColor: options.background,
    filter: (node) => !(node instanceof Element) || options.keep(node),
    // Our fonts are the system's: nothing to fetch and embed.
    font: false,
    includeStyleProperties: STYLE_PROPERTIES,
    // Tiles that fail (offline) would otherwise leave the whole picture waiting.
    timeout: 15_000,
  });
}
