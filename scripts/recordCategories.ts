// The categories issue-by-issue coverage is counted in (npm run data:stats, data/COVERAGE.md). Derived from
// the record, not stored: a contact can fall in several, and a new record needs no extra field.
import type { Contact } from '../src/data/schema.ts';

const LEADER_ROLE =
  /\b(president|prime minister|chancellor|king|queen|emir|crown prince|pope|supreme leader|head of state|taoiseach|president-elect|candidate)\b/i;
const MINISTER_ROLE =
  /\b(minister|secretary of state|foreign secretary|national security advis[eo]r|security council|envoy|special representative|chief of staff|director|negotiator|delegation|ombudsman|commissioner|adviser|advisor)\b/i;

/** A role of "Vice President" or "Deputy Prime Minister" is not a leader's. */
const isLeaderRole = (role: string) => LEADER_ROLE.test(role) && !/\b(vice|deputy|former|ex-)\b/i.test(role);

export const CATEGORIES = {
  'prisoner, body and children exchanges': (c: Contact) => c.kind === 'exchange',
  "leaders' calls and meetings": (c: Contact) =>
    c.track === '1' && c.kind !== 'exchange' && c.participants.filter((p) => p.role && isLeaderRole(p.role)).length > 0,
  'ministers and envoys': (c: Contact) =>
    c.track === '1' &&
    c.kind !== 'exchange' &&
    c.participants.some((p) => p.role && MINISTER_ROLE.test(p.role) && !isLeaderRole(p.role)),
  'IAEA and Zaporizhzhia': (c: Contact) => c.parties.includes('IAEA'),
  'tracks 1.5 and 2': (c: Contact) => c.track !== '1',
  '2026': (c: Contact) => c.start.startsWith('2026'),
} as const;
