/**
 * Runs `npm run bench` at a small size (50 meetings) to prove it works end to end: a generated
 * site is built by the real pipeline, measured, searched and compared with the plain Astro
 * baseline, and the report has every figure. No timing is asserted: speed is the benchmark's
 * job, not a test's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BenchReport } from '../../src/tools/bench/report.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.build/bench-ci');

describe('npm run bench', () => {
  test('builds a 50-meeting site and reports every figure', { timeout: 240_000 }, () => {
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(
      process.execPath,
      ['scripts/bench.ts', '--sizes', '50', '--out', out, '--clean'],
      { cwd: root, encoding: 'utf8', timeout: 230_000 },
    );
    expect(run.stderr + run.stdout).toContain('Wrote');
    expect(run.status).toBe(0);

    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BenchReport;
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.cpuModel).not.toBe('');
    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size!.archive.meetings).toBe(50);
    expect(size!.records).toBeGreaterThan(150);

    const stageNames = size!.cold.stages.map((s) => s.name);
    for (const name of ['validate', 'astro', 'pagefind', 'publish'])
      expect(stageNames).toContain(name);
    expect(size!.warm).not.toBeNull();
    for (const build of [size!.cold, size!.warm!]) {
      expect(build.wallSeconds).toBeGreaterThan(0);
      expect(build.peakBytes).toBeGreaterThan(50 * 1024 * 1024);
      for (const s of build.stages) expect(s.seconds).toBeGreaterThanOrEqual(0);
    }

    // Every meeting has its page, and more pages (places, documents, …) come with them.
    expect(size!.site.pages).toBeGreaterThan(50);
    expect(size!.site.distBytes).toBeGreaterThan(0);
    const { median, p95, max } = size!.site.pageGzip;
    expect(0 < median && median <= p95 && p95 <= max).toBe(true);
    expect(size!.site.pageGzip.maxPage).toMatch(/\.html$/);

    // The first query found something and downloaded the index and fragments.
    expect(size!.search.found).toMatch(/\d/);
    expect(size!.search.bytes.gzip).toBeGreaterThan(0);
    expect(size!.search.byKind['index']?.count).toBeGreaterThan(0);
    expect(size!.search.byKind['fragments']?.count).toBeGreaterThan(0);

    expect(size!.baseline?.pages).toBe(50);
    expect(size!.baseline?.wallSeconds).toBeGreaterThan(0);

    expect(report.targets.map((t) => t.target)).toHaveLength(5);
    for (const t of report.targets) expect(typeof t.met).toBe('boolean');

    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown.split('\n')[0]).toBe('| meetings | 50 |');
    for (const row of [
      'pages written',
      'validate',
      'Astro',
      'Pagefind',
      'other outputs',
      'peak memory',
      'size of dist/',
      'page weight gzip',
      'first query download',
      'per page, ours ÷ baseline',
      'rebuild after one meeting changed',
    ]) {
      expect(markdown).toContain(`| ${row}`);
    }
    // --clean removed the built sites, keeping only the report.
    expect(existsSync(join(out, '50'))).toBe(false);
  });
});
