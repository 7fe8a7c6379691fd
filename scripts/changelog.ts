// data/CHANGELOG.md, read and checked against the dataset and data/release.json: every current id was added
// in some release and not removed since, no id is added twice, changed and removed ids existed before, the
// newest release is the one in release.json, and each version step fits what it did (added ids need at
// least a minor step; a patch only corrects). npm run data:check runs it.
import type { RecordError } from '../src/data/parse.ts';

export const CHANGELOG_PATH = 'data/CHANGELOG.md';

export interface ChangelogRelease {
  version: string;
  date: string;
  added: string[];
  changed: string[];
  removed: string[];
}

const RELEASE_HEADING = /^## (\d+\.\d+\.\d+) \((\d{4}-\d{2}-\d{2})\)\s*$/;
const LIST_HEADING = /^### (Added|Changed|Removed)\s*$/;
const ID_ITEM = /^- `([^`]+)`/;

/** Releases newest first, as the file lists them. */
export function parseChangelog(text: string): ChangelogRelease[] {
  const releases: ChangelogRelease[] = [];
  let list: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const release = RELEASE_HEADING.exec(line);
    if (release) {
      releases.push({ version: release[1]!, date: release[2]!, added: [], changed: [], removed: [] });
      list = null;
      continue;
    }
    const current = releases.at(-1);
    const heading = LIST_HEADING.exec(line);
    if (heading && current) {
      list = current[heading[1]!.toLowerCase() as 'added' | 'changed' | 'removed'];
      continue;
    }
    if (line.startsWith('#')) list = null;
    const item = ID_ITEM.exec(line);
    if (item && list) list.push(item[1]!);
  }
  return releases;
}

function parseVersion(v: string): [number, number, number] {
  const [major, minor, patch] = v.split('.').map(Number);
  return [major!, minor!, patch!];
}

type Step = 'major' | 'minor' | 'patch' | 'none';

function step(from: string, to: string): Step | 'backwards' {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  for (let i = 0; i < 3; i++) {
    if (b[i]! > a[i]!) return (['major', 'minor', 'patch'] as const)[i]!;
    if (b[i]! < a[i]!) return 'backwards';
  }
  return 'none';
}

export function checkChangelog(
  releases: readonly ChangelogRelease[],
  currentIds: readonly string[],
  release: { version: string; date: string },
): RecordError[] {
  const errors: RecordError[] = [];
  const err = (id: string, message: string) => errors.push({ id, field: CHANGELOG_PATH, message });
  const newest = releases[0];
  if (!newest) return [{ id: '(changelog)', field: CHANGELOG_PATH, message: 'no "## X.Y.Z (YYYY-MM-DD)" release' }];
  if (newest.version !== release.version || newest.date !== release.date) {
    err(
      '(changelog)',
      `newest release is ${newest.version} (${newest.date}), data/release.json says ${release.version} (${release.date})`,
    );
  }
  // Replay oldest to newest.
  const live = new Set<string>();
  const ever = new Set<string>();
  let previous: ChangelogRelease | null = null;
  for (const r of [...releases].reverse()) {
    if (previous) {
      const s = step(previous.version, r.version);
      if (s === 'backwards' || s === 'none') err('(changelog)', `${r.version} does not come after ${previous.version}`);
      else if (s === 'patch' && (r.added.length || r.removed.length)) {
        err(
          '(changelog)',
          `${r.version} adds or removes contacts, so it needs at least a minor step from ${previous.version}`,
        );
      }
    }
    for (const id of r.removed) {
      if (!live.delete(id)) err(id, `removed in ${r.version} but not in the dataset before it`);
    }
    for (const id of r.changed) {
      if (!live.has(id)) err(id, `changed in ${r.version} but not in the dataset before it`);
    }
    for (const id of r.added) {
      if (ever.has(id)) err(id, `added again in ${r.version}: ids are stable, a removed id is not reused`);
      live.add(id);
      ever.add(id);
    }
    previous = r;
  }
  const current = new Set(currentIds);
  for (const id of currentIds) {
    if (!live.has(id))
      err(id, `in the dataset but not added by any release: list it under "### Added" of a new release`);
  }
  for (const id of live) {
    if (!current.has(id))
      err(id, `in the changelog but not in the dataset: list it under "### Removed" of a new release`);
  }
  return errors;
}
