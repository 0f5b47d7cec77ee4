/**
 * The Content Security Policy holds on every kind of page: each page carries Astro's <meta> policy
 * (hashes, no 'unsafe-inline' for scripts), nginx adds its header policy, and Chromium loading one
 * page of every kind through nginx reports no `securitypolicyviolation`, no script error and no
 * failed request, with the search (Pagefind's WebAssembly) and the charts working.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listFiles } from '../../src/records/read.ts';
import { launchChromium } from '../../src/checks/chromium.ts';
import { watchPage } from './support/csp-watch.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';

const siteDir = inject('siteDir');

/** Every page's address, from the built HTML files. */
function pageAddresses(): string[] {
  return listFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.slice(siteDir.length + 1)}`.replace(/index\.html$/, ''));
}

/**
 * One address per kind of page. A kind is the first path segment and the depth, so
 * `/cuoc-hop/` (the list), `/cuoc-hop/nam/2023/` and `/cuoc-hop/2023/<id>/` are three kinds.
 */
export function onePagePerKind(addresses: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const address of [...addresses].sort()) {
    const segments = address.split('/').filter(Boolean);
    const kind = `${segments[0] ?? ''}/${segments.length}`;
    if (!kinds.has(kind)) kinds.set(kind, address);
  }
  return [...kinds.values()];
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

describe('every page', () => {
  test.each(pageAddresses())(
    '%s carries a policy without unsafe-inline scripts, before any script',
    (address) => {
      const html = readFileSync(
        join(siteDir, address, address.endsWith('.html') ? '' : 'index.html'),
        'utf8',
      );
      const policy = META_CSP.exec(html)?.[1];
      expect(policy, 'a <meta http-equiv="content-security-policy">').toBeDefined();
      const scriptSrc = policy!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src '));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("default-src 'self'");
      // A policy only covers what follows it in the document.
      const firstScript = html.search(/<script[\s>]/);
      if (firstScript >= 0)
        expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(firstScript);
    },
  );
});

describe('Chromium under the policy', () => {
  let nginx: RunningNginx;
  let browser: Browser;
  beforeAll(async () => {
    nginx = await startNginx(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  test.each(onePagePerKind(pageAddresses()))(
    '%s loads with no violation or error',
    async (address) => {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      // nginx serves the 404 page only as the answer to an unknown address.
      const notFound = address === '/404.html';
      const response = await page.goto(
        `${nginx.url}${notFound ? '/khong-co-trang-nay/' : address}`,
        { waitUntil: 'networkidle' },
      );
      expect(response?.status()).toBe(notFound ? 404 : 200);
      // Scroll through the page so that lazy behaviour (charts load chart.js when seen) runs too.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      expect(await watch.problems()).toEqual([]);
      await page.close();
    },
  );

  test('a chart draws with chart.js under the policy', async () => {
    const address = pageAddresses().find(
      (a) =>
        a.endsWith('/') &&
        readFileSync(join(siteDir, a, 'index.html'), 'utf8').includes('<ntm-chart'),
    );
    expect(address, 'a page with a chart').toBeDefined();
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${nginx.url}${address}`, { waitUntil: 'networkidle' });
    await page.locator('ntm-chart').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('ntm-chart canvas') !== null, null, {
      timeout: 15_000,
    });
    await page.waitForLoadState('networkidle');
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  test('the search runs Pagefind (WebAssembly) under the policy', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${nginx.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.fill('#search-q', 'nông thôn mới');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(
      () => (document.querySelector('.search-results')?.textContent ?? '').trim().length > 0,
      null,
      { timeout: 15_000 },
    );
    await page.waitForLoadState('networkidle');
    // The WebAssembly is fetched and compiled (on the page's thread, or in a worker if one is used).
    expect(
      requested.filter((u) => /\/pagefind\/wasm\.[^/]+\.pagefind$/.test(u)),
      requested.join('\n'),
    ).toHaveLength(1);
    expect(await page.locator('.search-results a').count()).toBeGreaterThan(0);
    const worker = await fetch(`${nginx.url}/pagefind/pagefind-worker.js`);
    expect(worker.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    );
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });

  test('without wasm-unsafe-eval the search is blocked (the policy needs it, and the check would see it)', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.route(/\/tim-kiem\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({
        response,
        body: html,
        headers: { ...response.headers(), 'content-encoding': '' },
      });
    });
    await page.goto(`${nginx.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.fill('#search-q', 'nông thôn mới');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector('.search-results') !== null);
    await page.waitForTimeout(1500);
    const problems = await watch.problems();
    expect(problems.some((p) => p.startsWith('CSP script-src blocked wasm-eval'))).toBe(true);
    await page.close();
  });

  test('an inline script that is not in the policy is blocked (the check can fail)', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    await page.goto(`${nginx.url}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true;';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await watch.problems()).some((p) => p.startsWith('CSP script-src'))).toBe(true);
    await page.close();
  });
});
