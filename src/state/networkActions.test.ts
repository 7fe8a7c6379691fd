import { beforeEach, describe, expect, it } from 'vitest';
import { contact } from '../data/testing/fixtures.ts';
import { pickNetwork, setNetworkMode, toggleDisclosures } from './actions.ts';
import { selectNetwork } from './selectors.ts';
import { showContacts, state } from './testing/store.ts';

beforeEach(() => {
  showContacts([
    contact({ id: 'a', parties: ['US', 'RU'], participants: [{ name: 'Rubio' }, { name: 'Lavrov' }] }),
    contact({ id: 'b', parties: ['US', 'UA'] }),
  ]);
});

describe('network view state', () => {
  it('picks a node or link, and the same pick again closes it', () => {
    pickNetwork('RU~US');
    expect(state().network).toEqual({ mode: 'parties', pick: 'RU~US' });
    pickNetwork('RU~US');
    expect(state().network.pick).toBeNull();
  });

  it('switches between parties and people, dropping the pick', () => {
    pickNetwork('RU~US');
    setNetworkMode('people');
    expect(state().network).toEqual({ mode: 'people', pick: null });
    expect(selectNetwork(state())!.links.map((l) => `${l.source}~${l.target}`)).toEqual(['Lavrov~Rubio']);
  });

  it('builds the network of the visible contacts', () => {
    expect(selectNetwork(state())!.nodes.map((n) => n.id)).toEqual(['US', 'RU', 'UA']);
    expect(selectNetwork(state())).toBe(selectNetwork(state()));
  });

  it('switches disclosure lines on and off', () => {
    toggleDisclosures();
    expect(state().disclosures).toBe(true);
    toggleDisclosures();
    expect(state().disclosures).toBe(false);
  });
});
