import { describe, expect, it } from 'vitest';
import { unwrapRing } from './unwrapRing.ts';

describe('unwrapRing', () => {
  it('shifts points past the antimeridian so a ring never jumps across the map', () => {
    const ring = unwrapRing([
      [179, 65],
      [-179, 66],
      [-178, 64],
      [179, 65],
    ]);
    expect(ring.map((p) => p[0])).toEqual([179, 181, 182, 179]);
  });
});
