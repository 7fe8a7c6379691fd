// Whether a new release is waiting, and how to switch to it: what the service worker tells the page.
// A plain external store (read with useSyncExternalStore), apart from the atlas store: it is not view state.

export type ApplyUpdate = () => void;

let offer: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

function changed(next: ApplyUpdate | null): void {
  offer = next;
  for (const listener of listeners) listener();
}

export const offerUpdate = (apply: ApplyUpdate): void => changed(apply);
export const dismissUpdate = (): void => changed(null);
export const currentUpdate = (): ApplyUpdate | null => offer;

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
