// npm run data:package — writes the Frictionless data package of the record to dist/data/ (or the folder
// given): datapackage.json, contacts/places/participants/sources.csv, contacts.json, contacts.geojson and
// contacts.schema.json. The build writes the same files (vite.config.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPackageFiles, PACKAGE_DIR } from './dataPackageFiles.ts';

const dir = process.argv[2] ?? join('dist', PACKAGE_DIR);
mkdirSync(dir, { recursive: true });
const files = dataPackageFiles();
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
console.log(`data:package: wrote ${Object.keys(files).length} files to ${dir}/`);
