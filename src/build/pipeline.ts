/**
 * The build pipeline behind `npm run build`: validate every record (and write the open-data
 * export from them), build the site with Astro into a staging folder, index it with Pagefind,
 * run the post-build steps (precompression, …), and only then swap the staging folder into
 * `dist/`. When any stage fails, `dist/` is left exactly as it was: nothing half-written is ever
 * published. Validation and Astro run in processes of their own, so that this process holds no
 * records while Pagefind runs (docs/decisions/0013-build-stages-in-processes.md).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { indexWithPagefind, type IndexingReport } from '../search/indexing.ts';
import { buildDate } from '../domain/build-date.ts';
import { runInterruptible, trackChild } from './interrupt.ts';
import { POST_BUILD_STEPS } from './post-build-steps.ts';
import { precompressAsWritten, type CompressedStamps } from './precompress.ts';
import type { ValidateAndExportResult } from './validate-and-export.ts';

/** What a post-build step gets: the staging folder and where the records are. */
export interface PostBuildContext {
  /** The staging folder that will become `dist/`. */
  outDir: string;
  /** The content folder (already validated). */
  contentDir: string;
  /** Where the site is published; it still holds the previous build (if any) while steps run. */
  distDir: string;
  /** Files already given their compressed copies while Astro wrote them (see src/build/precompress.ts). */
  compressed?: CompressedStamps;
}

/** A named step run after Astro and Pagefind, in order. */
export interface PostBuildStep {
  name: string;
  run: (context: PostBuildContext) => Promise<void> | void;
}

export interface BuildOptions {
  /** The content folder to build from. */
  contentDir: string;
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** Where the finished site goes. Default: `<root>/dist`. */
  distDir?: string;
  /**
   * The staging folder Astro builds into. Default: `.<name>.staging` next to `distDir`. Keep it the same from
   * build to build: Astro clears its content cache when its config (which holds this path) changes.
   */
  stagingDir?: string;
  /**
   * Astro's cache folder (its content data store). Default: one per staging folder, under
   * `<root>/node_modules/.astro/`: Astro empties its store when its config (which holds the
   * staging path) changes, so builds into different folders must not share one.
   */
  cacheDir?: string;
  /** Print progress. Default: true. */
  log?: (line: string) => void;
  /**
   * Split the search index by province from this many indexed pages. Default: `SPLIT_AT_PAGES`
   * (src/search/scopes.ts); the benchmark lowers it to measure a split index on a small archive.
   */
  searchSplitAt?: number;
}

export interface BuildReport {
  ok: boolean;
  /**
   * The stages in the order they ended: seconds each took and when each started, in seconds
   * from the start of the build. Validation runs beside Astro, so their times overlap.
   */
  stages: Array<{ name: string; seconds: number; start: number }>;
  /** The validation report when validation failed. */
  validationReport?: string;
  pagesIndexed?: number;
  /** The search indexes: one, or one per province, each written or reused (src/search/indexing.ts). */
  search?: IndexingReport;
}

/** Runs `work` as the stage `name`, adding its time to `stages`; `since` is the build's start. */
async function timed<T>(
  stages: BuildReport['stages'],
  name: string,
  since: number,
  work: () => Promise<T> | T,
): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    stages.push({
      name,
      seconds: (performance.now() - start) / 1000,
      start: (start - since) / 1000,
    });
  }
}

/** Runs the whole pipeline. Throws on a stage failure after leaving `dist/` untouched. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = resolve(options.root);
  const distDir = resolve(options.distDir ?? join(root, 'dist'));
  // Next to the target by default, so that two builds into different folders never share one
  // staging folder, and the final rename stays on one file system.
  const stagingDir = resolve(
    options.stagingDir ?? join(dirname(distDir), `.${basename(distDir)}.staging`),
  );
  const stages: BuildReport['stages'] = [];
  // Both processes date the build alike, even across midnight (and a bad BUILD_DATE stops it here).
  const env = { ...process.env, BUILD_DATE: buildDate() };

  rmSync(stagingDir, { recursive: true, force: true });
  // The open-data export waits here until the site is built; removed on failure like the staging folder.
  const exportDir = `${stagingDir}.export`;
  rmSync(exportDir, { recursive: true, force: true });
  const removeStaging = () => {
    for (const dir of [stagingDir, exportDir]) rmSync(dir, { recursive: true, force: true });
  };
  return runInterruptible(removeStaging, () =>
    buildStages({ options, log, env, root, distDir, stagingDir, exportDir, stages }),
  );
}

/** The stages of `buildSite`, once its folders are known. */
async function buildStages(at: {
  options: BuildOptions;
  log: (line: string) => void;
  /** The environment of the validation and Astro processes. */
  env: NodeJS.ProcessEnv;
  root: string;
  distDir: string;
  stagingDir: string;
  exportDir: string;
  stages: BuildReport['stages'];
}): Promise<BuildReport> {
  const { options, log, env, root, distDir, stagingDir, exportDir, stages } = at;
  const since = performance.now();
  try {
    mkdirSync(stagingDir, { recursive: true });
    const cacheDir = resolve(
      options.cacheDir ??
        join(
          root,
          'node_modules',
          '.astro',
          `build-${createHash('sha256').update(stagingDir).digest('hex').slice(0, 12)}`,
        ),
    );
    const built = await validateBesideAstro({
      env,
      root,
      contentDir: options.contentDir,
      stagingDir,
      cacheDir,
      exportDir,
      distDir,
      stages,
      since,
    });
    if (!built.ok) {
      rmSync(stagingDir, { recursive: true, force: true });
      return { ok: false, stages, validationReport: built.report };
    }
    log(`Validated the records in ${options.contentDir}.`);
    const { compressed } = built;

    // The previous build's indexes whose pages did not change are reused.
    const search = await timed(stages, 'pagefind', since, () =>
      indexWithPagefind(stagingDir, {
        previousDir: distDir,
        ...(options.searchSplitAt !== undefined ? { splitAt: options.searchSplitAt } : {}),
      }),
    );
    renameSync(join(exportDir, 'data'), join(stagingDir, 'data'));
    for (const step of POST_BUILD_STEPS) {
      await timed(stages, step.name, since, () =>
        step.run({ outDir: stagingDir, contentDir: options.contentDir, distDir, compressed }),
      );
    }
    await timed(stages, 'publish', since, () => swapIntoPlace(stagingDir, distDir));
    log(`Built ${distDir}.`);
    return { ok: true, stages, pagesIndexed: search.pages, search };
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
}

/** Where the first two stages work, and where they report. */
interface FirstStages {
  /** The environment of both processes (BUILD_DATE fixed). */
  env: NodeJS.ProcessEnv;
  root: string;
  contentDir: string;
  stagingDir: string;
  cacheDir: string;
  exportDir: string;
  distDir: string;
  stages: BuildReport['stages'];
  /** The build's start (`performance.now()`). */
  since: number;
}

/**
 * Validation (with the open-data export) and Astro, side by side: Astro renders on one core,
 * validation takes the other, and the pages are compressed as Astro writes them. Astro's output
 * is held back until the records are known to be valid; when they are not, Astro is stopped and
 * the clerk sees the validation report alone. Returns that report, or the files already
 * compressed. Nothing writes into the staging folder once it returns.
 */
async function validateBesideAstro(
  at: FirstStages,
): Promise<{ ok: false; report: string } | { ok: true; compressed: CompressedStamps }> {
  const astro = startNode(
    join(import.meta.dirname, 'astro-build.ts'),
    [at.root, at.stagingDir, at.cacheDir],
    {
      cwd: at.root,
      env: { ...at.env, CONTENT_DIR: at.contentDir, NTM_OUT_DIR: at.stagingDir },
      holdOutput: true,
      failure: 'Astro could not build the site',
    },
  );
  const astroEnd = astro.finished.then(() => performance.now());
  astroEnd.catch(() => {}); // awaited below, or abandoned when validation fails
  const compressing = precompressAsWritten(at.stagingDir, astro.finished, at.distDir);
  try {
    const checked = await validateAndExport(at, resolve(at.contentDir));
    if (!checked.ok) {
      await astro.stop();
      return { ok: false, report: checked.report };
    }
    astro.release();
    at.stages.push({ name: 'astro', seconds: ((await astroEnd) - at.since) / 1000, start: 0 });
    return { ok: true, compressed: await compressing };
  } finally {
    // Validation failed or crashed, or Astro failed: stop Astro and let the compression end.
    await astro.stop();
    await compressing;
  }
}

/**
 * Runs src/build/validate-and-export.ts in a child process: validation, then (all records valid)
 * the open-data export into `<exportDir>/data/`. Adds the stages 'validate' and 'open-data'.
 */
async function validateAndExport(
  { env, root: cwd, exportDir, stages, since }: FirstStages,
  contentDir: string,
): Promise<ValidateAndExportResult> {
  mkdirSync(exportDir, { recursive: true });
  const resultFile = join(exportDir, 'result.json');
  const start = performance.now();
  await startNode(
    join(import.meta.dirname, 'validate-and-export.ts'),
    [contentDir, cwd, exportDir, resultFile],
    { cwd, env, failure: 'The records could not be validated' },
  ).finished;
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ValidateAndExportResult;
  const wall = (performance.now() - start) / 1000;
  // The child's start-up counts as validation; the export is timed by the child itself.
  const openDataSeconds = result.ok ? result.openDataSeconds : 0;
  const begin = (start - since) / 1000;
  stages.push({ name: 'validate', seconds: wall - openDataSeconds, start: begin });
  if (result.ok)
    stages.push({
      name: 'open-data',
      seconds: openDataSeconds,
      start: begin + wall - openDataSeconds,
    });
  return result;
}

/** A script running in a child process with this process's Node. */
interface NodeChild {
  /** Settles when the child has ended: resolved on exit code 0, rejected otherwise. */
  finished: Promise<void>;
  /** Passes on the output held back so far, and from now on as it comes. */
  release(): void;
  /** Ends the child and drops its output; resolves once it has ended. */
  stop(): Promise<void>;
}

/**
 * Starts `node script args…`. Its output goes to this process's, or with `holdOutput` is held
 * back until `release()`.
 */
function startNode(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; holdOutput?: boolean; failure: string },
): NodeChild {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.holdOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  trackChild(child);
  let held: Array<[NodeJS.WriteStream, Buffer]> | undefined = options.holdOutput ? [] : undefined;
  let dropped = false;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from?.on('data', (chunk: Buffer) => {
      if (dropped) return;
      if (held) held.push([to, chunk]);
      else to.write(chunk);
    });
  }
  const finished = new Promise<void>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === 0
        ? done()
        : fail(new Error(`${options.failure} (exit ${code ?? signal}): see the messages above`)),
    );
  });
  return {
    finished,
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    async stop() {
      dropped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await finished.catch(() => {});
    },
  };
}

/** Replaces `distDir` with `stagingDir` in two renames, so readers of `dist/` never see a mix. */
function swapIntoPlace(stagingDir: string, distDir: string): void {
  // A name of its own, so that a removal still running from an earlier build never meets this one.
  const previous = `${distDir}.previous-${process.pid}-${Date.now()}`;
  if (existsSync(distDir)) renameSync(distDir, previous);
  renameSync(stagingDir, distDir);
  removeInBackground(previous);
}

/**
 * Deletes a folder without waiting: the new site is already in place, and removing the previous
 * one (hundreds of thousands of files for a large archive: minutes on a slow disk) is cleanup.
 * Uses a detached `rm -rf` where there is one, else removes it here.
 */
function removeInBackground(folder: string): void {
  if (!existsSync(folder)) return;
  if (process.platform === 'win32') {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const rm = spawn('rm', ['-rf', folder], { detached: true, stdio: 'ignore' });
  rm.on('error', () => rmSync(folder, { recursive: true, force: true }));
  rm.unref();
}
