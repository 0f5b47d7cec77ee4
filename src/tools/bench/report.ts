/**
 * The benchmark's figures: their shape, the targets they are judged against, and the Markdown
 * table the README shows. Pure functions over plain data, so they are tested without a build.
 */
import type { ArchiveSize } from '../synthetic/generate.ts';
import type { SiteStats } from './site-stats.ts';

/**
 * A reader's first search on a built site: the bytes of every file the search page fetched
 * after its own HTML (search code, Pagefind library, index chunks, filters, fragments), as
 * served gzip- and brotli-compressed. Measured by the search engineer's own
 * `measureFirstQuery` (src/checks/first-query.ts, also behind scripts/measure-search.ts).
 */
export interface SearchMeasure {
  query: string;
  /** What the page said it found (e.g. "1.234 kết quả"). */
  found: string;
  bytes: { raw: number; gzip: number; brotli: number };
  /** Gzip (and brotli) bytes and file count per kind of file. */
  byKind: Record<string, { count: number; gzip: number; brotli?: number }>;
}

/** One word's first search: in the default scope, in the whole country, and as a reader waits for it. */
export interface QueryFigures {
  query: string;
  /** A word on most pages ("nong thon", "xa", "ubnd", "ke hoach") or on few (a commune's name, a document number). */
  kind: 'common' | 'rare';
  /** The first query in the default scope: the largest province's, or the one index of a small archive. */
  scope: SearchMeasure;
  /** The first query over the whole country (the same as `scope` when the archive has one index). */
  country: SearchMeasure;
  /**
   * Milliseconds from the last keystroke to the first result drawn, typing at phone speed into the
   * header box of a page in the default scope, at 1.6 Mbps / 150 ms (src/checks/reader-time.ts).
   */
  readerMs: number;
}

/** The search figures of one size. */
export interface SearchFigures {
  /** Indexes the build wrote (one per province once split, src/search/scopes.ts). */
  indexes: number;
  /** The scope of the measured first queries: the largest province's index, or null for one index. */
  defaultScope: { id: string; name: string; pages: number } | null;
  /** The page whose header box was typed into for `readerMs`. */
  timedPage: string;
  queries: QueryFigures[];
}

/** One search index as a build got it (from the build's report, src/search/indexing.ts). */
export interface MeasuredIndex {
  /** A province's place id, "_chung", or "" for the one index of a small archive. */
  id: string;
  pages: number;
  /** Copied from the previous build (its pages unchanged). */
  reused: boolean;
  /** Peak memory of the Pagefind process that wrote it (null when reused or not measurable). */
  peakBytes: number | null;
}

/** One build measured in its own process. */
export interface MeasuredBuild {
  /** Wall time of the whole process, start-up included. */
  wallSeconds: number;
  /** Peak memory of the process tree in bytes (null where it cannot be read). */
  peakBytes: number | null;
  /** Seconds per pipeline stage (validate, astro, pagefind, post-build steps, publish). */
  stages: Array<{ name: string; seconds: number; start?: number }>;
  /** Largest sampled memory of the process tree within each stage, in bytes. */
  stagePeaks?: Record<string, number>;
  /** The search indexes, written or reused. */
  indexes?: MeasuredIndex[];
}

/** Everything measured at one size. */
export interface SizeResult {
  /** The generated archive's sizes. */
  archive: ArchiveSize;
  /** Record files generated. */
  records: number;
  /** The first build, with Astro's content cache emptied. */
  cold: MeasuredBuild;
  /** The build after one meeting changed, content cache kept; null when not run (`--cold-only`). */
  warm: MeasuredBuild | null;
  site: SiteStats;
  search: SearchFigures;
  /** The commit the size was measured on (sizes may come from separate runs, see `--merge`). */
  commit?: string;
  /** The plain Astro site of the same meetings (one page each). */
  baseline: { wallSeconds: number; peakBytes: number | null; pages: number } | null;
}

/** The machine the figures were taken on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
}

/** The whole benchmark: machine, per-size results and the targets judged on them. */
export interface BenchReport {
  /** ISO time the run finished. */
  finishedAt: string;
  seed: string;
  machine: Machine;
  sizes: SizeResult[];
  targets: TargetCheck[];
}

/** One target of issues 6 and 14, with the measured value and whether it was met. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The largest peak memory allowed at the largest size. */
export const MEMORY_LIMIT_BYTES = 4 * 1024 ** 3;

/** The most a first query in the default scope may download at the largest size (brotli). */
export const FIRST_QUERY_LIMIT_BYTES = 100 * 1024;

/** The longest a reader may wait after the last keystroke at the largest size. */
export const READER_LIMIT_MS = 1500;

/** The most memory any one search index took to write. */
export function largestIndexPeak(build: MeasuredBuild): number | null {
  const peaks = (build.indexes ?? []).map((i) => i.peakBytes).filter((p) => p !== null);
  return peaks.length > 0 ? Math.max(...peaks) : null;
}

/** The indexes a build wrote again (not reused). */
export function rewrittenIndexes(build: MeasuredBuild): MeasuredIndex[] {
  return (build.indexes ?? []).filter((i) => !i.reused);
}

/** Milliseconds of full build (the whole process) per page written. */
export function msPerPage(result: SizeResult): number {
  return (result.cold.wallSeconds * 1000) / Math.max(1, result.site.pages);
}

/** Milliseconds of baseline build per baseline page (NaN when the baseline was not built). */
export function baselineMsPerPage(result: SizeResult): number {
  if (!result.baseline) return Number.NaN;
  return (result.baseline.wallSeconds * 1000) / Math.max(1, result.baseline.pages);
}

/** Judges the targets of issues 6 and 14 (sizes in any order; smallest and largest by meetings). */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  if (sizes.length === 0) return [];
  const sorted = [...sizes].sort((a, b) => a.archive.meetings - b.archive.meetings);
  return [...buildTargets(sorted), ...searchTargets(sorted.at(-1)!)];
}

/** The meetings of a size, for people: "10,000". */
function meetingsLabel(s: SizeResult): string {
  return s.archive.meetings.toLocaleString('en');
}

/** Issue 6's targets on sizes sorted by meetings: build cost, memory, rebuild, page weight. */
function buildTargets(sorted: readonly SizeResult[]): TargetCheck[] {
  const smallest = sorted[0]!;
  const largest = sorted.at(-1)!;
  const growth = msPerPage(largest) / msPerPage(smallest);
  const withBaseline = sorted.filter((s) => s.baseline);
  const ratios = withBaseline.map((s) => msPerPage(s) / baselineMsPerPage(s));
  const withWarm = sorted.filter((s) => s.warm);
  const warmFaster =
    withWarm.length > 0 && withWarm.every((s) => s.warm!.wallSeconds < s.cold.wallSeconds);
  const peak = (s: SizeResult) => Math.max(s.cold.peakBytes ?? 0, s.warm?.peakBytes ?? 0);
  const weightGrowth = largest.site.pageGzip.max / Math.max(1, smallest.site.pageGzip.max);
  return [
    {
      target: `cost per page at the largest size ≤ 1.2× the smallest`,
      measured: `${msPerPage(largest).toFixed(2)} ms at ${meetingsLabel(largest)} vs ${msPerPage(smallest).toFixed(2)} ms at ${meetingsLabel(smallest)} meetings: ${growth.toFixed(2)}×`,
      met: growth <= 1.2,
    },
    {
      target: 'full build per page ≤ 1.5× the plain Astro baseline',
      measured:
        withBaseline.map((s, i) => `${ratios[i]!.toFixed(2)}× at ${meetingsLabel(s)}`).join(', ') ||
        'baseline not built',
      met: ratios.length > 0 && ratios.every((r) => r <= 1.5),
    },
    {
      target: 'peak memory < 4 GB at the largest size',
      measured:
        largest.cold.peakBytes === null
          ? 'not measurable here (no /proc)'
          : `${formatBytes(peak(largest))} at ${meetingsLabel(largest)} meetings`,
      met: largest.cold.peakBytes !== null && peak(largest) < MEMORY_LIMIT_BYTES,
    },
    {
      target: 'rebuild after one record changed faster than a cold build',
      measured:
        withWarm
          .map(
            (s) =>
              `${s.warm!.wallSeconds.toFixed(1)} s vs ${s.cold.wallSeconds.toFixed(1)} s at ${meetingsLabel(s)}`,
          )
          .join(', ') || 'no rebuild measured',
      met: warmFaster,
    },
    {
      target:
        'page weight does not grow with the archive (largest page at the largest size ≤ 1.1× at the smallest)',
      measured: `max ${formatBytes(largest.site.pageGzip.max)} (${largest.site.pageGzip.maxPage}) vs ${formatBytes(smallest.site.pageGzip.max)}: ${weightGrowth.toFixed(2)}×`,
      met: weightGrowth <= 1.1,
    },
  ];
}

/** Issue 14's targets at the largest size: first query bytes, reader wait, indexes rewritten. */
function searchTargets(largest: SizeResult): TargetCheck[] {
  const queries = largest.search.queries;
  const heaviest = queries.reduce<QueryFigures | undefined>(
    (a, q) => (a && a.scope.bytes.brotli >= q.scope.bytes.brotli ? a : q),
    undefined,
  );
  const slowest = queries.reduce<QueryFigures | undefined>(
    (a, q) => (a && a.readerMs >= q.readerMs ? a : q),
    undefined,
  );
  const rewritten = largest.warm ? rewrittenIndexes(largest.warm) : [];
  return [
    {
      target: `first query in the default scope ≤ ${formatBytes(FIRST_QUERY_LIMIT_BYTES)} brotli for rare and common words at the largest size`,
      measured: heaviest
        ? `largest "${heaviest.query}" ${formatBytes(heaviest.scope.bytes.brotli)} at ${meetingsLabel(largest)} meetings (${scopeLabel(largest)})`
        : 'no query measured',
      met:
        queries.length > 0 && queries.every((q) => q.scope.bytes.brotli <= FIRST_QUERY_LIMIT_BYTES),
    },
    {
      target: `results drawn within ${(READER_LIMIT_MS / 1000).toFixed(1)} s of the last keystroke at 1.6 Mbps / 150 ms at the largest size`,
      measured: slowest
        ? `slowest "${slowest.query}" ${(slowest.readerMs / 1000).toFixed(2)} s at ${meetingsLabel(largest)} meetings`
        : 'no query timed',
      met: queries.length > 0 && queries.every((q) => q.readerMs <= READER_LIMIT_MS),
    },
    {
      target: "a one-meeting change rewrites one province's index",
      measured: largest.warm
        ? `${rewritten.length} of ${largest.warm.indexes?.length ?? 0} rewritten at ${meetingsLabel(largest)} meetings${rewritten.length > 0 ? ` (${rewritten.map((i) => i.id || 'the one index').join(', ')})` : ''}`
        : 'no rebuild measured',
      met:
        largest.warm !== null &&
        rewritten.length === 1 &&
        (largest.search.defaultScope !== null || (largest.warm.indexes?.length ?? 0) === 1),
    },
  ];
}

/** The default scope of a size, for people. */
function scopeLabel(s: SizeResult): string {
  const scope = s.search.defaultScope;
  return scope
    ? `${scope.name}, the largest province: ${scope.pages.toLocaleString('en')} pages`
    : 'one index';
}

/** Bytes for people: 1,234 B, 12.3 KB, 1.23 MB, 2.1 GB (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** The post-build steps: every stage that is not one of the named ones. */
function otherSeconds(build: MeasuredBuild): number {
  return build.stages
    .filter((s) => !['validate', 'astro', 'pagefind', 'publish'].includes(s.name))
    .reduce((sum, s) => sum + s.seconds, 0);
}

/** Seconds a build spent in the named stage (0 when it has no such stage). */
function stage(build: MeasuredBuild, name: string): number {
  return build.stages.find((s) => s.name === name)?.seconds ?? 0;
}

/** One cell listing each query of a kind with its figure: `"nong thon" 88.4 KB; "xa" 90.3 KB`. */
function queryCells(
  s: SizeResult,
  kind: QueryFigures['kind'],
  figure: (q: QueryFigures) => string,
): string {
  const queries = s.search.queries.filter((q) => q.kind === kind);
  return queries.length > 0
    ? queries.map((q) => `"${q.query}" ${figure(q)}`).join('; ')
    : 'not measured';
}

/** One row of the table: its name and the cell of one size. */
type Row = [name: string, cell: (s: SizeResult) => string];

/** The rows of the archive and its build: time per stage, the baseline, the rebuild, memory. */
const BUILD_ROWS: readonly Row[] = [
  [
    'communes / villages / districts / provinces',
    (s) =>
      `${s.archive.communes} / ${s.archive.villages} / ${s.archive.districts} / ${s.archive.provinces}`,
  ],
  ['records (files)', (s) => String(s.records)],
  ['pages written', (s) => String(s.site.pages)],
  ['validate', (s) => seconds(stage(s.cold, 'validate'))],
  ['Astro', (s) => seconds(stage(s.cold, 'astro'))],
  ['Pagefind', (s) => seconds(stage(s.cold, 'pagefind'))],
  ['other outputs (post-build steps)', (s) => seconds(otherSeconds(s.cold))],
  ['publish', (s) => seconds(stage(s.cold, 'publish'))],
  ['full build, wall (cold cache)', (s) => seconds(s.cold.wallSeconds)],
  ['full build per page', (s) => `${msPerPage(s).toFixed(2)} ms`],
  [
    'plain Astro baseline: pages, wall',
    (s) => (s.baseline ? `${s.baseline.pages}, ${seconds(s.baseline.wallSeconds)}` : 'not run'),
  ],
  ['baseline per page', (s) => (s.baseline ? `${baselineMsPerPage(s).toFixed(2)} ms` : 'not run')],
  [
    'per page, ours ÷ baseline',
    (s) => (s.baseline ? `${(msPerPage(s) / baselineMsPerPage(s)).toFixed(2)}×` : 'not run'),
  ],
  [
    'rebuild after one meeting changed (warm cache)',
    (s) =>
      s.warm
        ? `${seconds(s.warm.wallSeconds)} (Astro ${seconds(stage(s.warm, 'astro'))}, post-build ${seconds(otherSeconds(s.warm))})`
        : 'not run',
  ],
  [
    'peak memory (build process tree)',
    (s) =>
      s.cold.peakBytes === null
        ? 'n/a'
        : formatBytes(Math.max(s.cold.peakBytes, s.warm?.peakBytes ?? 0)),
  ],
  [
    'memory by stage: validate / Astro / Pagefind',
    (s) =>
      s.cold.stagePeaks
        ? ['validate', 'astro', 'pagefind']
            .map((n) => formatBytes(s.cold.stagePeaks![n] ?? 0))
            .join(' / ')
        : 'n/a',
  ],
];

/** The rows of the site written: its size and the weight of its pages. */
const SITE_ROWS: readonly Row[] = [
  ['size of dist/', (s) => formatBytes(s.site.distBytes)],
  [
    'page weight gzip: median / p95 / max',
    (s) =>
      `${formatBytes(s.site.pageGzip.median)} / ${formatBytes(s.site.pageGzip.p95)} / ${formatBytes(s.site.pageGzip.max)}`,
  ],
  ['largest page', (s) => `\`${s.site.pageGzip.maxPage}\``],
];

/** The rows of search: indexes, a first query's download and wait, indexes rewritten. */
const SEARCH_ROWS: readonly Row[] = [
  [
    'search indexes (default scope: its pages)',
    (s) =>
      s.search.defaultScope
        ? `${s.search.indexes} (${s.search.defaultScope.name}, the largest province: ${s.search.defaultScope.pages})`
        : `1, not split (${s.cold.indexes?.[0]?.pages ?? '?'})`,
  ],
  [
    'first query, default scope, brotli: common words',
    (s) => queryCells(s, 'common', (q) => formatBytes(q.scope.bytes.brotli)),
  ],
  [
    'first query, default scope, brotli: rare words',
    (s) => queryCells(s, 'rare', (q) => formatBytes(q.scope.bytes.brotli)),
  ],
  [
    'first query, whole country, brotli: common words',
    (s) => queryCells(s, 'common', (q) => formatBytes(q.country.bytes.brotli)),
  ],
  [
    'first query, whole country, brotli: rare words',
    (s) => queryCells(s, 'rare', (q) => formatBytes(q.country.bytes.brotli)),
  ],
  [
    'results drawn after the last keystroke (1.6 Mbps, 150 ms): common words',
    (s) => queryCells(s, 'common', (q) => `${(q.readerMs / 1000).toFixed(2)} s`),
  ],
  [
    'results drawn after the last keystroke (1.6 Mbps, 150 ms): rare words',
    (s) => queryCells(s, 'rare', (q) => `${(q.readerMs / 1000).toFixed(2)} s`),
  ],
  [
    'indexing peak memory: largest index / whole build',
    (s) => {
      const index = largestIndexPeak(s.cold);
      return `${index === null ? 'n/a' : formatBytes(index)} / ${s.cold.peakBytes === null ? 'n/a' : formatBytes(s.cold.peakBytes)}`;
    },
  ],
  [
    'rebuild after one meeting changed: indexes rewritten',
    (s) => {
      if (!s.warm) return 'not run';
      const rewritten = rewrittenIndexes(s.warm);
      const ids = rewritten.map((i) => (i.id ? `\`${i.id}\`` : 'the one index')).join(', ');
      return `${rewritten.length} of ${s.warm.indexes?.length ?? 0}${ids ? ` (${ids})` : ''}`;
    },
  ],
];

/** The report as a Markdown table (one column per size) with the machine and the targets. */
export function formatMarkdown(report: BenchReport): string {
  const sizes = [...report.sizes].sort((a, b) => a.archive.meetings - b.archive.meetings);
  const targets = report.targets.map(
    (t) => `- ${t.met ? 'met' : '**not met**'}: ${t.target}: ${t.measured}`,
  );
  return [...formatTable(sizes), '', machineLine(report), '', ...targets, ''].join('\n');
}

/** The table's lines: a header of meetings, then one row per figure, one column per size. */
function formatTable(sizes: readonly SizeResult[]): string[] {
  const rows = [...BUILD_ROWS, ...SITE_ROWS, ...SEARCH_ROWS];
  const header = `| meetings | ${sizes.map(meetingsLabel).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---:').join('|')}|`;
  const body = rows.map(([name, cell]) => `| ${name} | ${sizes.map(cell).join(' | ')} |`);
  return [header, rule, ...body];
}

/** The sentence naming the machine, the seed, when the run finished and the commits measured. */
function machineLine(report: BenchReport): string {
  const m = report.machine;
  const commits = [...new Set(report.sizes.map((s) => s.commit).filter((c) => c !== undefined))];
  return `Machine: ${m.cpus} × ${m.cpuModel}, ${formatBytes(m.memoryBytes)} memory, Node ${m.node}, ${m.platform}; seed \`${report.seed}\`; finished ${report.finishedAt}${commits.length > 0 ? `; code at ${commits.join(', ')}` : ''}.`;
}
