// The view's CSV download: the four joined tables of tables.ts and a datapackage.json describing them,
// in one zip (fflate, loaded with the exporters only when a download is asked for).
import { strToU8, zipSync } from 'fflate';
import type { Release } from '../release.ts';
import type { Contact } from '../schema.ts';
import { dataPackage } from './dataPackage.ts';
import { TABLE_NAMES, toCsvTables } from './tables.ts';

export function csvTablesZip(contacts: readonly Contact[], release: Release | null, sourceLabel: string): Uint8Array {
  const tables = toCsvTables(contacts);
  const files: Record<string, Uint8Array> = {};
  // The byte-order mark tells Excel the tables are UTF-8, so accented names survive.
  for (const name of TABLE_NAMES) files[`${name}.csv`] = strToU8(`\ufeff${tables[name]}`);
  const descriptor = dataPackage({ release, sourceLabel, count: contacts.length });
  files['datapackage.json'] = strToU8(`${JSON.stringify(descriptor, null, 2)}\n`);
  return zipSync(files, { level: 6 });
}
