/**
 * `npm run bench [-- --sizes 1000,5000,20000] [--out .build/bench] [--seed ntm] [--queries "nong thon,xa,ubnd,ke hoach"] [--split-at N] [--clean] [--cold-only] [--no-baseline]`
 * or `npm run bench -- --merge A/report.json,B/report.json [--out DIR]` (one table from separate runs):
 * builds synthetic sites of each size and reports build time per stage, peak memory, pages,
 * dist/ size, page weight, search (first-query bytes in the default scope and the whole
 * country, time to results on a slow phone connection, indexing memory per index, indexes
 * rewritten by a rebuild) and a plain Astro baseline. `--split-at N` splits the search index by
 * province from N indexed pages instead of the build's threshold (to measure a split index on a
 * small archive).
 * Writes `<out>/report.json` and `<out>/report.md` (after each size, so a long run leaves its
 * figures as it goes) and prints the table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTargets, formatMarkdown, type BenchReport } from '../src/tools/bench/report.ts';
import { COMMON_QUERIES, runBench } from '../src/tools/bench/run-bench.ts';
import { launchChromium } from '../src/checks/chromium.ts';
import { measureFirstQuery } from '../src/checks/first-query.ts';
import { timeToResults } from '../src/checks/reader-time.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

handleUnexpectedErrors();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    out: { type: 'string', default: '.build/bench' },
    seed: { type: 'string', default: 'ntm' },
    queries: { type: 'string', default: COMMON_QUERIES.join(',') },
    'split-at': { type: 'string' },
    clean: { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    merge: { type: 'string' },
  },
});
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const save = (report: BenchReport) => {
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'report.md'), formatMarkdown(report));
};

// --merge a/report.json,b/report.json: one table from sizes run separately (targets judged again).
if (values.merge) {
  const reports = values.merge
    .split(',')
    .map((file) => JSON.parse(readFileSync(file.trim(), 'utf8')) as BenchReport);
  const sizes = reports.flatMap((r) => r.sizes);
  const merged: BenchReport = { ...reports.at(-1)!, sizes, targets: checkTargets(sizes) };
  save(merged);
  console.log(
    `${formatMarkdown(merged)}\nWrote ${join(out, 'report.json')} and ${join(out, 'report.md')}.`,
  );
  process.exit(0);
}

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    `--sizes must be whole numbers of meetings separated by commas (got "${values.sizes}")`,
  );
  process.exit(2);
}
const splitAt = values['split-at'] === undefined ? undefined : Number(values['split-at']);
if (splitAt !== undefined && !(Number.isInteger(splitAt) && splitAt >= 1)) {
  console.error(`--split-at must be a whole number of pages (got "${values['split-at']}")`);
  process.exit(2);
}
// The search engineer's measurement (scripts/measure-search.ts): the real search page, a fresh cache.
const browser = await launchChromium();
const measureSearch = async (siteDir: string, query: string, scope?: string) => {
  const { report, total } = await measureFirstQuery(browser, siteDir, query, scope);
  const byKind = Object.fromEntries(
    Object.entries(report.byKind).map(([kind, k]) => [
      kind,
      { count: k.count, gzip: k.gzip, brotli: k.brotli },
    ]),
  );
  return { query, found: total.trim(), bytes: report.total, byKind };
};
const report = await runBench({
  sizes,
  root: process.cwd(),
  workDir: out,
  seed: values.seed,
  commonQueries: values.queries
    .split(',')
    .map((q) => q.trim())
    .filter(Boolean),
  measureSearch,
  timeSearch: async (siteDir, pagePath, query) =>
    (await timeToResults(browser, siteDir, pagePath, query)).ms,
  ...(splitAt !== undefined ? { splitAt } : {}),
  log: (line) => console.log(line),
  clean: values.clean,
  coldOnly: values['cold-only'],
  noBaseline: values['no-baseline'],
  onProgress: save,
}).finally(() => browser.close());
save(report);
console.log(
  `\n${formatMarkdown(report)}\nWrote ${join(out, 'report.json')} and ${join(out, 'report.md')}.`,
);
