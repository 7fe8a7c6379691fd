// A static server for dist/ that sends the Content-Security-Policy and Referrer-Policy as HTTP headers, as a
// host that can set headers would, and serves e2e/fixtures/ at /fixtures/ as real files (page.route does not
// see requests a service worker answers or lets through).
//
// Each test that needs its own "deployment" uses a path /r/<id>/…: the same files, with a sw.js whose bytes
// change after POST /__release/<id>, which is what a browser sees as a new release.
//
// For ?data= from another origin (this server's port is another origin to the preview server's pages), the
// fixtures also come as a data host would serve them: /cors/fixtures/… with Access-Control-Allow-Origin,
// /drip/<ms>/fixtures/… the same, its body sent in ten parts over <ms> milliseconds, /stall/fixtures/… the
// first half of the body and then nothing, and /silent/… a server that takes the request and never answers. Plain /fixtures/… has no CORS header: a host that forgot it.
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
    if (url.pathname.startsWith('/silent/')) {
      req.socket.setTimeout(0);
      return;
    }
    const dataHost = /^\/(cors|stall|drip\/(\d+))(\/fixtures\/.*)$/.exec(url.pathname);
    if (dataHost) {
      const file = await resolveFile(FIXTURES, dataHost[3]!.slice('/fixtures'.length));
      const cors = { 'Access-Control-Allow-Origin': '*' };
      if (!file) return void res.writeHead(404, cors).end('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        ...cors,
        'Content-Type': TYPES[extname(file)] ?? 'text/plain',
        'Content-Length': body.length,
      });
      if (dataHost[1] === 'stall') return void res.write(body.subarray(0, body.length >> 1));
      const parts = dataHost[2] ? 10 : 1;
      for (let i = 0; i < parts; i++) {
        if (i) await new Promise((resolve) => setTimeout(resolve, Number(dataHost[2]) / parts));
        res.write(body.subarray(Math.floor((i * body.length) / parts), Math.floor(((i + 1) * body.length) / parts)));
      }
      res.end();
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
