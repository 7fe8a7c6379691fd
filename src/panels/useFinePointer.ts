// Whether the main pointer is a mouse or a trackpad, where a keyboard is likely too. On a touch screen the
// story's arrow-key hint means nothing, so it is neither shown nor read out. Follows the media query live:
// a tablet that gains a trackpad, or a window moved to another screen, changes it.
import { useSyncExternalStore } from 'react';

const FINE_POINTER = '(pointer: fine)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(FINE_POINTER);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const isFine = () => window.matchMedia(FINE_POINTER).matches;

export function useFinePointer(): boolean {
  return useSyncExternalStore(subscribe, isFine);
}
