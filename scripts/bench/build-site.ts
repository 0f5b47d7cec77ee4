/**
 * One build for the benchmark, run by `scripts/bench.ts` in its own process so that its peak
 * memory can be measured: the real pipeline (`buildSite`) on a content folder, with the staging
 * folder, Astro cache and output given, and the per-stage report written as JSON.
 *
 * node scripts/bench/build-site.ts CONTENT_DIR DIST_DIR STAGING_DIR CACHE_DIR REPORT_FILE
 * (`NTM_SEARCH_SPLIT_AT=N` splits the search index by province from N indexed pages.)
 */
import { writeFileSync } from 'node:fs';
import { buildSite } from '../../src/build/pipeline.ts';
import { handleUnexpectedErrors } from '../../src/commands/unexpected-errors.ts';

const [contentDir, distDir, stagingDir, cacheDir, reportFile] = process.argv.slice(2);
if (!reportFile) {
  console.error(
    'usage: node scripts/bench/build-site.ts CONTENT_DIR DIST_DIR STAGING_DIR CACHE_DIR REPORT_FILE',
  );
  process.exit(2);
}
handleUnexpectedErrors({ input: contentDir! });
const report = await buildSite({
  contentDir: contentDir!,
  root: process.cwd(),
  distDir: distDir!,
  stagingDir: stagingDir!,
  cacheDir: cacheDir!,
  log: () => {},
  ...(process.env.NTM_SEARCH_SPLIT_AT
    ? { searchSplitAt: Number(process.env.NTM_SEARCH_SPLIT_AT) }
    : {}),
});
writeFileSync(reportFile, JSON.stringify(report, null, 2));
if (!report.ok) {
  console.error(report.validationReport);
  process.exit(1);
}
