// Who met whom, as plain data: nodes (parties, or people) and links between every two of them that took
// part in the same contact, weighted by how many contacts they share. The view lays these out; nothing
// here knows about drawing.
import type { ContactIndex } from './contactIndex.ts';

export type NetworkMode = 'parties' | 'people';

export interface NetworkNode {
  id: string;
  /** Contacts (of those given) this party or person took part in, by position. */
  contacts: number[];
}

export interface NetworkLink {
  /** The two node ids, in sorted order; the link's own id is `${source}~${target}`. */
  source: string;
  target: string;
  /** Contacts both took part in, by position, in date order. */
  contacts: number[];
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** Nodes left out to keep the picture readable (people mode only lists the busiest). */
  omitted: number;
}

export const LINK_SEPARATOR = '~';

export function linkId(a: string, b: string): string {
  return a < b ? `${a}${LINK_SEPARATOR}${b}` : `${b}${LINK_SEPARATOR}${a}`;
}

/** The two ends of a link id, or null when it is not one. */
export function parseLinkId(id: string): [string, string] | null {
  const parts = id.split(LINK_SEPARATOR);
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

function membersOf(index: ContactIndex, i: number, mode: NetworkMode): string[] {
  const c = index.contacts[i]!;
  const names = mode === 'parties' ? c.parties : c.participants.map((p) => p.name);
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/**
 * The network of the given contacts. `maxNodes` keeps the busiest nodes (most contacts, then by name);
 * links to the rest are left out and counted in `omitted`. Nodes come sorted by contacts, links by weight.
 */
export function buildNetwork(
  index: ContactIndex,
  positions: readonly number[],
  mode: NetworkMode,
  maxNodes = Infinity,
): Network {
  const nodeContacts = new Map<string, number[]>();
  const members: string[][] = [];
  for (const i of positions) {
    const m = membersOf(index, i, mode);
    members.push(m);
    for (const id of m) {
      const list = nodeContacts.get(id);
      if (list) list.push(i);
      else nodeContacts.set(id, [i]);
    }
  }
  const ranked = [...nodeContacts.entries()]
    .map(([id, contacts]) => ({ id, contacts }))
    .sort((a, b) => b.contacts.length - a.contacts.length || (a.id < b.id ? -1 : 1));
  const nodes = ranked.slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.id));

  const links = new Map<string, NetworkLink>();
  positions.forEach((i, k) => {
    const m = members[k]!.filter((id) => kept.has(id)).sort();
    for (let a = 0; a < m.length; a++) {
      for (let b = a + 1; b < m.length; b++) {
        const id = linkId(m[a]!, m[b]!);
        const link = links.get(id);
        if (link) link.contacts.push(i);
        else links.set(id, { source: m[a]!, target: m[b]!, contacts: [i] });
      }
    }
  });
  return {
    nodes,
    links: [...links.values()].sort(
      (a, b) =>
        b.contacts.length - a.contacts.length || (linkId(a.source, a.target) < linkId(b.source, b.target) ? -1 : 1),
    ),
    omitted: ranked.length - nodes.length,
  };
}

/** Contacts a pick stands for: a node id gives its contacts, a link id the contacts both ends share. */
export function contactsOfPick(network: Network, pick: string): number[] {
  const ends = parseLinkId(pick);
  if (ends) return network.links.find((l) => l.source === ends[0] && l.target === ends[1])?.contacts ?? [];
  return network.nodes.find((n) => n.id === pick)?.contacts ?? [];
}

const ORGANISATIONS: Record<string, string> = {
  UN: 'United Nations',
  IAEA: 'International Atomic Energy Agency',
  ICRC: 'International Committee of the Red Cross',
  EU: 'European Union',
  NATO: 'NATO',
  OSCE: 'OSCE',
  VA: 'Holy See',
  WCC: 'World Council of Churches',
};
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "United States (US)": a party code with its name; organisations by their own names. */
export function partyLabel(code: string): string {
  // Own keys only: "__proto__" or "constructor" from data or a link must not find the prototype.
  let name = Object.hasOwn(ORGANISATIONS, code) ? ORGANISATIONS[code] : undefined;
  if (!name && /^[A-Z]{2}$/.test(code)) {
    try {
      name = regionNames.of(code);
    } catch {
      // Not a region Intl knows: the code alone.
    }
  }
  return name && name !== code ? `${name} (${code})` : code;
}
