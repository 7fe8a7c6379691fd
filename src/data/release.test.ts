import { describe, expect, it } from 'vitest';
import { RELEASE, releaseLabel } from './release.ts';

describe('RELEASE', () => {
  it('is a semantic version with a date and both licences', () => {
    expect(RELEASE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(RELEASE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RELEASE.dataLicence.id).toBe('CC-BY-4.0');
    expect(RELEASE.codeLicence.id).toBe('MIT');
    expect(releaseLabel()).toBe(`Backchannel Atlas ${RELEASE.version} (${RELEASE.date})`);
  });
});
