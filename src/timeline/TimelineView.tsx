import { useEffect, useRef, useState } from 'react';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { selectContact, setHover, toggleDisclosures } from '../state/actions.ts';
import { dragWindow, panWindow, setTimeWindow, showAllDates, showPeriod, zoomWindow } from '../state/windowActions.ts';
import PlaybackControls from './PlaybackControls.tsx';
import PeriodForm from './PeriodForm.tsx';
import DensityStrip from './DensityStrip.tsx';
import PlaybackCaption from './PlaybackCaption.tsx';
import type { ContactIndex } from '../data/contactIndex.ts';
import { createTimeline, type AxisBox, type TimelineHandlers, type TimelineLanguage } from './timelineAdapter.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { english, loadedI18n } from '../i18n/catalogs.ts';
import type { Locale } from '../state/store.ts';
import { TRACKS, type Contact } from '../data/schema.ts';
import type { I18n } from '../i18n/translate.ts';
import { selectMask, selectStoryContacts, selectView } from '../state/selectors.ts';
import {
  itemsStillServe,
  MAX_SINGLE_ITEMS,
  parseItemId,
  toTimelineItems,
  wantLabels,
  type Highlights,
  type ItemsResult,
  type ItemWords,
} from './timelineItems.ts';

function contactsAt(index: ContactIndex, places: number[]): Set<number> {
  const out = new Set<number>();
  if (!places.length) return out;
  index.contactPlaces.forEach((ps, i) => {
    if (ps.some((p) => places.includes(p))) out.add(i);
  });
  return out;
}

function highlightsOf(state: AtlasState): Highlights {
  const index = state.dataset.index!;
  const sel = state.selection;
  const hover = state.hover;
  return {
    selected: new Set(sel?.type === 'contact' ? [sel.contact] : []),
    related: sel?.type === 'place' ? contactsAt(index, [sel.place]) : new Set(),
    story: new Set(selectStoryContacts(state)),
    hovered:
      hover?.type === 'place'
        ? contactsAt(index, [hover.place])
        : new Set(hover?.type === 'contact' ? [hover.contact] : []),
  };
}

function timelineLanguage(locale: Locale): TimelineLanguage {
  const { t } = loadedI18n(locale) ?? english;
  const track = (k: (typeof TRACKS)[number]) => ({ label: t(`track.${k}`), description: t(`track.${k}.description`) });
  return { locale, tracks: { '1': track('1'), '1.5': track('1.5'), '2': track('2') } };
}

const itemWordsCache = new Map<I18n, ItemWords>();

/** The items' labels and tooltips in the language (English until its messages are loaded). */
function itemWords(locale: Locale): ItemWords {
  const i18n = loadedI18n(locale) ?? english;
  let words = itemWordsCache.get(i18n);
  if (!words) {
    const { t } = i18n;
    const date = (c: Contact) => i18n.dateSpan(c.start, c.end, t('date.approx'));
    words = {
      contact: (c) =>
        t('timeline.item.label', {
          title: c.title,
          date: date(c),
          track: t(`track.${c.track}`),
          disputed: c.confidence === 'disputed' ? 'yes' : 'no',
          secret: c.disclosed ? 'yes' : 'no',
          disclosed: c.disclosed ? i18n.partialDate(c.disclosed) : '',
        }),
      disclosure: (c, lag) => ({
        text: t('timeline.disclosure.text', { lag: i18n.lag(lag) }),
        label: t('timeline.disclosure.label', {
          title: c.title,
          date: i18n.partialDate(c.disclosed!),
          lag: i18n.lag(lag),
        }),
      }),
      bucket: (count, track, unit) => t('timeline.bucket.label', { count, track: t(`track.${track}`), unit }),
    };
    itemWordsCache.set(i18n, words);
  }
  return words;
}

interface ViewHandlers {
  /** Where the time axis sits, for the density strip. */
  axisBox(box: AxisBox): void;
}

/** Creates the timeline and keeps it in step with the store: items, visible tracks, selection and (when
 * changed elsewhere) the window. Returns the cleanup. */
function connect(container: HTMLElement, handlers: Omit<TimelineHandlers, 'overflow'> & ViewHandlers) {
  let frame = 0;
  // Read once and on resize: reading clientWidth during a drag would force a layout on every frame.
  let width = container.clientWidth;
  let height = container.clientHeight;
  // Labels stack items into rows; once that many contacts in view made the rows taller than the timeline
  // (tracks out of view), labels wait until fewer are in view. A new size tries again.
  let overflowAt = Infinity;
  const resize = new ResizeObserver(() => {
    width = container.clientWidth;
    if (container.clientHeight !== height) overflowAt = Infinity;
    height = container.clientHeight;
    schedule();
  });
  resize.observe(container);
  const visibleCount = (state: AtlasState) => selectView(state)?.visible.length ?? 0;
  // During a drag the items keep their labels or their absence: switching restacks every item, so the
  // choice is made again on release.
  let moving = () => false;
  const labelsFor = (state: AtlasState) =>
    moving() ? shown.labels : wantLabels(visibleCount(state), width) && visibleCount(state) < overflowAt;
  const first = useAtlasStore.getState();
  let shown: ItemsResult = toTimelineItems(
    first.dataset.index!,
    first.window!,
    first.tracks,
    highlightsOf(first),
    labelsFor(first),
    selectMask(first),
    MAX_SINGLE_ITEMS,
    first.disclosures,
    itemWords(first.locale),
  );
  const adapter = createTimeline(
    container,
    first.window!,
    shown.labels,
    shown.items,
    {
      ...handlers,
      rangeChanged(win) {
        handlers.rangeChanged(win);
        if (!itemsStillServe(shown, win, labelsFor(useAtlasStore.getState()))) schedule();
      },
      overflow() {
        overflowAt = Math.min(overflowAt, visibleCount(useAtlasStore.getState()));
        schedule();
      },
    },
    timelineLanguage(first.locale),
  );
  moving = adapter.isMoving;

  const refreshItems = () => {
    frame = 0;
    const state = useAtlasStore.getState();
    const { index } = state.dataset;
    if (!index || !state.window) return;
    shown = toTimelineItems(
      index,
      state.window,
      state.tracks,
      highlightsOf(state),
      labelsFor(state),
      selectMask(state),
      MAX_SINGLE_ITEMS,
      state.disclosures,
      itemWords(state.locale),
    );
    adapter.setStacking(shown.labels);
    adapter.setItems(shown.items);
    adapter.setTrackVisibility(state.tracks);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(refreshItems);
  };

  // While playback runs the window ends at the playhead: nothing from after it is on the map.
  const showPlayhead = () => {
    const { playback, window: win } = useAtlasStore.getState();
    adapter.setCursor(playback.playing && win ? win.end : null);
  };
  const unsubscribers = [
    adapter.observeAxis(handlers.axisBox),
    useAtlasStore.subscribe(
      (s) => s.locale,
      (locale) => {
        adapter.setLanguage(timelineLanguage(locale));
        schedule();
      },
    ),
    useAtlasStore.subscribe((s) => s.playback.playing, showPlayhead),
    useAtlasStore.subscribe(
      (s) =>
        [
          s.dataset.index,
          s.tracks,
          s.selection,
          s.hover,
          selectMask(s),
          s.disclosures,
          selectStoryContacts(s),
        ] as const,
      schedule,
      { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
    ),
    useAtlasStore.subscribe(
      (s) => s.window,
      (win) => {
        if (!win) return;
        adapter.setWindow(win);
        showPlayhead();
        if (!itemsStillServe(shown, win, labelsFor(useAtlasStore.getState()))) schedule();
      },
    ),
  ];
  refreshItems();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    unsubscribers.forEach((u) => u());
    adapter.destroy();
  };
}

function activateItem(id: string) {
  const parsed = parseItemId(id);
  if (!parsed) return;
  if ('contact' in parsed) selectContact(parsed.contact, true);
  else setTimeWindow(parsed.bucket);
}

function hoverItem(id: string | null) {
  const parsed = id === null ? null : parseItemId(id);
  setHover(parsed && 'contact' in parsed ? { type: 'contact', contact: parsed.contact } : null);
}

export default function TimelineView() {
  const container = useRef<HTMLDivElement>(null);
  const hasData = useAtlasStore((s) => s.dataset.index !== null && s.window !== null);
  const disclosures = useAtlasStore((s) => s.disclosures);
  const { t } = useI18n();
  // Where the timeline's time axis sits, so the density strip draws at its scale.
  const [axis, setAxis] = useState<AxisBox | null>(null);

  useEffect(
    function attachTimeline() {
      const el = container.current;
      if (!el || !hasData) return;
      // The adapter reports a drag at most once per frame, so each report goes straight to the store.
      const disconnect = connect(el, {
        rangeChange: dragWindow,
        rangeChanged: setTimeWindow,
        activate: activateItem,
        hover: hoverItem,
        axisClick: showPeriod,
        axisBox: setAxis,
        // Tests and the screenshot scripts wait for this: the timeline is drawn at the wanted window.
        ready: () => (document.documentElement.dataset.timeline = 'ready'),
      });
      return function detachTimeline() {
        disconnect();
        delete document.documentElement.dataset.timeline;
      };
    },
    [hasData],
  );

  return (
    <section className="timeline" aria-label={t('app.timeline')}>
      <div className="timeline-tools" role="toolbar" aria-label={t('timeline.controls')}>
        <PlaybackControls />
        <button type="button" onClick={() => panWindow(-0.25)} aria-label={t('timeline.earlier')}>
          ‹
        </button>
        <button type="button" onClick={() => panWindow(0.25)} aria-label={t('timeline.later')}>
          ›
        </button>
        <button type="button" onClick={() => zoomWindow(0.5)} aria-label={t('timeline.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomWindow(2)} aria-label={t('timeline.zoomOut')}>
          −
        </button>
        <button type="button" onClick={showAllDates} aria-label={t('timeline.allDates.label')}>
          {t('timeline.allDates')}
        </button>
        <button
          type="button"
          className="disclosure-toggle"
          aria-pressed={disclosures}
          onClick={toggleDisclosures}
          title={t('timeline.disclosures.title')}
        >
          {t('timeline.disclosures')}
        </button>
      </div>
      <PeriodForm />
      <DensityStrip axis={axis} />
      <div className="timeline-stage">
        <div className="timeline-canvas" ref={container} />
        <PlaybackCaption />
      </div>
    </section>
  );
}
