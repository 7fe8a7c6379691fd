// Keeps the address bar and the store in step. The store stays the source of truth: the URL is written
// after the view has been still for a moment (never per drag frame), as a new history entry for each
// settled change, so Back and Forward step through what the user did. Back/Forward apply the URL again.
import { useAtlasStore, type AtlasState, type MapView } from './store.ts';
import { dataParam, decodeView, encodeView, viewToState, type UrlView } from './urlState.ts';

const SETTLE_MS = 450;
let initialMapView: MapView | null = null;

/** The map view a permalink asked for, handed out once so the map starts there instead of fitting the data. */
export function takeInitialMapView(): MapView | null {
  const v = initialMapView;
  initialMapView = null;
  return v;
}

const urlSlice = (s: AtlasState) =>
  [s.window, s.tracks, s.query, s.parties, s.kinds, s.selection, s.mapView, s.mainView, s.dataset.index] as const;

export function startUrlSync(): () => void {
  const { setState, getState, subscribe } = useAtlasStore;
  const dataset = dataParam(window.location.search);
  let pending: UrlView | null = decodeView(window.location.search);
  initialMapView = pending.mapView ?? null;
  // Filters apply at once; the window and selection need the dataset.
  setState(viewToState({ ...pending, window: undefined, selection: undefined }, null));

  let timer = 0;
  let firstWrite = true;
  let replaceUntil = 0;

  const write = () => {
    timer = 0;
    const state = getState();
    // A file opened from the user's computer cannot travel in a link; leave the address as it was.
    if (state.dataset.status !== 'ready' || state.dataset.origin === 'file') return;
    const search = `?${encodeView(state, dataset)}`;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // The first write records where we landed; writes right after Back/Forward or during playback only
    // restate the current entry.
    if (firstWrite || Date.now() < replaceUntil || state.playback.playing) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    firstWrite = false;
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, SETTLE_MS);
  };

  const unsubscribe = subscribe(
    urlSlice,
    () => {
      const state = getState();
      if (pending && state.dataset.status === 'failed') pending = null;
      if (pending && state.dataset.index) {
        // The linked dataset has just arrived: now the window and the selection from the link can apply.
        // (If the user opened a file of their own first, the link's view is not theirs to apply.)
        const view = pending;
        pending = null;
        if (state.dataset.origin === 'link') {
          const apply = viewToState(view, state.dataset.index);
          setState({ ...apply, window: apply.window ?? state.window });
        }
      }
      schedule();
    },
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );

  const onPopState = () => {
    const view = decodeView(window.location.search);
    const state = getState();
    replaceUntil = Date.now() + SETTLE_MS * 3;
    setState({
      ...viewToState(view, state.dataset.index),
      window: view.window ?? state.window,
      mapView: view.mapView ?? state.mapView,
    });
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    window.clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Writes any pending change now, so "Copy link" copies what is on screen. */
export function currentUrl(): string {
  const state = useAtlasStore.getState();
  return `${window.location.origin}${window.location.pathname}?${encodeView(state, dataParam(window.location.search))}`;
}
