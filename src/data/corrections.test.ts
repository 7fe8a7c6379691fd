import { describe, expect, it } from 'vitest';
import { correctionAddress } from './corrections.ts';

describe('correctionAddress', () => {
  it('takes an https address or a mailto: address', () => {
    expect(correctionAddress(' https://tracker.example/atlas/issues/ ')).toEqual({
      href: 'https://tracker.example/atlas/issues/',
      label: 'tracker.example/atlas/issues',
    });
    expect(correctionAddress('mailto:corrections@atlas.example')).toEqual({
      href: 'mailto:corrections@atlas.example',
      label: 'corrections@atlas.example',
    });
  });

  it('has none when unset or not a safe link', () => {
    for (const raw of [
      undefined,
      '',
      '  ',
      'tracker.example',
      'http://tracker.example/',
      'javascript:alert(1)',
      'mailto:',
    ])
      expect(correctionAddress(raw)).toBeNull();
  });
});
