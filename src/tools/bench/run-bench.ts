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
  type SearchMeasure,
  type SizeResult,
} from './report.ts';
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
  /** The word the first query searches. */
  query: string;
  /** Measures a reader's first search for `query` on the site built in `siteDir`. */
  measureSearch: (siteDir: string, query: string) => Promise<SearchMeasure>;
  /** Progress lines. */
  log: (line: string) => void;
  /** Skip the rebuild and the baseline (for the largest sizes when time is short). Default: false. */
  coldOnly?: boolean;
  /** Remove each size's folders once measured. Default: false. */
  clean?: boolean;
  /** Called with the report so far after each size, so a long run leaves figures behind as it goes. */
  onProgress?: (report: BenchReport) => void;
}

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
      env: { BUILD_DATE: BENCH_BUILD_DATE },
    },
  );
  if (run.code !== 0)
    throw new Error(`the build of ${dirs.content} failed (exit ${run.code}):\n${run.output}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    stages: MeasuredBuild['stages'];
  };
  return {
    wallSeconds: run.wallSeconds,
    peakBytes: run.peakBytes,
    stages: report.stages,
    stagePeaks: peakPerStage(run.samples, report.stages, run.wallSeconds),
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

  const cold = await buildOnce(root, dirs, join(dir, 'build-cold.json'));
  options.log(
    `${meetings} meetings: cold build ${cold.wallSeconds.toFixed(1)} s; measuring the site and search…`,
  );
  const site = measureSite(dirs.dist);
  const search = await options.measureSearch(dirs.dist, options.query);

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
  const warm = await buildOnce(root, dirs, join(dir, 'build-warm.json'));

  options.log(
    `${meetings} meetings: warm rebuild ${warm.wallSeconds.toFixed(1)} s; plain Astro baseline…`,
  );
  const baselineDir = join(dir, 'baseline');
  cpSync(join(root, 'scripts/bench/baseline'), baselineDir, { recursive: true });
  const astroCli = join(root, 'node_modules/astro/bin/astro.mjs');
  if (!existsSync(astroCli)) throw new Error(`Astro's command line is not at ${astroCli}`);
  const baselineRun = await runMeasured(
    process.execPath,
    [astroCli, 'build', '--root', baselineDir, '--silent'],
    {
      cwd: baselineDir,
      env: { BASELINE_MEETINGS: join(dirs.content, 'meetings'), ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (baselineRun.code !== 0)
    throw new Error(`the baseline build failed (exit ${baselineRun.code}):\n${baselineRun.output}`);
  const baseline = {
    wallSeconds: baselineRun.wallSeconds,
    peakBytes: baselineRun.peakBytes,
    pages: countHtml(join(baselineDir, 'dist')),
  };
  options.log(
    `${meetings} meetings: baseline ${baseline.pages} pages in ${baseline.wallSeconds.toFixed(1)} s.`,
  );
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
