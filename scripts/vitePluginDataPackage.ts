// Ships the data package with the site: after the build, dist/data/ gets the files npm run data:package
// writes, so the About page and anyone else can link ./data/datapackage.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataPackageFiles, PACKAGE_DIR } from './dataPackageFiles.ts';

export function dataPackagePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'backchannel-data-package',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const dir = join(outDir, PACKAGE_DIR);
      mkdirSync(dir, { recursive: true });
      for (const [name, body] of Object.entries(dataPackageFiles())) writeFileSync(join(dir, name), body);
    },
  };
}
