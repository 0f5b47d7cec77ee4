/**
 * How long a reader on a phone waits for search results: Chromium with its network slowed to a
 * slow mobile connection (Chrome DevTools Protocol `Network.emulateNetworkConditions`), a fresh
 * cache, a page opened, the header search box tapped and the query typed one key at a time at
 * phone speed; measured from the last keystroke to the first result drawn for the whole query.
 * Files are served as nginx serves the build: the `.br` or `.gz` copy the browser accepts. Used by
 * the benchmark (src/tools/bench/); a figure, never a test assertion.
 */
import type { Browser } from 'playwright-core';
import { serveDirectory } from './static-server.ts';

/** A slow mobile connection: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_PHONE_NETWORK = {
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  roundTripMs: 150,
};

/** Pause between two keystrokes: about three characters a second, as people type on a phone. */
export const PHONE_KEY_DELAY_MS = 300;

/** What one timed search gives back. */
export interface ReaderTime {
  /** Milliseconds from the last keystroke to the first result of the whole query drawn. */
  ms: number;
  /** The box's first result. */
  firstUrl: string | null;
}

/**
 * Opens `pagePath` of the site in `siteDir` (the page's own province is then the scope, or the
 * whole archive when the index is not split), types `query` into the header box and times the
 * results.
 */
export async function timeToResults(
  browser: Browser,
  siteDir: string,
  pagePath: string,
  query: string,
): Promise<ReaderTime> {
  const server = await serveDirectory(siteDir, { precompressed: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE_NETWORK.roundTripMs,
      downloadThroughput: SLOW_PHONE_NETWORK.downloadBitsPerSecond / 8,
      uploadThroughput: SLOW_PHONE_NETWORK.uploadBitsPerSecond / 8,
    });
    await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load', timeout: 120_000 });
    // Time stamps in the page's own clock: the last keystroke, and when a result of the whole
    // query is first in the panel.
    await page.evaluate((expected) => {
      const marks = window as unknown as { lastKey?: number; drawn?: number };
      const input = document.querySelector<HTMLInputElement>('search-box input');
      input?.addEventListener('input', () => {
        marks.lastKey = performance.now();
      });
      new MutationObserver(() => {
        if (marks.drawn !== undefined) return;
        const hit = document.querySelector(
          `.search-box-results[data-query="${CSS.escape(expected)}"] .search-hit`,
        );
        if (hit) marks.drawn = performance.now();
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    }, query);
    const input = page.locator('search-box input');
    await input.click();
    await input.pressSequentially(query, { delay: PHONE_KEY_DELAY_MS });
    await page.waitForFunction(() => (window as unknown as { drawn?: number }).drawn, null, {
      timeout: 120_000,
      polling: 50,
    });
    const { lastKey, drawn } = await page.evaluate(() => {
      const marks = window as unknown as { lastKey: number; drawn: number };
      return { lastKey: marks.lastKey, drawn: marks.drawn };
    });
    const firstUrl = await page
      .locator('.search-box-results .search-hit a')
      .first()
      .getAttribute('href')
      .catch(() => null);
    return { ms: Math.max(0, drawn - lastKey), firstUrl };
  } finally {
    await context.close();
    await server.close();
  }
}
