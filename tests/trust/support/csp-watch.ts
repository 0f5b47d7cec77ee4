/**
 * Watches a Playwright page for what a Content Security Policy blocks and for script errors:
 * `securitypolicyviolation` events (registered before any page script runs), console errors
 * and uncaught exceptions.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** Every violation and error seen so far, one line each, on this and earlier documents. */
  problems: () => Promise<string[]>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts watching `page`; call before `goto`. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) sample: ${e.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    // A failed load is reported below with its address; the console line has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      seen.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    // The page's own status is the test's to check (a 404 page is served with 404).
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      seen.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    seen.push(`failed request ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('pageerror', (error) => seen.push(`exception: ${error.message}`));
  return {
    problems: async () => {
      const violations = await page
        .evaluate(() => window.__cspViolations ?? [])
        .catch(() => [] as string[]);
      return [...seen, ...violations];
    },
  };
}
