/**
 * Search on a site whose index is split by province (the default site, split at one page), in
 * Chromium as a reader uses it: every query of the default site's table ranks the same record
 * first in that record's province and in the whole country (the exact-diacritics and exact-title
 * passes apply to merged indexes too); the scope is chosen beside the box, kept in the address and
 * in the browser, and nothing but the chosen scope's indexes is ever fetched.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { COMMON_INDEX } from '../../src/search/scopes.ts';
import { FIRST_RESULT, MEETING_2022, MEETING_2023 } from './first-results.ts';
import { runQuery } from './search-page-driver.ts';
import { pagesByIndex, splitCopy } from './split-site.ts';

let dir: string;
let server: StaticServer;
let browser: Browser;
/** Page URL → the index it is in. */
const indexOf = new Map<string, string>();

beforeAll(async () => {
  ({ dir } = await splitCopy(inject('siteDir')));
  for (const [index, urls] of pagesByIndex(dir)) for (const url of urls) indexOf.set(url, index);
  server = await serveDirectory(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A search page opened in `scope`, in a fresh browser context; with the paths it fetched. */
async function searchPage(scope: string | null): Promise<{ page: Page; fetched: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/tim-kiem/${scope ? `?pham-vi=${scope}` : ''}`);
  await page.locator('#search-scope').waitFor();
  return { page, fetched };
}

/** The index folders a page fetched files from. */
function indexesFetched(fetched: readonly string[]): string[] {
  return [
    ...new Set(
      fetched.map((p) => /^\/pagefind\/([^/]+)\/./.exec(p)?.[1]).filter((x) => x !== undefined),
    ),
  ].sort();
}

describe('the same record first in its province and in the whole country', () => {
  const pages = new Map<string, Promise<Page>>();
  const pageIn = (scope: string) => {
    if (!pages.has(scope))
      pages.set(
        scope,
        searchPage(scope).then((s) => s.page),
      );
    return pages.get(scope)!;
  };
  test.each(FIRST_RESULT)('"%s" → %s', async (query, expected) => {
    const province = indexOf.get(expected)!;
    expect(province).toBeDefined();
    // A record of no province is searched with every province; take the first.
    const scope = province === COMMON_INDEX ? 'ha-tinh' : province;
    expect((await runQuery(await pageIn(scope), query)).urls[0]).toBe(expected);
    expect((await runQuery(await pageIn('ca-nuoc'), query)).urls[0]).toBe(expected);
  });

  test('an accented query lists the exactly spelled word first across merged indexes', async () => {
    const { urls, excerpts } = await runQuery(await pageIn('ca-nuoc'), 'hiến');
    expect(urls.slice(0, 2).sort()).toEqual([MEETING_2022, MEETING_2023].sort());
    expect(excerpts[0]).toContain('<mark>hiến</mark>');
  });
});

describe('the scope', () => {
  test('with nothing to go on, the search page asks for a province and fetches no index', async () => {
    const { page, fetched } = await searchPage(null);
    await page.locator('#search-q').fill('lam hop');
    await page.locator('.search-results .search-count').waitFor();
    expect(await page.locator('.search-results').textContent()).toContain('Chọn tỉnh, thành phố');
    expect(await page.locator('#search-scope').inputValue()).toBe('');
    expect(indexesFetched(fetched)).toEqual([]);
    expect(await page.locator('.search-browse').isVisible()).toBe(true);
    await page.context().close();
  });

  test('a chosen province is searched in its index alone, kept in the address and for the next visit', async () => {
    const { page, fetched } = await searchPage(null);
    await page.locator('#search-q').fill('lam hop');
    await page.locator('#search-scope').selectOption('ha-tinh');
    await page.locator('.search-results[data-query="lam hop"]').waitFor();
    expect(await page.locator('.search-hit-title a').first().getAttribute('href')).toBe(
      '/dia-ban/ha-tinh/ky-anh/lam-hop/',
    );
    expect(new URL(page.url()).searchParams.get('pham-vi')).toBe('ha-tinh');
    // One index: the province's own holds copies of the records of no province.
    expect(indexesFetched(fetched)).toEqual(['ha-tinh']);
    // The next visit, without a scope in the address, starts in the reader's last choice.
    await page.goto(`${server.url}/tim-kiem/?q=ky+lac`);
    await page.locator('.search-results[data-query="ky lac"]').waitFor();
    expect(await page.locator('#search-scope').inputValue()).toBe('ha-tinh');
    await page.context().close();
  });

  test('the whole country says what it costs and merges every index', async () => {
    const { page, fetched } = await searchPage('ca-nuoc');
    expect(await page.locator('.search-scope-note').textContent()).toMatch(
      /^Tìm trên cả nước phải tải dữ liệu tìm kiếm của 3 tỉnh, thành phố: khoảng \d+ KB lúc đầu, thêm khoảng \d+ KB cho mỗi từ\.$/,
    );
    expect(await page.locator('#search-scope option[value="ca-nuoc"]').textContent()).toMatch(
      /^Cả nước \(tải khoảng \d+ KB\)$/,
    );
    await runQuery(page, 'ky lac');
    expect(indexesFetched(fetched)).toEqual([COMMON_INDEX, 'ha-tinh', 'quang-nam', 'thanh-hoa']);
    await page.context().close();
  });

  test('the header box of a record page searches the page’s province, and the form carries it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/dia-ban/thanh-hoa/hoang-hoa/hoang-trung/`);
    await page.locator('search-box input').click();
    await page.locator('search-box input').pressSequentially('hoang trung');
    await page.locator('.search-box-results .search-hit').first().waitFor();
    expect(await page.locator('#search-box-q-scope').inputValue()).toBe('thanh-hoa');
    expect(await page.locator('search-box label[for="search-box-q-scope"]').textContent()).toBe(
      'Phạm vi tìm kiếm',
    );
    expect(indexesFetched(fetched)).toEqual(['thanh-hoa']);
    await page.locator('search-box input').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?/);
    expect(new URL(page.url()).searchParams.get('pham-vi')).toBe('thanh-hoa');
    await context.close();
  });

  test('changing the scope beside the header box searches the new one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/dia-ban/thanh-hoa/hoang-hoa/hoang-trung/`);
    await page.locator('search-box input').click();
    await page.locator('search-box input').pressSequentially('lam hop');
    await page.locator('#search-box-q-scope').waitFor();
    await page.locator('#search-box-q-scope').selectOption('ha-tinh');
    await page
      .locator('.search-box-results .search-hit-title a[href="/dia-ban/ha-tinh/ky-anh/lam-hop/"]')
      .first()
      .waitFor();
    await context.close();
  });
});

describe('the whole country', () => {
  test('lists each record of no province once, though every province’s index has a copy', async () => {
    const { page } = await searchPage('ca-nuoc');
    const { urls } = await runQuery(page, 'cai tao vuon tap', { all: true });
    expect(urls.filter((u) => u === '/chuong-trinh/cai-tao-vuon-tap/')).toHaveLength(1);
    expect(new Set(urls).size).toBe(urls.length);
    // The filter counts too: as many programmes as the common index has programme pages.
    await page.locator('.search-filters summary').click();
    const programmes = pagesByIndex(dir)
      .get(COMMON_INDEX)!
      .filter((u) => u.startsWith('/chuong-trinh/')).length;
    await expect
      .poll(() =>
        page.locator('#search-filter-loai option', { hasText: 'Chương trình' }).textContent(),
      )
      .toBe(`Chương trình (${programmes})`);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the search page still offers its browse links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/tim-kiem/?q=lam+hop&pham-vi=ha-tinh`);
    expect(await page.locator('.search-browse a[href="/dia-ban/"]').count()).toBe(1);
    await context.close();
  });
});
