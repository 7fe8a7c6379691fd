// Store set-ups for unit tests: a fresh store, or one already showing a dataset, without going through a
// load. Tests then call actions and read the store, as the app does.
import { buildIndex, type ContactIndex } from '../../data/contactIndex.ts';
import { fullWindow } from '../../data/query.ts';
import type { Contact } from '../../data/schema.ts';
import { initialState, useAtlasStore, type AtlasState } from '../store.ts';

export function resetStore(over: Partial<AtlasState> = {}): void {
  useAtlasStore.setState({ ...initialState, ...over }, true);
}

export function showContacts(contacts: Contact[], over: Partial<AtlasState> = {}): ContactIndex {
  const index = buildIndex(contacts);
  resetStore({
    dataset: {
      status: 'ready',
      origin: 'link',
      sourceLabel: 'test data',
      provenance: null,
      index,
      errors: [],
      failure: null,
    },
    window: fullWindow(index),
    ...over,
  });
  return index;
}

export const state = () => useAtlasStore.getState();
