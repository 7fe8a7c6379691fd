// Where the map, its legend and the timeline go in the published figure. Pure geometry in CSS pixels, so the
// rules can be tested without a browser: the legend sits beside the map where the page leaves room for it
// (desktop: the details panel is not part of the picture), otherwise below it, so it never covers the map.

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

export interface FigureBlocks {
  map: Size;
  legend?: Size;
  timeline: Size;
}

export interface FigureLayout {
  map: Rect;
  legend?: Rect;
  timeline: Rect;
  /** From the top of the first block to the bottom of the last. */
  height: number;
}

/** `size` shrunk (never grown) to fit `max` wide, keeping its proportions. */
function fitWidth(size: Size, max: number): Size {
  const k = Math.min(1, max / size.width);
  return { width: size.width * k, height: size.height * k };
}

export function layoutFigure(blocks: FigureBlocks, inner: number, gap: number): FigureLayout {
  const map = fitWidth(blocks.map, inner);
  let y = 0;
  let legend: Rect | undefined;
  let mapRect: Rect;
  const beside = blocks.legend && map.width + gap + blocks.legend.width <= inner;
  if (blocks.legend && beside) {
    // The pair centred, as the timeline below spans the full width.
    const x = (inner - (map.width + gap + blocks.legend.width)) / 2;
    mapRect = { x, y, ...map };
    legend = { x: x + map.width + gap, y, ...blocks.legend };
    y += Math.max(map.height, blocks.legend.height) + gap;
  } else {
    mapRect = { x: (inner - map.width) / 2, y, ...map };
    y += map.height + gap;
    if (blocks.legend) {
      const size = fitWidth(blocks.legend, inner);
      legend = { x: mapRect.x, y, ...size };
      y += size.height + gap;
    }
  }
  const timeline = fitWidth(blocks.timeline, inner);
  const timelineRect = { x: (inner - timeline.width) / 2, y, ...timeline };
  y += timeline.height;
  return { map: mapRect, legend, timeline: timelineRect, height: y };
}
