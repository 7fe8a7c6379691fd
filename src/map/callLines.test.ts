import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { ALL_TRACKS_ON, computeView } from '../data/query.ts';
import { contact, MOSCOW, RIYADH, WASHINGTON } from '../data/testing/fixtures.ts';
import { TRACK_COLORS } from '../ui/tracks.ts';
import { callLines, MAX_CALL_LINES } from './callLines.ts';

const all = { start: 0, end: Date.UTC(2030, 0) };
const call = (places: Array<typeof MOSCOW>, over = {}) => contact({ kind: 'call', places, ...over });

describe('callLines', () => {
  const index = buildIndex([
    call([WASHINGTON, MOSCOW]),
    call([MOSCOW, WASHINGTON]),
    call([WASHINGTON, MOSCOW]),
    call([RIYADH, MOSCOW], { track: '1.5' }),
    contact({ places: [WASHINGTON, MOSCOW] }), // a meeting in two places is no call
  ]);
  const view = computeView(index, all, ALL_TRACKS_ON);
  const p = (key: string) => index.placeByKey.get(key)!;

  it('draws one line per pair of places, whichever way the call went, busiest first', () => {
    const lines = callLines(index, view, new Set());
    expect(lines).toHaveLength(2);
    const [busiest, other] = lines;
    const [a, b] = [p('washington|US'), p('moscow|RU')].sort((x, y) => x - y);
    expect(busiest).toMatchObject({ key: `${a}:${b}`, color: TRACK_COLORS[0], opacity: 0.55 });
    // 1.5 + log2(3) rounded to half pixels.
    expect(busiest!.weight).toBe(3);
    expect(other).toMatchObject({
      color: TRACK_COLORS[1],
      weight: 1.5,
      from: expect.any(Array),
      to: expect.any(Array),
    });
  });

  it('highlights a line when both its places are selected', () => {
    const lines = callLines(index, view, new Set([p('riyadh|SA'), p('moscow|RU')]));
    const riyadhMoscow = lines.find((l) => l.color === TRACK_COLORS[1])!;
    expect(riyadhMoscow).toMatchObject({ opacity: 0.95, weight: 3.5 });
    expect(lines.find((l) => l.color === TRACK_COLORS[0])!.opacity).toBe(0.55);
  });

  it(`keeps only the ${MAX_CALL_LINES} busiest pairs`, () => {
    const places = Array.from({ length: MAX_CALL_LINES + 2 }, (_, i) => ({ ...MOSCOW, name: `P${i}`, city: `P${i}` }));
    const calls = places.slice(1).map((to, i) => call([places[i]!, to]));
    calls.push(call([places[5]!, places[6]!]));
    const big = buildIndex(calls);
    const lines = callLines(big, computeView(big, all, ALL_TRACKS_ON), new Set());
    expect(lines).toHaveLength(MAX_CALL_LINES);
    const busiest = [big.placeByKey.get('p5|RU')!, big.placeByKey.get('p6|RU')!].sort((x, y) => x - y).join(':');
    expect(lines[0]!.key).toBe(busiest);
  });
});
