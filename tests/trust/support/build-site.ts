/**
 * Builds a content folder into a given folder in a child process, for tests that need a site
 * of their own (the hostile-content fixture, the second build of the reproducibility check).
 * A child process keeps Astro and Vite out of the test worker; a staging folder and Astro cache
 * next to `distDir` keep it apart from any other build running in the same tree.
 *
 *   node tests/trust/support/build-site.ts <contentDir> <distDir>
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../../../src/build/pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A fresh work folder for a test's build, inside the project: Astro writes its prerender chunks
 * into `<outDir>/.prerender/` only when the output folder is inside the working directory (else
 * into the shared `<root>/.astro/`, where two builds at once would break each other).
 */
export function trustWorkDir(name: string): string {
  mkdirSync(join(ROOT, '.build'), { recursive: true });
  return mkdtempSync(join(ROOT, '.build', `trust-${name}-`));
}

/** Runs this file as a child: builds `contentDir` into `distDir` with `buildDate`. Throws with the output on failure. */
export function buildInChild(contentDir: string, distDir: string, buildDate: string): void {
  const run = spawnSync(
    resolve(ROOT, 'node_modules/.bin/node'),
    [import.meta.filename, contentDir, distDir],
    {
      cwd: ROOT,
      env: { ...process.env, BUILD_DATE: buildDate, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (run.status !== 0)
    throw new Error(`Building ${contentDir} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}

if (process.argv[1] === import.meta.filename) {
  const [contentDir, distDir] = process.argv.slice(2);
  if (!contentDir || !distDir) throw new Error('usage: build-site.ts <contentDir> <distDir>');
  // Its own staging folder and Astro cache, so that it never meets another build in this tree.
  const report = await buildSite({
    contentDir: resolve(contentDir),
    root: ROOT,
    distDir: resolve(distDir),
    stagingDir: `${resolve(distDir)}.staging`,
    cacheDir: `${resolve(distDir)}.astro-cache`,
    log: () => {},
  });
  if (!report.ok) {
    console.error(report.validationReport);
    process.exit(1);
  }
}
