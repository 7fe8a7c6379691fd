// Lays out the published figure on one canvas: a header (title, window, filters, notice), the rasterised map
// and timeline, and a footer (credits, release, source link). Text is drawn as text on the canvas, so no
// HTML from data is ever interpreted; long lines wrap, a long URL breaks between characters.
import { layoutFigure, type Rect, type Size } from './figureLayout.ts';
import type { FigureText } from './figureText.ts';

/** A rasterised part of the page; `height` (CSS pixels) keeps only its top, where a part has empty room below. */
export interface Block {
  canvas: HTMLCanvasElement;
  height?: number;
}

export interface FigureImages {
  map: Block;
  legend?: Block;
  timeline: Block;
}

export interface FigureStyle {
  /** The figure's width in CSS pixels (the page's width: the picture is the view as seen). */
  width: number;
  scale: number;
  font: string;
  background: string;
  text: string;
  muted: string;
  warning: string;
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  color: string;
}

/** `text` cut into lines no wider than `max`; a word wider than the line is broken where it must be. */
export function wrapText(measure: (s: string) => number, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= max) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A single word (a URL) too long for a line: as many characters as fit, then the rest.
    let rest = word;
    while (measure(rest) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > max) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

const LINE_HEIGHT = 1.35;

export function drawFigure(text: FigureText, images: FigureImages, style: FigureStyle): HTMLCanvasElement {
  const pad = style.width < 600 ? 12 : 24;
  const inner = style.width - 2 * pad;
  const header: Line[] = [
    { text: text.title, size: style.width < 600 ? 17 : 21, bold: true, color: style.text },
    { text: text.subtitle, size: 14, color: style.text },
    { text: text.filters, size: 13, color: style.muted },
  ];
  if (text.notice) header.push({ text: `⚠ ${text.notice}`, size: 13, bold: true, color: style.warning });
  const footer: Line[] = [{ text: text.credits, size: 11.5, color: style.muted }];
  if (text.version) footer.push({ text: text.version, size: 11.5, color: style.muted });
  footer.push({ text: text.source, size: 11.5, color: style.muted });

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const fontOf = (l: Line) => `${l.bold ? '600 ' : ''}${l.size}px ${style.font}`;
  const wrapped = (lines: Line[]) =>
    lines.flatMap((l) => {
      ctx.font = fontOf(l);
      return wrapText((s) => ctx.measureText(s).width, l.text, inner).map((t) => ({ ...l, text: t }));
    });
  const head = wrapped(header);
  const foot = wrapped(footer);
  const heightOf = (lines: Line[]) => lines.reduce((h, l) => h + l.size * LINE_HEIGHT, 0);
  const sizeOf = (b: Block): Size => ({
    width: b.canvas.width / style.scale,
    height: Math.min(b.height ?? Infinity, b.canvas.height / style.scale),
  });
  const gap = 10;
  const layout = layoutFigure(
    { map: sizeOf(images.map), legend: images.legend && sizeOf(images.legend), timeline: sizeOf(images.timeline) },
    inner,
    gap,
  );
  const height = Math.ceil(pad + heightOf(head) + gap + layout.height + gap + heightOf(foot) + pad);

  canvas.width = Math.round(style.width * style.scale);
  canvas.height = Math.round(height * style.scale);
  ctx.scale(style.scale, style.scale);
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, style.width, height);
  ctx.textBaseline = 'top';
  let y = pad;
  const drawLines = (lines: Line[]) => {
    for (const l of lines) {
      ctx.font = fontOf(l);
      ctx.fillStyle = l.color;
      // Half the leading above the glyphs, half below.
      ctx.fillText(l.text, pad, y + (l.size * (LINE_HEIGHT - 1)) / 2);
      y += l.size * LINE_HEIGHT;
    }
  };
  drawLines(head);
  y += gap;
  const top = y;
  const draw = (b: Block, r: Rect) => {
    const source = sizeOf(b);
    ctx.drawImage(b.canvas, 0, 0, b.canvas.width, source.height * style.scale, pad + r.x, top + r.y, r.width, r.height);
  };
  draw(images.map, layout.map);
  if (images.legend && layout.legend) draw(images.legend, layout.legend);
  draw(images.timeline, layout.timeline);
  y = top + layout.height + gap;
  drawLines(foot);
  return canvas;
}
