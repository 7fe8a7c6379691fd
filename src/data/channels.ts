// A channel (a series of talks) is a record of its own; its sessions name it with `partOf`. These lookups
// let the details of either one lead to the other, so a session is read with its channel, not counted twice.
import type { ContactIndex } from './contactIndex.ts';

/** Contact number of the channel this contact is a session of, if the dataset has that record. */
export function channelOf(index: ContactIndex, contact: number): number | undefined {
  const parent = index.contacts[contact]?.partOf;
  return parent === undefined ? undefined : index.byId.get(parent);
}

/** Contact numbers of the sessions of this channel, in date order (the index is sorted by start). */
export function sessionsOf(index: ContactIndex, contact: number): number[] {
  const id = index.contacts[contact]?.id;
  if (id === undefined) return [];
  const sessions: number[] = [];
  index.contacts.forEach((c, i) => {
    if (c.partOf === id) sessions.push(i);
  });
  return sessions;
}
