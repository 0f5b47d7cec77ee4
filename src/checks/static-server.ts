/** A tiny static file server on 127.0.0.1 for browser tests: serves a built site as nginx would. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Paths requested so far, in order (for "which files did the page fetch" checks). */
  requests: string[];
}

/**
 * Serves `root` on a free loopback port. `/x/` serves `/x/index.html`; a miss serves `/404.html`
 * with status 404. With `precompressed`, a file's `.br` or `.gz` copy is sent when the browser
 * accepts that encoding, as nginx does with the build's copies (for timing what a reader waits).
 */
export async function serveDirectory(
  root: string,
  options: { precompressed?: boolean } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = options.precompressed
      ? [
          ['br', '.br'],
          ['gzip', '.gz'],
        ].find(([name, ext]) => accepted.includes(name!) && existsSync(file + ext))
      : undefined;
    if (encoding) {
      res.writeHead(status, {
        'content-type': type,
        'content-encoding': encoding[0]!,
        vary: 'accept-encoding',
      });
      createReadStream(file + encoding[1]).pipe(res);
      return;
    }
    res.writeHead(status, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
