import { useEffect, useId, useRef } from 'react';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { showPeriod } from '../state/windowActions.ts';
import { selectTrackTimes } from '../state/densitySelectors.ts';
import { brushWindow, busiestBar, chooseUnit, computeDensity, type Density } from '../data/density.ts';
import { TRACKS } from '../data/schema.ts';
import { english, loadedI18n } from '../i18n/catalogs.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { I18n } from '../i18n/translate.ts';
import { createDensityStrip } from './densityStrip.ts';
import type { AxisBox } from './timelineAdapter.ts';
import './density.css';

/** The text version waits for the window to rest: rewriting it on every frame of a drag helps nobody. */
const SUMMARY_DELAY_MS = 300;

function barName(i18n: I18n, density: Density, bar: number): string {
  const start = density.edges[bar]!;
  const d = new Date(start);
  if (density.unit === 'week') return i18n.t('density.bar.week', { day: i18n.utcDay(start) });
  if (density.unit === 'quarter')
    return i18n.t('density.bar.quarter', { quarter: Math.floor(d.getUTCMonth() / 3) + 1, year: d.getUTCFullYear() });
  return i18n.partialDate(d.toISOString().slice(0, 7));
}

/** The strip in words: its unit and span, then each track's total and busiest bar. */
function describeDensity(i18n: I18n, density: Density, tracks: AtlasState['tracks']): string {
  const { t } = i18n;
  const edges = density.edges;
  const head = t('density.summary', {
    unit: t(`density.unit.${density.unit}`),
    from: i18n.utcDay(edges[0]!),
    to: i18n.utcDay(edges[edges.length - 1]! - 1),
  });
  const rows = TRACKS.map((k, r) => {
    const track = t(`track.${k}`);
    if (!tracks[k]) return t('density.track.off', { track });
    const { bar, count, total } = busiestBar(density.counts[r]!);
    if (bar < 0) return t('density.track.none', { track });
    return t('density.track', { track, total, count, bar: barName(i18n, density, bar) });
  });
  return [head, ...rows].join(' ');
}

function densityOf(state: AtlasState, width: number): Density | null {
  const times = selectTrackTimes(state);
  if (!times || !state.window || width <= 0) return null;
  return computeDensity(times, state.window, width);
}

/** Draws the strip on every change of filters, tracks or window (once per frame), and keeps its text
 * version in step once the window rests. Returns the cleanup. */
function connect(canvas: HTMLCanvasElement, summary: HTMLElement, width: () => number) {
  const strip = createDensityStrip(canvas, { brush: (win) => showPeriod(brushWindow(win)) });
  let frame = 0;
  let timer = 0;
  const describe = () => {
    timer = 0;
    const state = useAtlasStore.getState();
    const density = densityOf(state, width());
    summary.textContent = density ? describeDensity(loadedI18n(state.locale) ?? english, density, state.tracks) : '';
  };
  const render = () => {
    frame = 0;
    const state = useAtlasStore.getState();
    const density = densityOf(state, width());
    if (!density || !state.window) return;
    strip.show({ density, window: state.window, tracksOn: TRACKS.map((k) => state.tracks[k]) });
    clearTimeout(timer);
    timer = window.setTimeout(describe, SUMMARY_DELAY_MS);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [selectTrackTimes(s), s.window, s.tracks, s.locale] as const,
    schedule,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  render();
  return {
    schedule,
    disconnect() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      unsubscribe();
      strip.destroy();
    },
  };
}

/** Bars of contacts per week, month or quarter for each track, under the timeline's axis and at its
 * scale; dragging across them sets the window. `axis` is where the timeline's time axis sits. */
export default function DensityStrip({ axis }: { axis: AxisBox | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const width = useRef(0);
  const redraw = useRef<() => void>(() => {});
  const id = useId();
  const { t } = useI18n();
  const axisWidth = axis?.width ?? 0;
  const unit = useAtlasStore((s) =>
    s.window && axisWidth ? chooseUnit(s.window.end - s.window.start, axisWidth) : null,
  );

  useEffect(function attachStrip() {
    const connection = connect(canvas.current!, summary.current!, () => width.current);
    redraw.current = connection.schedule;
    return function detachStrip() {
      redraw.current = () => {};
      connection.disconnect();
    };
  }, []);

  useEffect(() => {
    width.current = axisWidth;
    redraw.current();
  }, [axisWidth]);

  return (
    <div className="density" hidden={!axis}>
      <span className="density-unit" style={{ width: axis?.left ?? 0 }}>
        {unit ? t(`density.unit.${unit}`) : ''}
      </span>
      <canvas
        ref={canvas}
        className="density-canvas"
        role="img"
        aria-label={t('density.label')}
        aria-describedby={`${id}-text`}
        title={t('density.hint')}
        style={{ left: axis?.left ?? 0, width: axisWidth }}
      />
      <p className="visually-hidden" id={`${id}-text`} ref={summary} />
    </div>
  );
}
