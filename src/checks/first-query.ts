/**
 * Drives Chromium through a reader's first search on a built site and returns what it fetched:
 * open the search page with `?q=…`, wait for the results, and cost every request made after the
 * page's own HTML (src/checks/search-bytes.ts). Used by the byte-budget test and scripts/measure-search.ts.
 */
import type { Browser } from 'playwright-core';
import { countFetchedBytes, type ByteReport } from './search-bytes.ts';
import { serveDirectory } from './static-server.ts';
import { SCOPE_PARAM } from '../search/scopes.ts';

/**
 * Runs the first query `query` on a fresh page (empty cache) and returns its byte report and the
 * top result. `scope` (a province id or "ca-nuoc") goes into the address as `pham-vi`: what a
 * search in that scope downloads on an archive whose index is split by province.
 */
export async function measureFirstQuery(
  browser: Browser,
  siteDir: string,
  query: string,
  scope?: string,
): Promise<{ report: ByteReport; firstUrl: string | null; total: string }> {
  const server = await serveDirectory(siteDir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const params = new URLSearchParams({ q: query });
    if (scope) params.set(SCOPE_PARAM, scope);
    await page.goto(`${server.url}/tim-kiem/?${params}`);
    await page.locator('.search-results .search-count').waitFor({ timeout: 30_000 });
    const firstUrl = await page
      .locator('.search-hit a')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    const total = (await page.locator('.search-results .search-count').textContent()) ?? '';
    const fetched = server.requests.filter(
      (p) => p !== '/tim-kiem/' && !p.endsWith('.css') && p !== '/favicon.ico',
    );
    return { report: countFetchedBytes(siteDir, fetched), firstUrl, total };
  } finally {
    await context.close();
    await server.close();
  }
}
