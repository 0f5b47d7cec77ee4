/**
 * Runs `npm run bench` at a small size (50 meetings) to prove it works end to end: a generated
 * site is built by the real pipeline (its search index split by province, `--split-at 1`, so the
 * per-index figures exist at this size), measured, searched and compared with the plain Astro
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
  test('builds a 50-meeting site and reports every figure', { timeout: 580_000 }, () => {
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(
      process.execPath,
      ['scripts/bench.ts', '--sizes', '50', '--out', out, '--clean', '--split-at', '1'],
      { cwd: root, encoding: 'utf8', timeout: 570_000 },
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

    // Search: the index split by province, the largest province the default scope; each query
    // (the four common words and two rare ones) found something in it and in the whole country,
    // downloading index and fragments, and was timed as a reader waits for it.
    const { search } = size!;
    expect(search.indexes).toBeGreaterThan(1);
    expect(search.defaultScope?.pages).toBeGreaterThan(0);
    expect(search.timedPage).toBe(`/dia-ban/${search.defaultScope!.id}/`);
    expect(search.queries.map((q) => q.query).slice(0, 4)).toEqual([
      'nong thon',
      'xa',
      'ubnd',
      'ke hoach',
    ]);
    expect(search.queries.filter((q) => q.kind === 'rare')).toHaveLength(2);
    for (const q of search.queries) {
      for (const measure of [q.scope, q.country]) {
        expect(measure.found, q.query).toMatch(/^\d+ kết quả$/);
        expect(measure.bytes.brotli).toBeGreaterThan(0);
        expect(measure.byKind['index']?.count).toBeGreaterThan(0);
        expect(measure.byKind['fragments']?.count).toBeGreaterThan(0);
      }
      // The default scope is one index (the province's, with copies of the common records); the
      // whole country merges the common index and every province's: an entry file each.
      expect(q.scope.byKind['pagefind library']?.count).toBe(3);
      expect(q.country.byKind['pagefind library']?.count).toBe(2 + search.indexes);
      expect(q.readerMs).toBeGreaterThanOrEqual(0);
    }
    // Every index written in a process of its own, with its peak; the rebuild after one meeting
    // changed wrote one index again and reused the others.
    expect(size!.cold.indexes!.length).toBe(search.indexes);
    for (const index of size!.cold.indexes!) expect(index.peakBytes).toBeGreaterThan(0);
    expect(size!.warm!.indexes!.filter((i) => !i.reused)).toHaveLength(1);

    expect(size!.baseline?.pages).toBe(50);
    expect(size!.baseline?.wallSeconds).toBeGreaterThan(0);

    expect(report.targets.map((t) => t.target)).toHaveLength(8);
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
      'per page, ours ÷ baseline',
      'rebuild after one meeting changed',
      'search indexes',
      'first query, default scope, brotli: common words',
      'first query, default scope, brotli: rare words',
      'first query, whole country, brotli: common words',
      'first query, whole country, brotli: rare words',
      'results drawn after the last keystroke (1.6 Mbps, 150 ms): common words',
      'results drawn after the last keystroke (1.6 Mbps, 150 ms): rare words',
      'indexing peak memory: largest index / whole build',
      'rebuild after one meeting changed: indexes rewritten',
    ]) {
      expect(markdown).toContain(`| ${row}`);
    }
    expect(markdown).not.toContain('not measured');
    expect(markdown).not.toContain('n/a');
    // --clean removed the built sites, keeping only the report.
    expect(existsSync(join(out, '50'))).toBe(false);
  });
});
