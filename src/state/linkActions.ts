// What a link or a history entry asks for, applied to the store. The window, map view and selection of
// the link the app was opened with wait for its dataset and arrive with it (see loading.ts).
import { useAtlasStore } from './store.ts';
import { viewFilters, viewToState, type UrlView } from './urlState.ts';
import { said } from '../data/said.ts';
import type { LinkNote } from './linkNote.ts';

const { setState, getState } = useAtlasStore;

/** The link's filters show at once, so the search box and toggles are right while the data loads. */
export function applyLinkFilters(view: UrlView, refusedData: LinkNote | null = null): void {
  const notes = [...(refusedData ? [said('note.data.refused', { reason: refusedData })] : []), ...(view.notes ?? [])];
  setState({ ...viewFilters(view), linkNotes: notes });
}

/** The user has read what the link could not have. */
export function dismissLinkNotes(): void {
  setState({ linkNotes: [] });
}

/** Back or Forward: the address is the view to show; a window or map view it leaves out stays as it is. */
export function applyHistoryView(view: UrlView): void {
  const state = getState();
  setState({
    ...viewToState(view, state.dataset.index),
    window: view.window ?? state.window,
    mapView: view.mapView ?? state.mapView,
    // The address names the language unless it is English (see encodeView).
    locale: view.lang ?? 'en',
    story: view.story ?? null,
  });
}
