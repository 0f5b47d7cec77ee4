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
  /** Gzip bytes and file count per kind of file. */
  byKind: Record<string, { count: number; gzip: number }>;
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
  search: SearchMeasure;
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

/** One target of issue 6, with the measured value and whether it was met. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The largest peak memory allowed at the largest size. */
export const MEMORY_LIMIT_BYTES = 4 * 1024 ** 3;

/** Milliseconds of full build (the whole process) per page written. */
export function msPerPage(result: SizeResult): number {
  return (result.cold.wallSeconds * 1000) / Math.max(1, result.site.pages);
}

/** Milliseconds of baseline build per baseline page (NaN when the baseline was not built). */
export function baselineMsPerPage(result: SizeResult): number {
  if (!result.baseline) return Number.NaN;
  return (result.baseline.wallSeconds * 1000) / Math.max(1, result.baseline.pages);
}

/** Judges the targets of issue 6 on the results (sizes in any order; smallest and largest by meetings). */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  if (sizes.length === 0) return [];
  const sorted = [...sizes].sort((a, b) => a.archive.meetings - b.archive.meetings);
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
  const label = (s: SizeResult) => `${s.archive.meetings.toLocaleString('en')}`;
  return [
    {
      target: `cost per page at the largest size ≤ 1.2× the smallest`,
      measured: `${msPerPage(largest).toFixed(2)} ms at ${label(largest)} vs ${msPerPage(smallest).toFixed(2)} ms at ${label(smallest)} meetings: ${growth.toFixed(2)}×`,
      met: growth <= 1.2,
    },
    {
      target: 'full build per page ≤ 1.5× the plain Astro baseline',
      measured:
        withBaseline.map((s, i) => `${ratios[i]!.toFixed(2)}× at ${label(s)}`).join(', ') ||
        'baseline not built',
      met: ratios.length > 0 && ratios.every((r) => r <= 1.5),
    },
    {
      target: 'peak memory < 4 GB at the largest size',
      measured:
        largest.cold.peakBytes === null
          ? 'not measurable here (no /proc)'
          : `${formatBytes(peak(largest))} at ${label(largest)} meetings`,
      met: largest.cold.peakBytes !== null && peak(largest) < MEMORY_LIMIT_BYTES,
    },
    {
      target: 'rebuild after one record changed faster than a cold build',
      measured:
        withWarm
          .map(
            (s) =>
              `${s.warm!.wallSeconds.toFixed(1)} s vs ${s.cold.wallSeconds.toFixed(1)} s at ${label(s)}`,
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

function stage(build: MeasuredBuild, name: string): number {
  return build.stages.find((s) => s.name === name)?.seconds ?? 0;
}

/** The report as a Markdown table (one column per size) with the machine and the targets. */
export function formatMarkdown(report: BenchReport): string {
  const sizes = [...report.sizes].sort((a, b) => a.archive.meetings - b.archive.meetings);
  const rows: Array<[string, (s: SizeResult) => string]> = [
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
    [
      'baseline per page',
      (s) => (s.baseline ? `${baselineMsPerPage(s).toFixed(2)} ms` : 'not run'),
    ],
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
    ['size of dist/', (s) => formatBytes(s.site.distBytes)],
    [
      'page weight gzip: median / p95 / max',
      (s) =>
        `${formatBytes(s.site.pageGzip.median)} / ${formatBytes(s.site.pageGzip.p95)} / ${formatBytes(s.site.pageGzip.max)}`,
    ],
    ['largest page', (s) => `\`${s.site.pageGzip.maxPage}\``],
    [
      `first query download, gzip ("${sizes[0]?.search.query ?? ''}")`,
      (s) =>
        `${formatBytes(s.search.bytes.gzip)} (index ${formatBytes(s.search.byKind['index']?.gzip ?? 0)}, fragments ${formatBytes(s.search.byKind['fragments']?.gzip ?? 0)})`,
    ],
  ];
  const header = `| meetings | ${sizes.map((s) => s.archive.meetings.toLocaleString('en')).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---:').join('|')}|`;
  const body = rows.map(([name, cell]) => `| ${name} | ${sizes.map(cell).join(' | ')} |`);
  const m = report.machine;
  const commits = [...new Set(report.sizes.map((s) => s.commit).filter((c) => c !== undefined))];
  const machine = `Machine: ${m.cpus} × ${m.cpuModel}, ${formatBytes(m.memoryBytes)} memory, Node ${m.node}, ${m.platform}; seed \`${report.seed}\`; finished ${report.finishedAt}${commits.length > 0 ? `; code at ${commits.join(', ')}` : ''}.`;
  const targets = report.targets.map(
    (t) => `- ${t.met ? 'met' : '**not met**'}: ${t.target}: ${t.measured}`,
  );
  return [header, rule, ...body, '', machine, '', ...targets, ''].join('\n');
}
