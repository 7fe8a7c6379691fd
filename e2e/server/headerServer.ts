// A static server for dist/ that sends the Content-Security-Policy and Referrer-Policy as HTTP headers, as a
// host that can set headers would, and serves e2e/fixtures/ at /fixtures/ as real files (page.route does not
// see requests a service worker answers or lets through).
//
// Each test that needs its own "deployment" uses a path /r/<id>/…: the same files, with a sw.js whose bytes
// change after POST /__release/<id>, which is what a browser sees as a new release.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP_HEADER, REFERRER_POLICY } from '../../scripts/csp.ts';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4673);
const DIST = resolve('dist');
const FIXTURES = resolve('e2e/fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const releases = new Map<string, number>();

/** The file a path names, inside its root only. */
async function resolveFile(root: string, path: string): Promise<string | null> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return resolveFile(root, join(path, 'index.html'));
  return info?.isFile() ? file : null;
}

const server = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const release = /^\/__release\/([\w-]+)$/.exec(url.pathname);
    if (release && req.method === 'POST') {
      const next = (releases.get(release[1]!) ?? 0) + 1;
      releases.set(release[1]!, next);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(String(next));
      return;
    }
    const deployment = /^\/r\/([\w-]+)(\/.*)$/.exec(url.pathname);
    const path = deployment ? deployment[2]! : url.pathname;
    const fixture = path.startsWith('/fixtures/');
    const file = await resolveFile(fixture ? FIXTURES : DIST, fixture ? path.slice('/fixtures'.length) : path);
    const headers = {
      'Content-Security-Policy': CSP_HEADER,
      'Referrer-Policy': REFERRER_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let body = await readFile(file);
    if (deployment && path === '/sw.js') {
      body = Buffer.concat([body, Buffer.from(`\n// release ${releases.get(deployment[1]!) ?? 0}\n`)]);
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  })().catch((err: unknown) => {
    res.writeHead(500).end(String(err));
  });
});

server.listen(port, '127.0.0.1', () => console.log(`header server on http://127.0.0.1:${port}/`));
