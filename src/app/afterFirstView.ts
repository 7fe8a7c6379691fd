// Work that must never compete with the first view: it waits until the first dataset is shown (or has
// failed), its timeline drawn, and the browser has a quiet moment.
import { datasetSettled } from '../state/datasetSettled.ts';

const IDLE_AT_LATEST_MS = 5000;
/** A failed load draws no timeline: the work goes ahead after this long all the same. */
const TIMELINE_AT_LATEST_MS = 10_000;

export function afterFirstView(task: () => void): void {
  void datasetSettled()
    .then(timelineDrawn)
    .then(() => {
      // Safari has no requestIdleCallback: a second's wait stands in for it.
      if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: IDLE_AT_LATEST_MS });
      else setTimeout(task, 1000);
    });
}

/** The timeline says so on <html> (timeline/TimelineView.tsx); it is drawn after the map's markers. */
function timelineDrawn(): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve) => {
    if (root.dataset.timeline === 'ready') return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => root.dataset.timeline === 'ready' && done());
    observer.observe(root, { attributes: true, attributeFilter: ['data-timeline'] });
    const timer = setTimeout(done, TIMELINE_AT_LATEST_MS);
  });
}
