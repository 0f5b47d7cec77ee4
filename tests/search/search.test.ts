/**
 * Search on the built default site, in Chromium, as a reader uses it: a table of queries (typed
 * without diacritics, with them, document numbers, place names) and the record each must return
 * first; filters; excerpts in the original text; the page without JavaScript; the header box
 * fetching nothing until focused; and the byte budget of a first query.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { measureFirstQuery } from '../../src/checks/first-query.ts';
import { runQuery } from './search-page-driver.ts';
import {
  FIRST_RESULT,
  MEETING_2020,
  MEETING_2021,
  MEETING_2022,
  MEETING_2023,
} from './first-results.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(inject('siteDir'));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the first result', () => {
  test.each(FIRST_RESULT)('"%s" → %s', async (query, expected) => {
    const { urls } = await runQuery(page, query);
    expect(urls[0]).toBe(expected);
  });
});

describe('results', () => {
  test('an accented query lists the exactly spelled word before its lookalikes, and marks it in the excerpt', async () => {
    const { urls, excerpts } = await runQuery(page, 'hiến');
    expect(urls.slice(0, 2).sort()).toEqual([MEETING_2022, MEETING_2023].sort());
    expect(excerpts[0]).toContain('<mark>hiến</mark>');
  });

  test('show type, date and place, and excerpts in the original text (no folded or encoded copy)', async () => {
    const { urls, facts, excerpts } = await runQuery(page, 'duong gang');
    expect(urls[0]).toBe(MEETING_2020);
    expect(facts[0]).toBe('Cuộc họp · 8/9/2020 · Xã Kỳ Lạc, Huyện Kỳ Anh, Hà Tĩnh');
    expect(excerpts[0]).toContain('<mark>đường</mark> <mark>găng');
    const titles = await page.locator('.search-hit-title a').allTextContents();
    for (const text of [...excerpts, ...facts, ...titles]) expect(text).not.toMatch(/\u0335/);
  });

  test('a filter narrows the results to its value, and travels in the address', async () => {
    await page.goto(
      `${server.url}/tim-kiem/?q=${encodeURIComponent('ket luan')}&loai=${encodeURIComponent('Cuộc họp')}&nam=2017`,
    );
    await page.locator('.search-results[data-query="ket luan"]').waitFor();
    const facts = await page.locator('.search-hit-facts').allTextContents();
    expect(facts.length).toBe(3);
    for (const line of facts) expect(line).toMatch(/^Cuộc họp · 14\/4\/2017/);
    expect(await page.locator('#search-filter-nam').inputValue()).toBe('2017');
    // Choosing a province in the form re-runs the search and updates the address.
    await page.locator('#search-filter-nam').selectOption('');
    await page.locator('#search-filter-tinh').selectOption('Thanh Hóa');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('tinh') === 'Thanh Hóa' &&
        !document.querySelector('search-page[aria-busy]'),
    );
    const filtered = await page
      .locator('.search-hit-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(filtered).toEqual([MEETING_2021]);
    expect(new URL(page.url()).searchParams.get('nam')).toBeNull();
    await page.goto(`${server.url}/tim-kiem/`);
  });
});

describe('order and scope', () => {
  test('"newest first" orders the results by the record date', async () => {
    await page.goto(
      `${server.url}/tim-kiem/?q=${encodeURIComponent('ket luan')}&loai=${encodeURIComponent('Cuộc họp')}&sap-xep=moi-nhat`,
    );
    await page.locator('.search-results[data-query="ket luan"]').waitFor();
    const dates = await page
      .locator('.search-hit-facts time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2023-07-11');
    await page.goto(`${server.url}/tim-kiem/`);
  });

  test('the search page itself is not a result', async () => {
    const { urls } = await runQuery(page, 'tim kiem ho so');
    expect(urls).not.toContain('/tim-kiem/');
  });
});

describe('without JavaScript', () => {
  test('the header box submits to the search page, which offers browse links by year, place and type', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/`);
    await plain.locator('search-box input[name="q"]').fill('lam hop');
    await plain.locator('search-box input[name="q"]').press('Enter');
    await plain.waitForURL(/\/tim-kiem\/\?q=lam\+hop$/);
    const links = await plain
      .locator('.search-browse a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(['/cuoc-hop/nam/2020/', '/dia-ban/', '/cuoc-hop/', '/van-ban/']),
    );
    for (const href of links)
      expect((await plain.request.get(`${server.url}${href}`)).status(), href!).toBe(200);
    await context.close();
  });
});

describe('the header search box', () => {
  test('fetches no search code until the reader focuses it, then shows live results', async () => {
    const context = await browser.newContext();
    const home = await context.newPage();
    const fetched: string[] = [];
    home.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await home.goto(`${server.url}/`);
    await home.waitForLoadState('networkidle');
    expect(
      fetched.filter((p) => p.startsWith('/pagefind/') || /search-(box|client)/.test(p)),
    ).toEqual([]);
    await home.locator('search-box input').click();
    await home.locator('search-box input').pressSequentially('ky lac');
    await home.locator('.search-box-results .search-hit').first().waitFor();
    expect(fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    expect(
      await home.locator('.search-box-results .search-hit-title a').first().getAttribute('href'),
    ).toBe('/dia-ban/ha-tinh/ky-anh/ky-lac/');
    await context.close();
  });
});

describe('bytes', () => {
  test('a first query downloads under 150 KB (brotli) in total', async () => {
    const { report, firstUrl } = await measureFirstQuery(
      browser,
      inject('siteDir'),
      'cai tao vuon tap',
    );
    expect(firstUrl).toBe('/chuong-trinh/cai-tao-vuon-tap/');
    expect(report.byKind['pagefind library']?.count).toBeGreaterThan(0);
    expect(report.total.brotli).toBeLessThan(150_000);
  });
});
