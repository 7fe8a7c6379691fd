// What every export says about where its contacts come from: the Backchannel Atlas record with its version
// and licence, or, for a user's own file, that it is not that record and claims no licence of ours.
import type { Release } from '../release.ts';

export interface ExportMetadata {
  title: string;
  version: string | null;
  released: string | null;
  licence: string | null;
  licenceUrl: string | null;
  note: string;
}

export function exportMetadata(release: Release | null, sourceLabel: string): ExportMetadata {
  if (!release) {
    return {
      title: `Contacts from ${sourceLabel}`,
      version: null,
      released: null,
      licence: null,
      licenceUrl: null,
      note: 'Not the Backchannel Atlas record: exported from other data; the terms of the original file apply.',
    };
  }
  return {
    title: release.title,
    version: release.version,
    released: release.date,
    licence: release.dataLicence.id,
    licenceUrl: release.dataLicence.url,
    note: `${release.title} ${release.version} (${release.date}), by ${release.authors}, licensed ${release.dataLicence.title} (${release.dataLicence.id}).`,
  };
}
