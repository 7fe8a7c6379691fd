// Work that must never compete with the first view: it waits until the first dataset is shown (or has
// failed) and the browser has a quiet moment.
import { useAtlasStore } from '../state/store.ts';

const IDLE_AT_LATEST_MS = 5000;

export function afterFirstView(task: () => void): void {
  const whenIdle = () => {
    // Safari has no requestIdleCallback: a second's wait stands in for it.
    if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: IDLE_AT_LATEST_MS });
    else setTimeout(task, 1000);
  };
  if (useAtlasStore.getState().dataset.status !== 'loading') return whenIdle();
  const unsubscribe = useAtlasStore.subscribe(
    (s) => s.dataset.status,
    (status) => {
      if (status === 'loading') return;
      unsubscribe();
      whenIdle();
    },
  );
}
