import { beforeEach, describe, expect, it } from 'vitest';
import { contact } from '../data/testing/fixtures.ts';
import { selectTrackTimes } from './densitySelectors.ts';
import { resetStore, showContacts, state } from './testing/store.ts';
import { useAtlasStore } from './store.ts';

beforeEach(() => {
  showContacts([
    contact({ id: 'us-ru', start: '2025-02-18', parties: ['US', 'RU'] }),
    contact({ id: 'us-ua', start: '2025-03-11', parties: ['US', 'UA'] }),
    contact({ id: 'expert', start: '2025-03-20', track: '2', parties: ['US', 'RU'] }),
  ]);
});

describe('selectTrackTimes', () => {
  it('follows the filters and is kept while only the window moves', () => {
    const all = selectTrackTimes(state())!;
    expect(all.map((t) => t.length)).toEqual([2, 0, 1]);
    useAtlasStore.setState({ window: { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) } });
    expect(selectTrackTimes(state())).toBe(all);
    useAtlasStore.setState({ parties: ['UA'] });
    expect(selectTrackTimes(state())!.map((t) => t.length)).toEqual([1, 0, 0]);
  });

  it('is null before a dataset is shown', () => {
    resetStore();
    expect(selectTrackTimes(state())).toBeNull();
  });
});
