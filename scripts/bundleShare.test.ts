import { describe, expect, it } from 'vitest';
import { codeByOwner, ownerOf } from './bundleShare.ts';

describe('bundleShare', () => {
  it('names packages, scoped packages and our own folders', () => {
    expect(ownerOf('../../node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(ownerOf('../../node_modules/@formatjs/fast-memoize/lib/index.js')).toBe('@formatjs/fast-memoize');
    expect(ownerOf('../../src/map/MapView.tsx')).toBe('src/map');
  });

  it('credits each stretch of generated code to the source it maps to', () => {
    // "AAAA" maps column 0 to source 0; "ICAA" moves 4 columns on and one source on.
    const map = { sources: ['node_modules/a/x.js', 'src/b/y.ts'], mappings: 'AAAA,ICAA' };
    const parts = codeByOwner('abcdefgh', map);
    expect(parts.get('a')).toBe('abcd');
    expect(parts.get('src/b')).toBe('efgh');
  });
});
