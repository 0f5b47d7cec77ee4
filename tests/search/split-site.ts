/**
 * The default site with its search index split by province, as a large archive's is: a copy of
 * the test build, indexed again by the real indexing step with the split threshold at one page.
 */
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexWithPagefind, type IndexingReport } from '../../src/search/indexing.ts';
import { COPY_FILTER } from '../../src/search/scopes.ts';
import { readFragments } from '../support/pagefind-files.ts';

/** Copies `siteDir` into a new temporary folder and splits its index. */
export async function splitCopy(
  siteDir: string,
  previousDir?: string,
): Promise<{ dir: string; report: IndexingReport }> {
  const dir = mkdtempSync(join(tmpdir(), 'search-split-'));
  cpSync(siteDir, dir, { recursive: true, filter: (source) => !source.endsWith('/pagefind') });
  const report = await indexWithPagefind(dir, {
    splitAt: 1,
    ...(previousDir ? { previousDir } : {}),
  });
  return { dir, report };
}

/**
 * Every index folder of a split site → the URLs of its own pages (`copies: true`: of the common
 * pages copied into it, marked with `COPY_FILTER`).
 */
export function pagesByIndex(
  siteDir: string,
  options: { copies?: boolean } = {},
): Map<string, string[]> {
  const pagefind = join(siteDir, 'pagefind');
  return new Map(
    readdirSync(pagefind)
      .filter((name) => statSync(join(pagefind, name)).isDirectory())
      .map((name) => [
        name,
        readFragments(join(pagefind, name))
          .filter((f) => (f.filters[COPY_FILTER] !== undefined) === (options.copies ?? false))
          .map((f) => f.url),
      ]),
  );
}
