import { describe, expect, it } from 'vitest';
import { buildIndex } from './contactIndex.ts';
import { buildNetwork, contactsOfPick, linkId, parseLinkId, partyLabel } from './network.ts';
import { contact } from './testing/fixtures.ts';

const index = buildIndex([
  contact({
    id: 'a',
    start: '2025-01-01',
    parties: ['US', 'RU'],
    participants: [{ name: 'Rubio' }, { name: 'Lavrov' }],
  }),
  contact({ id: 'b', start: '2025-02-01', parties: ['RU', 'US', 'SA'], participants: [{ name: 'Lavrov' }] }),
  contact({ id: 'c', start: '2025-03-01', parties: ['UA', 'US', 'US'], participants: [] }),
  contact({ id: 'd', start: '2025-04-01', parties: ['UA'], participants: [] }),
]);
const all = index.contacts.map((_, i) => i);
const at = (id: string) => index.byId.get(id)!;

describe('party labels from data or a link', () => {
  it('finds no name through the prototype', () => {
    for (const code of ['__proto__', 'constructor', 'toString']) expect(partyLabel(code)).toBe(code);
  });
});

describe('buildNetwork', () => {
  it('links every two parties of a contact, weighted by the contacts they share', () => {
    const net = buildNetwork(index, all, 'parties');
    expect(net.nodes.map((n) => [n.id, n.contacts.length])).toEqual([
      ['US', 3],
      ['RU', 2],
      ['UA', 2],
      ['SA', 1],
    ]);
    expect(net.links.map((l) => [linkId(l.source, l.target), l.contacts])).toEqual([
      ['RU~US', [at('a'), at('b')]],
      ['RU~SA', [at('b')]],
      ['SA~US', [at('b')]],
      ['UA~US', [at('c')]],
    ]);
    expect(net.omitted).toBe(0);
  });

  it('uses only the contacts given (the filters and window)', () => {
    const net = buildNetwork(index, [at('c'), at('d')], 'parties');
    expect(net.nodes.map((n) => n.id)).toEqual(['UA', 'US']);
    expect(net.links).toHaveLength(1);
  });

  it('links people who took part together, and keeps only the busiest when asked', () => {
    const net = buildNetwork(index, all, 'people');
    expect(net.links.map((l) => linkId(l.source, l.target))).toEqual(['Lavrov~Rubio']);
    const top = buildNetwork(index, all, 'parties', 2);
    expect(top.nodes.map((n) => n.id)).toEqual(['US', 'RU']);
    expect(top.links.map((l) => linkId(l.source, l.target))).toEqual(['RU~US']);
    expect(top.omitted).toBe(2);
  });

  it('finds the contacts of a node or a link', () => {
    const net = buildNetwork(index, all, 'parties');
    expect(contactsOfPick(net, 'US~RU')).toEqual([]);
    expect(contactsOfPick(net, linkId('US', 'RU'))).toEqual([at('a'), at('b')]);
    expect(contactsOfPick(net, 'UA')).toEqual([at('c'), at('d')]);
    expect(parseLinkId('RU')).toBeNull();
  });
});

describe('partyLabel', () => {
  it('names states and organisations, with the code', () => {
    expect(partyLabel('US')).toBe('United States (US)');
    expect(partyLabel('IAEA')).toBe('International Atomic Energy Agency (IAEA)');
    expect(partyLabel('Ecumenical Patriarchate')).toBe('Ecumenical Patriarchate');
  });
});
