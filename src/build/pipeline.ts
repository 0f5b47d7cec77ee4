/**
 * The build pipeline behind `npm run build`: validate every record, build the site with Astro
 * into a staging folder, index it with Pagefind, run the post-build steps (open data,
 * precompression, …), and only then swap the staging folder into `dist/`. When any stage fails,
 * `dist/` is left exactly as it was: nothing half-written is ever published.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentSet } from '../lib/records/content-set.ts';
import { formatReport } from '../lib/records/issues.ts';
import { validateContent } from '../lib/records/validate.ts';
import { POST_BUILD_STEPS } from './post-build-steps.ts';

/** What a post-build step gets: the staging folder and the validated records. */
export interface PostBuildContext {
  /** The staging folder that will become `dist/`. */
  outDir: string;
  /** The validated records, as the validator parsed them. */
  content: ContentSet;
  /** The content folder. */
  contentDir: string;
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
  /** Print progress. Default: true. */
  log?: (line: string) => void;
}

export interface BuildReport {
  ok: boolean;
  /** Seconds spent per stage, in order. */
  stages: Array<{ name: string; seconds: number }>;
  /** The validation report when validation failed. */
  validationReport?: string;
  pagesIndexed?: number;
}

async function timed<T>(stages: BuildReport['stages'], name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    stages.push({ name, seconds: (performance.now() - start) / 1000 });
  }
}

/** Runs the whole pipeline. Throws on a stage failure after leaving `dist/` untouched. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = resolve(options.root);
  const distDir = resolve(options.distDir ?? join(root, 'dist'));
  const stagingDir = join(root, '.build', 'dist');
  const stages: BuildReport['stages'] = [];

  const { content, issues } = await timed(stages, 'validate', () => validateContent(options.contentDir, { cwd: root }));
  if (issues.length > 0) return { ok: false, stages, validationReport: formatReport(issues) };
  log(`Validated the records in ${options.contentDir}.`);

  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  try {
    await timed(stages, 'astro', async () => {
      process.env.NTM_OUT_DIR = stagingDir;
      process.env.CONTENT_DIR = options.contentDir;
      const { build } = await import('astro');
      await build({ root, outDir: stagingDir, logLevel: 'warn' });
    });
    const pagesIndexed = await timed(stages, 'pagefind', () => indexWithPagefind(stagingDir));
    for (const step of POST_BUILD_STEPS) {
      await timed(stages, step.name, () => step.run({ outDir: stagingDir, content, contentDir: options.contentDir }));
    }
    await timed(stages, 'publish', () => swapIntoPlace(stagingDir, distDir));
    log(`Built ${distDir}.`);
    return { ok: true, stages, pagesIndexed };
  } catch (error) {
    rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  }
}

/** Writes the Pagefind index of the built pages into `<outDir>/pagefind/`. Returns the page count. */
async function indexWithPagefind(outDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Replaces `distDir` with `stagingDir` in two renames, so readers of `dist/` never see a mix. */
function swapIntoPlace(stagingDir: string, distDir: string): void {
  const previous = `${distDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(distDir)) renameSync(distDir, previous);
  renameSync(stagingDir, distDir);
  rmSync(previous, { recursive: true, force: true });
}
