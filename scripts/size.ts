// npm run size — what the bytes of each large chunk are: a build with source maps into a temporary folder,
// then, for every chunk over 10 KB gzip, the packages and our own folders in it by gzip size (issue 12's
// first-view budget needs to know where to cut). The site's own build (dist/) is untouched.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { codeByOwner } from './bundleShare.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

const outDir = mkdtempSync(join(tmpdir(), 'atlas-size-'));
try {
  await build({ logLevel: 'error', build: { outDir, sourcemap: true, emptyOutDir: true } });
  const assets = join(outDir, 'assets');
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  for (const chunk of chunks) {
    const code = readFileSync(join(assets, chunk), 'utf8');
    if (gz(code) < 10 * 1024) continue;
    const map = JSON.parse(readFileSync(join(assets, `${chunk}.map`), 'utf8'));
    console.log(`\n${chunk}: ${kb(gz(code))} KB gzip`);
    const owners = [...codeByOwner(code, map)].map(([owner, text]) => [owner, gz(text)] as const);
    owners.sort((a, b) => b[1] - a[1]);
    for (const [owner, size] of owners.filter(([, size]) => size >= 512)) console.log(`  ${kb(size)}  ${owner}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
