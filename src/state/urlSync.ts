// Keeps the address bar in step with the store. The store stays the source of truth: the URL is written
// after the view has been still for a moment (never per drag frame), as a new history entry for each
// settled change, so Back and Forward step through what the user did. Back/Forward hand the address to
// applyHistoryView. The link the app opened with is read once, in main.tsx, and travels with the load.
import { applyHistoryView } from './linkActions.ts';
import { useAtlasStore, type AtlasState } from './store.ts';
import { dataParam, decodeView, encodeView } from './urlState.ts';

const SETTLE_MS = 450;

const urlSlice = (s: AtlasState) =>
  [
    s.window,
    s.tracks,
    s.query,
    s.parties,
    s.partyMode,
    s.people,
    s.kinds,
    s.confidences,
    s.secrecy,
    s.selection,
    s.mapView,
    s.mainView,
    s.disclosures,
    s.about,
    s.embed,
    s.network,
    s.dataset.index,
    s.locale,
    s.story,
  ] as const;

export function startUrlSync(): () => void {
  const dataset = dataParam(window.location.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWrite = true;
  let replaceUntil = 0;

  // While a write waits, <html data-url-write="pending"> says so: end-to-end tests wait for it to go
  // before they read the address.
  const marker = document.documentElement.dataset;
  const write = () => {
    timer = undefined;
    delete marker.urlWrite;
    const state = useAtlasStore.getState();
    // A file opened from the user's computer cannot travel in a link; leave the address as it was.
    if (state.dataset.status !== 'ready' || state.dataset.origin === 'file') return;
    const search = `?${encodeView(state, dataset)}`;
    // Landed where the address already says (a full link, a reload): the next change is a step of its own.
    if (search === window.location.search) {
      firstWrite = false;
      return;
    }
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // The first write records where we landed; writes right after Back/Forward or during playback only
    // restate the current entry.
    if (firstWrite || Date.now() < replaceUntil || state.playback.playing) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    firstWrite = false;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
    marker.urlWrite = 'pending';
  };

  const unsubscribe = useAtlasStore.subscribe(urlSlice, schedule, {
    equalityFn: (a, b) => a.every((v, i) => v === b[i]),
  });

  const onPopState = () => {
    replaceUntil = Date.now() + SETTLE_MS * 3;
    applyHistoryView(decodeView(window.location.search));
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    clearTimeout(timer);
    delete marker.urlWrite;
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** The link to what is on screen now, without waiting for the address bar to settle ("Copy link"). */
export function currentUrl(): string {
  const state = useAtlasStore.getState();
  return `${window.location.origin}${window.location.pathname}?${encodeView(state, dataParam(window.location.search))}`;
}
