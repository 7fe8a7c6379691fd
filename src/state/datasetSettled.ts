import { useAtlasStore } from './store.ts';

/** Resolves once the dataset being loaded is shown or has failed; at once when none is loading. */
export function datasetSettled(): Promise<void> {
  return new Promise((resolve) => {
    if (useAtlasStore.getState().dataset.status !== 'loading') return resolve();
    const unsubscribe = useAtlasStore.subscribe(
      (s) => s.dataset.status,
      (status) => {
        if (status === 'loading') return;
        unsubscribe();
        resolve();
      },
    );
  });
}
