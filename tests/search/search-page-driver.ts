/** Drives the search page (/tim-kiem/) in Chromium the way a reader does: type, wait, read the list. */
import type { Page } from 'playwright-core';

/** What the result list shows for a query. */
export interface ShownResults {
  /** Result links, in order (all of them with `all`, else the first page). */
  urls: string[];
  /** The excerpt HTML of each shown result. */
  excerpts: string[];
  /** The result facts lines ("Cuộc họp · 08/09/2020 · …"). */
  facts: string[];
  /** The count line ("3 kết quả" or "Không tìm thấy…"). */
  count: string;
}

/** Types `query` into the search page's box (already open) and returns the results shown for it. */
export async function runQuery(
  page: Page,
  query: string,
  options: { all?: boolean } = {},
): Promise<ShownResults> {
  const input = page.locator('#search-q');
  await input.fill(query);
  await page
    .locator(`.search-results[data-query="${query.replace(/(["\\])/g, '\\$1')}"]`)
    .waitFor({ timeout: 15_000 });
  if (options.all) {
    const more = page.locator('.search-more');
    while (await more.isVisible()) {
      const before = await page.locator('.search-hit').count();
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.search-hit').length > n,
        before,
      );
    }
  }
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll('.search-hit-title a')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
    excerpts: [...document.querySelectorAll('.search-hit-excerpt')].map((e) => e.innerHTML),
    facts: [...document.querySelectorAll('.search-hit-facts')].map((e) => e.textContent ?? ''),
    count: document.querySelector('.search-results .search-count')?.textContent ?? '',
  }));
}
