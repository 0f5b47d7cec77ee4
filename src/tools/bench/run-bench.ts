/**
 * The benchmark behind `npm run bench`: for each size, generate a synthetic archive, build it
 * with the real pipeline in a child process (cold: Astro's content cache emptied), measure the
 * site, the first search query, a rebuild after one meeting changed (cache kept), and the same
 * meetings as a plain Astro site. Every build runs in its own folders under `workDir/<size>/`
 * (content, staging, cache, dist), so it never touches `dist/`, `.build/dist` or another
 * build's Astro cache.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArchive, sizeForMeetings } from '../synthetic/generate.ts';
import { writeArchive } from '../synthetic/write.ts';
import { peakPerStage, runMeasured } from './measure-process.ts';
import {
  checkTargets,
  type BenchReport,
  type MeasuredBuild,
  type QueryFigures,
  type SearchFigures,
  type SearchMeasure,
  type SizeResult,
} from './report.ts';
import type { BuildReport } from '../../build/pipeline.ts';
import { foldVietnamese } from '../../domain/fold-vietnamese.ts';
import { readIndexedPages } from '../../search/bundle.ts';
import { fromIndexText } from '../../search/folding.ts';
import {
  indexFolder,
  provinceIndexes,
  SCOPE_LIST_FILE,
  WHOLE_COUNTRY,
  type ScopeIndex,
  type ScopeList,
} from '../../search/scopes.ts';
import { measureSite } from './site-stats.ts';

/** What to run. */
export interface BenchOptions {
  /** Numbers of meetings, one site each. */
  sizes: number[];
  /** The project root. */
  root: string;
  /** Where sites are generated and built (a folder under `.build/`). */
  workDir: string;
  seed: string;
  /** Words found on most pages, searched as a reader's first query. Default: `COMMON_QUERIES`. */
  commonQueries?: string[];
  /** Measures a reader's first search for `query` on the site built in `siteDir`, in `scope` (`pham-vi`) if given. */
  measureSearch: (siteDir: string, query: string, scope?: string) => Promise<SearchMeasure>;
  /** Milliseconds from the last keystroke to the first result, typing `query` into the header box of `pagePath`. */
  timeSearch: (siteDir: string, pagePath: string, query: string) => Promise<number>;
  /** Split the search index from this many indexed pages (default: the build's own threshold). */
  splitAt?: number;
  /** Progress lines. */
  log: (line: string) => void;
  /** Skip the rebuild and the baseline (for the largest sizes when time is short). Default: false. */
  coldOnly?: boolean;
  /** Skip only the plain Astro baseline (the rebuild is still measured). Default: false. */
  noBaseline?: boolean;
  /** Remove each size's folders once measured. Default: false. */
  clean?: boolean;
  /** Called with the report so far after each size, so a long run leaves figures behind as it goes. */
  onProgress?: (report: BenchReport) => void;
}

/** Words on nearly every page, the ones nearly every reader types (issue 14). */
export const COMMON_QUERIES = ['nong thon', 'xa', 'ubnd', 'ke hoach'];

/** The fixed build day, so task states do not depend on the day the benchmark runs. */
export const BENCH_BUILD_DATE = '2026-11-22';

function machine(): BenchReport['machine'] {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.versions.node,
    platform: `${platform()} ${release()}`,
  };
}

async function buildOnce(
  root: string,
  dirs: { content: string; dist: string; staging: string; cache: string },
  reportFile: string,
  splitAt?: number,
): Promise<MeasuredBuild> {
  const run = await runMeasured(
    process.execPath,
    [
      join(root, 'scripts/bench/build-site.ts'),
      dirs.content,
      dirs.dist,
      dirs.staging,
      dirs.cache,
      reportFile,
    ],
    {
      cwd: root,
      env: {
        BUILD_DATE: BENCH_BUILD_DATE,
        ...(splitAt !== undefined ? { NTM_SEARCH_SPLIT_AT: String(splitAt) } : {}),
      },
    },
  );
  if (run.code !== 0)
    throw new Error(`the build of ${dirs.content} failed (exit ${run.code}):\n${run.output}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
  return {
    wallSeconds: run.wallSeconds,
    peakBytes: run.peakBytes,
    stages: report.stages,
    stagePeaks: peakPerStage(run.samples, report.stages, run.wallSeconds),
    indexes: (report.search?.indexes ?? []).map(({ id, pages, reused, peakBytes }) => ({
      id,
      pages,
      reused,
      peakBytes,
    })),
  };
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

/** Changes one meeting (a sentence added to its body), as an editor's correction would. */
function changeOneMeeting(contentDir: string): string {
  const folder = join(contentDir, 'meetings');
  const first = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()[0];
  if (!first) throw new Error(`no meeting in ${folder} to change`);
  appendFileSync(join(folder, first), '\nĐã cập nhật: bổ sung một câu để đo lần dựng lại.\n');
  return first;
}

/** The commit checked out in `root`, with "+changes" when files differ from it. */
function currentCommit(root: string): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return undefined;
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

/**
 * The search figures of a built site: each common word and two rare ones (a commune's name and a
 * document number of the default scope, as a reader types them) searched first in the default
 * scope (the largest province's index, or the one index of a small archive) and in the whole
 * country, and timed as a reader on a phone waits for them.
 */
async function measureSearchFigures(
  siteDir: string,
  options: BenchOptions,
): Promise<SearchFigures> {
  const list = JSON.parse(
    readFileSync(join(siteDir, 'pagefind', SCOPE_LIST_FILE), 'utf8'),
  ) as ScopeList;
  const largest = provinceIndexes(list).reduce<ScopeIndex | undefined>(
    (a, i) => (a && a.pages >= i.pages ? a : i),
    undefined,
  );
  const folder = join(siteDir, 'pagefind', largest ? indexFolder(largest.id) : '');
  const queries = [
    ...(options.commonQueries ?? COMMON_QUERIES).map((query) => ({
      query,
      kind: 'common' as const,
    })),
    ...(await rareQueries(folder)).map((query) => ({ query, kind: 'rare' as const })),
  ];
  // A reader of the province opens its page; on one index, the home page.
  const timedPage = largest ? `/dia-ban/${largest.id}/` : '/';
  const figures: QueryFigures[] = [];
  for (const { query, kind } of queries) {
    const scope = await options.measureSearch(siteDir, query, largest?.id);
    const country = largest ? await options.measureSearch(siteDir, query, WHOLE_COUNTRY) : scope;
    const readerMs = await options.timeSearch(siteDir, timedPage, query);
    options.log(
      `  "${query}": ${(scope.bytes.brotli / 1024).toFixed(1)} KB in the default scope, ${(country.bytes.brotli / 1024).toFixed(1)} KB in the whole country, ${(readerMs / 1000).toFixed(2)} s after the last keystroke`,
    );
    figures.push({ query, kind, scope, country, readerMs });
  }
  return {
    indexes: list.split ? list.indexes.length : 1,
    defaultScope: largest ? { id: largest.id, name: largest.name, pages: largest.pages } : null,
    timedPage,
    queries: figures,
  };
}

/**
 * Two words few pages have, from the index `folder`, as a reader types them: the name of the
 * first commune (by address) without diacritics, and the number of the first document that has
 * one. Fewer when the index has no commune or no numbered document.
 */
async function rareQueries(folder: string): Promise<string[]> {
  const pages = await readIndexedPages(folder);
  const titles = pages.map((p) => ({ url: p.url, title: fromIndexText(p.meta.title ?? '') }));
  const commune = titles
    .map((p) => /^Xã (.+)$/.exec(p.title)?.[1])
    .find((name) => name !== undefined);
  const number = titles
    .filter((p) => p.url.startsWith('/van-ban/'))
    .map((p) => /\b\d+[-/][A-ZĐ][\p{L}\d/-]*[\p{Lu}\d]/u.exec(p.title)?.[0])
    .find((n) => n !== undefined);
  return [commune && foldVietnamese(commune), number].filter((q) => q !== undefined);
}

/** Measures one size. */
async function benchSize(meetings: number, options: BenchOptions): Promise<SizeResult> {
  const root = resolve(options.root);
  const dir = resolve(options.workDir, String(meetings));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const commit = currentCommit(root);
  const dirs = {
    content: join(dir, 'content'),
    dist: join(dir, 'dist'),
    staging: join(dir, 'staging'),
    cache: join(dir, 'astro-cache'),
  };
  const archiveSize = sizeForMeetings(meetings);
  const archive = generateArchive({ ...archiveSize, seed: options.seed });
  writeArchive(dirs.content, archive, join(root, 'content'), `seed: ${options.seed}\n`);
  options.log(`${meetings} meetings: generated ${archive.size} records; cold build…`);

  const cold = await buildOnce(root, dirs, join(dir, 'build-cold.json'), options.splitAt);
  options.log(
    `${meetings} meetings: cold build ${cold.wallSeconds.toFixed(1)} s; measuring the site and search…`,
  );
  const site = measureSite(dirs.dist);
  const search = await measureSearchFigures(dirs.dist, options);

  if (options.coldOnly) {
    if (options.clean) rmSync(dir, { recursive: true, force: true });
    return {
      archive: archiveSize,
      records: archive.size,
      ...(commit ? { commit } : {}),
      cold,
      warm: null,
      site,
      search,
      baseline: null,
    };
  }
  const changed = changeOneMeeting(dirs.content);
  options.log(`${meetings} meetings: changed meetings/${changed}; warm rebuild…`);
  const warm = await buildOnce(root, dirs, join(dir, 'build-warm.json'), options.splitAt);

  options.log(`${meetings} meetings: warm rebuild ${warm.wallSeconds.toFixed(1)} s.`);
  const baseline = options.noBaseline
    ? null
    : await buildBaseline(root, dir, dirs.content, meetings, options.log);
  if (options.clean) rmSync(dir, { recursive: true, force: true });
  return {
    archive: archiveSize,
    records: archive.size,
    ...(commit ? { commit } : {}),
    cold,
    warm,
    site,
    search,
    baseline,
  };
}

/** Builds the same meetings as a plain Astro site, one page per meeting, measured. */
async function buildBaseline(
  root: string,
  dir: string,
  contentDir: string,
  meetings: number,
  log: (line: string) => void,
): Promise<NonNullable<SizeResult['baseline']>> {
  log(`${meetings} meetings: plain Astro baseline…`);
  const baselineDir = join(dir, 'baseline');
  cpSync(join(root, 'scripts/bench/baseline'), baselineDir, { recursive: true });
  const astroCli = join(root, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(astroCli)) throw new Error(`Astro's command line is not at ${astroCli}`);
  const baselineRun = await runMeasured(
    process.execPath,
    [astroCli, 'build', '--root', baselineDir, '--silent'],
    {
      cwd: baselineDir,
      env: { BASELINE_MEETINGS: join(contentDir, 'meetings'), ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (baselineRun.code !== 0)
    throw new Error(`the baseline build failed (exit ${baselineRun.code}):\n${baselineRun.output}`);
  const baseline = {
    wallSeconds: baselineRun.wallSeconds,
    peakBytes: baselineRun.peakBytes,
    pages: countHtml(join(baselineDir, 'dist')),
  };
  log(
    `${meetings} meetings: baseline ${baseline.pages} pages in ${baseline.wallSeconds.toFixed(1)} s.`,
  );
  return baseline;
}

/** Runs every size in order and judges the targets. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const sizes: SizeResult[] = [];
  const report = (): BenchReport => ({
    finishedAt: new Date().toISOString(),
    seed: options.seed,
    machine: machine(),
    sizes,
    targets: checkTargets(sizes),
  });
  for (const meetings of options.sizes) {
    sizes.push(await benchSize(meetings, options));
    options.onProgress?.(report());
  }
  return report();
}
