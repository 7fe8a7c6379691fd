// The release of the built-in dataset: its semantic version (new contacts: minor; corrected facts: patch;
// format changes: major), date and licences. data/release.json is the one place they are written;
// data/CHANGELOG.md lists the ids each release added, changed or removed, and npm run data:check holds the
// two together (scripts/changelog.ts). Users' own files are not this release and carry none of it.
import release from '../../data/release.json' with { type: 'json' };

export interface Licence {
  /** SPDX identifier, e.g. "CC-BY-4.0". */
  id: string;
  title: string;
  url: string;
}

export interface Release {
  title: string;
  /** MAJOR.MINOR.PATCH */
  version: string;
  /** YYYY-MM-DD */
  date: string;
  authors: string;
  /** The dataset: data/contacts.json and every export of it. */
  dataLicence: Licence;
  /** The app's source code (LICENSE). */
  codeLicence: Licence;
}

export const RELEASE: Readonly<Release> = release;

/** "Backchannel Atlas 1.0.0 (2026-12-02)" */
export function releaseLabel(r: Release = RELEASE): string {
  return `${r.title} ${r.version} (${r.date})`;
}
