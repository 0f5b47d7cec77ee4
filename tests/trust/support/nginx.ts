/**
 * Runs the repository's nginx configuration (scripts/nginx/ntm-records.conf) for real, on a free
 * loopback port, serving a built site: a temporary prefix holds the wrapping nginx.conf, the pid,
 * logs and temp folders. `stop()` ends that nginx (by the pid it was started with).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const NGINX_CONFIG = join(ROOT, 'scripts/nginx/ntm-records.conf');
export const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface RunningNginx {
  url: string;
  port: number;
  /** The error log, for failure messages. */
  errorLog: () => string;
  stop: () => Promise<void>;
}

/** A port free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** The repository's server block with its `listen` and `root` lines pointed at `port` and `siteDir`. */
export function localServerBlock(port: number, siteDir: string): string {
  const source = readFileSync(NGINX_CONFIG, 'utf8');
  let listens = 0;
  let roots = 0;
  const out = source
    .replace(
      /^(\s*)listen\s+[^;]+;/gm,
      (_, indent: string) => (listens++, `${indent}listen 127.0.0.1:${port};`),
    )
    .replace(
      /^(\s*)root\s+[^;]+;/gm,
      (_, indent: string) => (roots++, `${indent}root ${siteDir};`),
    );
  if (listens !== 1 || roots !== 1)
    throw new Error(
      `${NGINX_CONFIG} must have exactly one listen and one root line (found ${listens} and ${roots})`,
    );
  return out;
}

/** Starts nginx in the foreground (a child of this process) serving `siteDir`, and waits until it answers. */
export async function startNginx(siteDir: string): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'ntm-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'ntm-records.conf'), localServerBlock(port, resolve(siteDir)));
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      // As root, workers would switch to "nobody", who may not read the site under /work or /tmp.
      isRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t}_temp_path ${prefix}/${t};`,
      ),
      `  include ${prefix}/ntm-records.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    NGINX_BIN,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8') + stderr;
    } catch {
      return stderr;
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${errorLog()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    port,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
