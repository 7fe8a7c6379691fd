// Work that must never compete with the first view: it waits until the first dataset is shown (or has
// failed) and the browser has a quiet moment.
import { datasetSettled } from '../state/datasetSettled.ts';

const IDLE_AT_LATEST_MS = 5000;

export function afterFirstView(task: () => void): void {
  void datasetSettled().then(() => {
    // Safari has no requestIdleCallback: a second's wait stands in for it.
    if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: IDLE_AT_LATEST_MS });
    else setTimeout(task, 1000);
  });
}
