import { describe, expect, it } from 'vitest';
import { buildIndex } from './contactIndex.ts';
import { channelOf, sessionsOf } from './channels.ts';
import { contact as makeContact } from './testing/fixtures.ts';

describe('channels and their sessions', () => {
  const index = buildIndex([
    makeContact({ id: 'channel', start: '2022', end: '2025' }),
    makeContact({ id: 'session-b', start: '2024-05-01', partOf: 'channel' }),
    makeContact({ id: 'session-a', start: '2023-02-01', partOf: 'channel' }),
    makeContact({ id: 'orphan', start: '2023-03-01', partOf: 'no-such-record' }),
  ]);
  const no = (id: string) => index.byId.get(id)!;

  it('finds the channel of a session', () => {
    expect(channelOf(index, no('session-a'))).toBe(no('channel'));
    expect(channelOf(index, no('channel'))).toBeUndefined();
  });

  it('lists the sessions of a channel in date order', () => {
    expect(sessionsOf(index, no('channel')).map((i) => index.contacts[i]!.id)).toEqual(['session-a', 'session-b']);
    expect(sessionsOf(index, no('session-a'))).toEqual([]);
  });

  it('ignores a partOf that names no record of this dataset', () => {
    expect(channelOf(index, no('orphan'))).toBeUndefined();
  });
});
