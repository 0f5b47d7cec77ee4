/**
 * A build stopped by SIGTERM or SIGINT (sent to the build's own process only, as `kill` does)
 * stops its child processes and leaves no staging folder behind; `dist/` stays as it was.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { trustWorkDir } from './support/build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = trustWorkDir('interrupt');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The processes below `pid` now (Linux /proc), with their command lines. */
function descendants(pid: number): Array<{ pid: number; command: string }> {
  const parentOf = new Map<number, number>();
  const command = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      command.set(Number(name), readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch {
      // The process ended while we looked.
    }
  }
  const below = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of parentOf)
      if (below.has(parent) && !below.has(child)) {
        below.add(child);
        grew = true;
      }
  }
  below.delete(pid);
  return [...below].map((p) => ({ pid: p, command: command.get(p) ?? '' }));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.each(['SIGTERM', 'SIGINT'] as const)('a build stopped by %s', (signal) => {
  test('stops Astro and validation, removes its staging folders and leaves dist/ alone', async () => {
    const distDir = join(work, `dist-${signal}`);
    mkdirSync(distDir);
    writeFileSync(join(distDir, 'index.html'), 'bản trước');
    const build = spawn(
      join(ROOT, 'node_modules/.bin/node'),
      [join(ROOT, 'tests/trust/support/build-site.ts'), join(ROOT, 'content'), distDir],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<number | null>((done) => build.on('close', (code) => done(code)));
    // Wait until Astro runs in its own process, then stop the build.
    let children: Array<{ pid: number; command: string }> = [];
    for (let i = 0; i < 600; i++) {
      children = descendants(build.pid!);
      if (children.some((c) => c.command.includes('astro-build.ts'))) break;
      await sleep(100);
    }
    expect(children.some((c) => c.command.includes('astro-build.ts'))).toBe(true);
    await sleep(1_500);
    children = descendants(build.pid!);
    build.kill(signal);
    expect(await ended).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toContain(`Bản dựng bị dừng (${signal})`);
    await sleep(500);
    expect(children.filter((c) => alive(c.pid))).toEqual([]);
    expect(readdirSync(work).filter((f) => f.startsWith(`dist-${signal}.staging`))).toEqual([]);
    expect(readFileSync(join(distDir, 'index.html'), 'utf8')).toBe('bản trước');
  }, 120_000);
});
