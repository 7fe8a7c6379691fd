import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChangelog, parseChangelog } from './changelog.ts';
import { RELEASE } from '../src/data/release.ts';

const LOG = `# Changelog

## 1.1.0 (2026-12-20)

### Added

- \`c\` a new contact

### Changed

- \`a\` corrected date

## 1.0.0 (2026-12-02)

### Added

- \`a\`
- \`b\`
`;

const message = (errors: { id: string; message: string }[]) => errors.map((e) => `${e.id}: ${e.message}`);

describe('changelog', () => {
  it('reads releases newest first with their id lists', () => {
    expect(parseChangelog(LOG)).toEqual([
      { version: '1.1.0', date: '2026-12-20', added: ['c'], changed: ['a'], removed: [] },
      { version: '1.0.0', date: '2026-12-02', added: ['a', 'b'], changed: [], removed: [] },
    ]);
  });

  it('accepts a log that accounts for every id and names the current release', () => {
    expect(checkChangelog(parseChangelog(LOG), ['a', 'b', 'c'], { version: '1.1.0', date: '2026-12-20' })).toEqual([]);
  });

  it('names ids missing from the log, ids gone from the data and a release that disagrees', () => {
    const errors = checkChangelog(parseChangelog(LOG), ['a', 'c', 'd'], { version: '1.2.0', date: '2026-12-21' });
    expect(message(errors)).toEqual([
      '(changelog): newest release is 1.1.0 (2026-12-20), data/release.json says 1.2.0 (2026-12-21)',
      'd: in the dataset but not added by any release: list it under "### Added" of a new release',
      'b: in the changelog but not in the dataset: list it under "### Removed" of a new release',
    ]);
  });

  it('refuses a patch release that adds contacts, a reused id and a change to an unknown id', () => {
    const log = LOG.replace('1.1.0 (2026-12-20)', '1.0.1 (2026-12-20)').replace('- `c` a new contact', '- `b`\n- `c`');
    const changedUnknown = log.replace('- `a` corrected date', '- `z`');
    expect(
      message(
        checkChangelog(parseChangelog(changedUnknown), ['a', 'b', 'c'], { version: '1.0.1', date: '2026-12-20' }),
      ),
    ).toEqual([
      '(changelog): 1.0.1 adds or removes contacts, so it needs at least a minor step from 1.0.0',
      'z: changed in 1.0.1 but not in the dataset before it',
      'b: added again in 1.0.1: ids are stable, a removed id is not reused',
    ]);
  });

  it('holds for the published dataset and release', () => {
    const ids = (JSON.parse(readFileSync('data/contacts.json', 'utf8')) as { contacts: { id: string }[] }).contacts.map(
      (c) => c.id,
    );
    expect(checkChangelog(parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8')), ids, RELEASE)).toEqual([]);
    expect(RELEASE.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('CITATION.cff', () => {
  it('names the current release and the data licence', () => {
    const cff = readFileSync('CITATION.cff', 'utf8');
    expect(cff).toContain(`version: '${RELEASE.version}'`);
    expect(cff).toContain(`date-released: '${RELEASE.date}'`);
    expect(cff).toContain(`license: ${RELEASE.dataLicence.id}`);
  });
});
