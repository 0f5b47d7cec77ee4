import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkTargets,
  formatBytes,
  formatMarkdown,
  msPerPage,
  type SizeResult,
} from '../../../src/tools/bench/report.ts';
import {
  peakPerStage,
  processTree,
  readProcessMemory,
  runMeasured,
} from '../../../src/tools/bench/measure-process.ts';
import { measureSite, quantile } from '../../../src/tools/bench/site-stats.ts';
import { sizeForMeetings } from '../../../src/tools/synthetic/generate.ts';

function result(
  meetings: number,
  opts: {
    wall: number;
    pages: number;
    baselineWall: number;
    warm: number;
    maxGzip: number;
    peak: number;
    /** First-query brotli bytes and reader wait of every query; indexes the rebuild rewrote. */
    search?: { brotli: number; readerMs: number; rewritten: number };
  },
): SizeResult {
  const search = opts.search ?? { brotli: 90_000, readerMs: 1200, rewritten: 1 };
  const measure = (query: string, brotli: number) => ({
    query,
    found: '12 kết quả',
    bytes: { raw: brotli * 3, gzip: brotli * 1.2, brotli },
    byKind: { index: { count: 2, gzip: 40_000 }, fragments: { count: 5, gzip: 8000 } },
  });
  const indexes = ['ha-tinh', 'thanh-hoa', '_chung'].map((id, i) => ({
    id,
    pages: 100,
    reused: i >= search.rewritten,
    peakBytes: i >= search.rewritten ? null : 2e8,
  }));
  return {
    archive: sizeForMeetings(meetings),
    records: meetings * 3,
    cold: {
      wallSeconds: opts.wall,
      peakBytes: opts.peak,
      stages: [
        { name: 'validate', seconds: 1 },
        { name: 'astro', seconds: opts.wall - 3 },
        { name: 'pagefind', seconds: 1 },
        { name: 'precompress', seconds: 0.5 },
        { name: 'open-data', seconds: 0.25 },
        { name: 'publish', seconds: 0.25 },
      ],
      indexes: indexes.map((i) => ({ ...i, reused: false, peakBytes: 2e8 })),
    },
    warm: {
      wallSeconds: opts.warm,
      peakBytes: opts.peak / 2,
      stages: [{ name: 'astro', seconds: opts.warm - 1 }],
      indexes,
    },
    site: {
      pages: opts.pages,
      distBytes: 1e6,
      files: opts.pages * 2,
      pageGzip: { median: 3000, p95: 5000, max: opts.maxGzip, maxPage: 'index.html' },
      sections: {},
    },
    search: {
      indexes: 3,
      defaultScope: { id: 'ha-tinh', name: 'Hà Tĩnh', pages: 100 },
      timedPage: '/dia-ban/ha-tinh/',
      queries: [
        ['nong thon', 'common'],
        ['lam hop', 'rare'],
      ].map(([query, kind]) => ({
        query: query!,
        kind: kind as 'common' | 'rare',
        scope: measure(query!, search.brotli),
        country: measure(query!, search.brotli * 4),
        readerMs: search.readerMs,
      })),
    },
    baseline: { wallSeconds: opts.baselineWall, peakBytes: 1e8, pages: meetings },
  };
}

describe('checkTargets', () => {
  test('meets every target when cost per page is flat, near the baseline, warm faster and pages light', () => {
    const sizes = [
      result(1000, {
        wall: 100,
        pages: 4000,
        baselineWall: 20,
        warm: 80,
        maxGzip: 8000,
        peak: 1e9,
      }),
      result(20_000, {
        wall: 2000,
        pages: 80_000,
        baselineWall: 400,
        warm: 1500,
        maxGzip: 8100,
        peak: 3e9,
      }),
    ];
    expect(msPerPage(sizes[0]!)).toBe(25);
    expect(checkTargets(sizes).map((t) => t.met)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test('reports each target missed with its figure', () => {
    const sizes = [
      result(20_000, {
        wall: 5000,
        pages: 80_000,
        baselineWall: 100,
        warm: 6000,
        maxGzip: 40_000,
        peak: 5 * 1024 ** 3,
        search: { brotli: 180_000, readerMs: 2500, rewritten: 3 },
      }),
      result(1000, {
        wall: 100,
        pages: 4000,
        baselineWall: 20,
        warm: 80,
        maxGzip: 8000,
        peak: 1e9,
      }),
    ];
    const checks = checkTargets(sizes);
    expect(checks.map((t) => t.met)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(checks[0]!.measured).toContain('2.50×');
    expect(checks[2]!.measured).toContain('5.00 GB');
    expect(checks[5]!.measured).toBe(
      'largest "nong thon" 175.8 KB at 20,000 meetings (Hà Tĩnh, the largest province: 100 pages)',
    );
    expect(checks[6]!.measured).toBe('slowest "nong thon" 2.50 s at 20,000 meetings');
    expect(checks[7]!.measured).toBe(
      '3 of 3 rewritten at 20,000 meetings (ha-tinh, thanh-hoa, _chung)',
    );
  });
});

describe('formatMarkdown', () => {
  test('gives one column per size, smallest first, with the machine and the targets', () => {
    const sizes = [
      result(5000, {
        wall: 500,
        pages: 20_000,
        baselineWall: 100,
        warm: 400,
        maxGzip: 8000,
        peak: 2e9,
      }),
      result(1000, {
        wall: 100,
        pages: 4000,
        baselineWall: 20,
        warm: 80,
        maxGzip: 8000,
        peak: 1e9,
      }),
    ];
    const md = formatMarkdown({
      finishedAt: '2026-11-22T20:00:00.000Z',
      seed: 'ntm',
      machine: {
        cpus: 2,
        cpuModel: 'Test CPU',
        memoryBytes: 24 * 1024 ** 3,
        node: '24.21.0',
        platform: 'linux',
      },
      sizes,
      targets: checkTargets(sizes),
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('| meetings | 1,000 | 5,000 |');
    expect(lines).toContain('| pages written | 4000 | 20000 |');
    expect(lines).toContain('| other outputs (post-build steps) | 0.8 s | 0.8 s |');
    expect(md).toContain('Machine: 2 × Test CPU, 24.00 GB memory');
    expect(md).toContain('- met: peak memory < 4 GB');
    expect(lines).toContain(
      '| first query, default scope, brotli: common words | "nong thon" 87.9 KB | "nong thon" 87.9 KB |',
    );
    expect(lines).toContain(
      '| first query, whole country, brotli: rare words | "lam hop" 351.6 KB | "lam hop" 351.6 KB |',
    );
    expect(lines).toContain(
      '| results drawn after the last keystroke (1.6 Mbps, 150 ms): rare words | "lam hop" 1.20 s | "lam hop" 1.20 s |',
    );
    expect(lines).toContain(
      '| indexing peak memory: largest index / whole build | 190.7 MB / 953.7 MB | 190.7 MB / 1.86 GB |',
    );
    expect(lines).toContain(
      '| rebuild after one meeting changed: indexes rewritten | 1 of 3 (`ha-tinh`) | 1 of 3 (`ha-tinh`) |',
    );
  });
});

describe('formatBytes and quantile', () => {
  test.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [5 * 1024 ** 2, '5.0 MB'],
    [3 * 1024 ** 3, '3.00 GB'],
  ])('%d bytes read as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  test('takes the nearest-rank quantile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('measureSite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-site-stats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('counts pages outside pagefind/, the folder bytes and gzip weights per section', () => {
    mkdirSync(join(dir, 'cuoc-hop/a'), { recursive: true });
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>trang chủ</p>');
    writeFileSync(join(dir, 'cuoc-hop/a/index.html'), `<p>${'cuộc họp '.repeat(500)}</p>`);
    writeFileSync(join(dir, 'pagefind/x.html'), '<p>not a page</p>');
    writeFileSync(join(dir, 'style.css'), 'p{}');
    const stats = measureSite(dir);
    expect(stats.pages).toBe(2);
    expect(stats.files).toBe(4);
    expect(stats.pageGzip.maxPage).toBe('cuoc-hop/a/index.html');
    expect(stats.sections['cuoc-hop']!.pages).toBe(1);
    expect(stats.sections['']!.pages).toBe(1);
    expect(stats.pageGzip.max).toBeLessThan(500);
  });
});

describe('runMeasured', () => {
  test('reports exit code, output, wall time and the peak memory of the process tree', async () => {
    // A child that holds ~80 MB for a moment.
    const run = await runMeasured(
      process.execPath,
      [
        '-e',
        'const b = Buffer.alloc(80 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 400);',
      ],
      { cwd: process.cwd() },
    );
    expect(run.code).toBe(0);
    expect(run.output.trim()).toBe('1');
    expect(run.wallSeconds).toBeGreaterThan(0.3);
    expect(run.peakBytes).toBeGreaterThan(80 * 1024 * 1024);
  });

  test('reads its own process memory and tree', () => {
    expect(readProcessMemory(process.pid)!.rss).toBeGreaterThan(0);
    expect(processTree(process.pid)[0]).toBe(process.pid);
  });
});

describe('peakPerStage', () => {
  test('takes the largest sample in each stage window, counted back from the end', () => {
    const samples: Array<[number, number]> = [
      [0.5, 10],
      [1.5, 50],
      [2.5, 70],
      [3.5, 20],
      [4.5, 90],
      [5.5, 30],
    ];
    const stages = [
      { name: 'validate', seconds: 2 },
      { name: 'astro', seconds: 2 },
      { name: 'publish', seconds: 1 },
    ];
    expect(peakPerStage(samples, stages, 6)).toEqual({ publish: 30, astro: 90, validate: 70 });
  });

  test('places stages that carry their start, overlapping ones included, after the start-up', () => {
    const samples: Array<[number, number]> = [
      [0.5, 99],
      [1.5, 50],
      [2.5, 70],
      [3.5, 20],
      [4.5, 90],
      [5.5, 30],
    ];
    // The build took 5 s of a 6 s process: 1 s of start-up (the 99 belongs to no stage).
    const stages = [
      { name: 'validate', seconds: 1.2, start: 0 },
      { name: 'astro', seconds: 3, start: 0 },
      { name: 'pagefind', seconds: 2, start: 3 },
    ];
    expect(peakPerStage(samples, stages, 6)).toEqual({ validate: 50, astro: 70, pagefind: 90 });
  });
});
