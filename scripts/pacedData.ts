// For the bench: the datasets served at a given speed instead of at once, as over a real connection
// (BENCH_MBPS). Over the loopback the download is never what the first view waits for; over 100 Mbit/s a
// 100,000-contact file takes three and a half seconds, and what the page does meanwhile shows.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PIECE = 64 * 1024;

/** A preview-server plugin that sends the files under `bench/` in pieces, at `mbps` megabits a second. */
export function pacedData(dist: string, mbps: number): Plugin {
  const pieceMs = (PIECE * 8) / (mbps * 1000);
  return {
    name: 'atlas:paced-data',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://bench').pathname;
        if (!/^\/bench\/[\w.-]+\.json$/.test(path)) return next();
        readFile(join(dist, path)).then(
          (body) => {
            res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
            const started = Date.now();
            let sent = 0;
            const send = () => {
              if (sent >= body.length || res.destroyed) return void res.end();
              res.write(body.subarray(sent, sent + PIECE));
              sent += PIECE;
              setTimeout(send, Math.max(0, started + (sent / PIECE) * pieceMs - Date.now()));
            };
            send();
          },
          () => next(),
        );
      });
    },
  };
}
