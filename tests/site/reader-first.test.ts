/**
 * What a journalist on a phone (360 px wide) gets from the pages issue 13 changed: the commune's
 * answer and its age on the first screen, readable charts, honest task states with their
 * explanation, a contents list and folded notes on long meeting pages, documents without a known
 * title named plainly, archived articles headed by their own title, links that still work after
 * a list was renamed, and what every page carries for sharing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { validateContent } from '../../src/records/validate.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { recordUrl } from '../../src/site/urls.ts';

const siteDir = inject('siteDir');
const PHONE = { width: 360, height: 740 };
const LAM_HOP = '/dia-ban/ha-tinh/ky-anh/lam-hop/';
const LONG_MEETING = '/cuoc-hop/2022/2022-05-18-so-ket-5-thang-cac-ban-chi-dao/';

let browser: Browser;
let phone: BrowserContext;
let phoneNoJs: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(siteDir);
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: PHONE });
  phoneNoJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Every built page's path, without the data, feed, chart and search files. */
function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro', 'data', 'feeds', 'bieu-do'].includes(name)) walk(path);
      } else if (name === 'index.html')
        pages.push(`/${relative(siteDir, d)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(siteDir);
  return pages;
}

describe('a commune page answers first', () => {
  test('its first screen says criteria met, of which set, when, the unmet ones and their age', async () => {
    const page = await open(phone, LAM_HOP);
    const answer = page.locator('p.answer');
    const box = await answer.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    const text = await answer.innerText();
    expect(text).toContain('Xã Lâm Hợp đạt 16/20 tiêu chí');
    expect(text).toContain('Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh giai đoạn 2016–2020');
    expect(text).toContain('8/9/2020');
    expect(text).toMatch(/chưa đạt tiêu chí \d+ \([^)]+\)(, \d+ \([^)]+\))* và \d+ \([^)]+\)/);
    expect(text).toContain('kết quả năm 2020, đã hơn hai năm');
    await page.close();
  });

  test('statuses read without colour: each carries a word and a shape', async () => {
    const page = await open(phone, LAM_HOP);
    const cells = await page.locator('td.st-dat, td.st-chua-dat').allInnerTexts();
    expect(cells.length).toBe(20);
    for (const cell of cells) expect(cell).toMatch(/^(✓ Đạt|✗ Chưa đạt)$/);
    await page.close();
  });

  test.each([
    [LAM_HOP, '/feeds/dia-ban/'],
    ['/co-quan/ha-tinh/ky-anh/thuong-truc-huyen-uy/', '/feeds/co-quan/'],
  ])('%s shows its feed as a visible link', async (path, feed) => {
    const page = await open(phone, path);
    const link = page.locator(`p.feeds a[href^="${feed}"]`);
    expect(await link.isVisible()).toBe(true);
    expect(await link.innerText()).toMatch(/cuộc họp và kết luận mới$/);
    await page.close();
  });
});

describe('charts on a phone', () => {
  test.each([LAM_HOP, '/dia-ban/ha-tinh/ky-anh/'])(
    '%s: every label is at least 12 px',
    async (path) => {
      const page = await open(phoneNoJs, path);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('svg.ntm-chart__svg')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
          );
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      await page.close();
    },
  );
});

describe('tasks say only what is recorded', () => {
  test('the tracker explains how states are decided and as of which day', async () => {
    const page = await open(phone, '/nhiem-vu/');
    const how = await page.locator('#cach-tinh ~ p, #cach-tinh ~ dl').allInnerTexts();
    const text = how.join('\n');
    expect(text).toContain('22/11/2026');
    for (const state of [
      'Quá hạn, chưa có báo cáo kết quả',
      'Chưa có thời hạn, chưa có báo cáo',
      'Đã báo cáo hoàn thành',
    ])
      expect(text).toContain(state);
    expect(await page.locator('body').innerText()).not.toContain('Đang thực hiện');
    await page.close();
  });

  test('an overdue task says by how long, and who it was given to even when no one was named', async () => {
    const page = await open(phone, '/nhiem-vu/qua-han/');
    const tasks = page.locator('li.task');
    expect(await tasks.count()).toBeGreaterThan(0);
    for (const text of await tasks.allInnerTexts()) {
      expect(text).toMatch(/Quá hạn, chưa có báo cáo kết quả \(quá [\d.]+ ngày\)/);
      expect(text).toMatch(/Giao cho: \S/);
    }
    expect(
      await page.locator('li.task', { hasText: 'Giao cho: nguồn không nêu' }).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  test('the old "đang thực hiện" address leads to the tracker, and is listed nowhere', async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}/nhiem-vu/dang-thuc-hien/`);
    await page.waitForURL(`${server.url}/nhiem-vu/`);
    expect(await page.locator('h1').innerText()).toBe('Theo dõi nhiệm vụ');
    await page.close();
    const html = readFileSync(join(siteDir, 'nhiem-vu/da-hoan-thanh/index.html'), 'utf8');
    expect(html).toContain(
      '<link rel="canonical" href="https://ntm-records.org/nhiem-vu/da-bao-cao-hoan-thanh/">',
    );
    expect(html).toMatch(
      /<meta http-equiv="refresh" content="0; url=\/nhiem-vu\/da-bao-cao-hoan-thanh\/">/,
    );
    const sitemaps = readdirSync(siteDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const file of sitemaps)
      expect(readFileSync(join(siteDir, file), 'utf8')).not.toMatch(
        /dang-thuc-hien|\/da-hoan-thanh\//,
      );
  });

  test('home does not call old tasks new', async () => {
    const page = await open(phone, '/');
    const section = await page.locator('section[aria-labelledby="moi-giao"]').innerText();
    expect(section).not.toMatch(/mới giao/i);
    expect(section).toContain('Giao ngày 11/7/2023, lần giao việc gần nhất có trong hồ sơ.');
    await page.close();
  });
});

describe('coverage and age', () => {
  test.each(['/', '/du-lieu/'])('%s says what the archive holds', async (path) => {
    const page = await open(phone, path);
    const text = await page.locator('p.coverage').innerText();
    expect(text).toContain('7 cuộc họp');
    expect(text).toContain('3 tỉnh: Hà Tĩnh, Quảng Nam, Thanh Hóa');
    expect(text).toMatch(/từ ngày \d{1,2}\/\d{1,2}\/2017 đến ngày 11\/7\/2023/);
    await page.close();
  });

  test('every record page says when its record last changed', () => {
    const { content } = validateContent(join(import.meta.dirname, '../../content'));
    const pages = [
      // Assessments, statistics and recognitions are shown on their place's page, not their own.
      ...COLLECTION_NAMES.filter(
        (c) => c !== 'assessments' && c !== 'statistics' && c !== 'recognitions',
      ).flatMap((c) => content[c].map((r) => recordUrl(c, r.id)!)),
      ...builtPages().filter((p) => /^\/bo-tieu-chi\/.+\/tieu-chi-\d+\/$/.test(p)),
    ];
    expect(pages.length).toBeGreaterThan(90);
    const without = pages.filter(
      (p) =>
        !/Hồ sơ trên trang này được cập nhật lần cuối ngày <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\/\d{1,2}\/\d{4}<\/time>/.test(
          readFileSync(join(siteDir, p, 'index.html'), 'utf8'),
        ),
    );
    expect(without).toEqual([]);
  });
});

describe('long meeting pages', () => {
  test('open with a contents list whose links land on the sections, and fold inference notes', async () => {
    const page = await open(phone, LONG_MEETING);
    const toc = page.getByRole('navigation', { name: 'Trên trang này' });
    const hrefs = await toc
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(4);
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
    const notes = page.locator('details.note');
    expect(await notes.count()).toBe(1);
    expect(await notes.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await notes.locator('summary').click();
    const note = await notes.innerText();
    expect(note).toContain('Cơ quan được giao nhiệm vụ (mục II.4)');
    expect(note).not.toContain('tasks.');
    await page.close();
  });
});

describe('documents, sources and dates', () => {
  test('a document known only by citation is named by type and number, its title said to be missing', async () => {
    const page = await open(phone, '/van-ban/khong-ro-dia-ban/ban-thuong-vu-tinh-uy/575-qd-tu/');
    expect(await page.locator('h1').innerText()).toBe('Quyết định 575/QĐ/TU');
    expect(await page.locator('h1 + p.meta').innerText()).toBe('Trích yếu chưa có trong hồ sơ');
    await page.close();
  });

  test('a national decision carries its public title, and no document register title is bracketed', async () => {
    const page = await open(
      phone,
      '/van-ban/trung-uong/thu-tuong-chinh-phu/2022-03-08-318-qd-ttg/',
    );
    expect(await page.locator('h1').innerText()).toContain(
      'Quyết định 318/QĐ-TTg\nBan hành Bộ tiêu chí quốc gia về xã nông thôn mới',
    );
    await page.close();
    const register = await open(phone, '/van-ban/');
    expect(await register.locator('main').innerText()).not.toMatch(/\[/);
    await register.close();
  });

  test('an archived article is headed by its title, publisher and date, never its file name', async () => {
    const page = await open(phone, '/nguon/000_f394016b0c7f8a8b/');
    expect(await page.locator('h1').innerText()).toBe(
      'Họp Tổ công tác số 01 - Kế hoạch 60-KH/HU của Huyện ủy',
    );
    expect(await page.locator('h1 + p.meta').innerText()).toBe(
      'Huyện ủy Nam Giang · Ngày đăng 13/7/2023',
    );
    expect(await page.title()).not.toContain('.txt');
    await page.close();
  });

  test('a source block says plainly that the address of the original is not known', async () => {
    const page = await open(phone, LONG_MEETING);
    const source = await page.locator('section[aria-labelledby="nguon"]').innerText();
    expect(source).toContain('Hồ sơ chưa ghi địa chỉ trang của bài gốc.');
    expect(await page.locator('section[aria-labelledby="nguon"] a[href^="/nguon/"]').count()).toBe(
      1,
    );
    await page.close();
  });

  test('every date the site writes is d/m/yyyy, and quotes are “…”', () => {
    const bad: string[] = [];
    for (const path of builtPages()) {
      const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
      for (const [, text] of html.matchAll(/<time datetime="\d{4}-\d{2}-\d{2}">([^<]*)<\/time>/g))
        // A day is d/m/yyyy; a deadline set by month, quarter or year is written as such.
        if (
          !/^(?:(?:[1-9]|[12]\d|3[01])\/(?:[1-9]|1[0-2])\/\d{4}|tháng (?:[1-9]|1[0-2])\/\d{4}|quý (?:I|II|III|IV)\/\d{4}|năm \d{4})$/.test(
            text!,
          )
        )
          bad.push(`${path}: ${text}`);
      const visible = html.replace(/<pre class="article">[\s\S]*?<\/pre>/g, '');
      if (/[«»]/.test(visible)) bad.push(`${path}: «»`);
    }
    expect(bad).toEqual([]);
  });
});

describe('every page can be shared and has an icon', () => {
  test('icon, Open Graph and Twitter tags on every page; the files they name exist', () => {
    const missing: string[] = [];
    for (const path of builtPages()) {
      const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
      if (/http-equiv="refresh"/.test(html)) continue;
      for (const tag of [
        '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
        '<meta property="og:site_name" content="Hồ sơ Nông thôn mới">',
        '<meta property="og:title" content="',
        '<meta property="og:description" content="',
        '<meta property="og:image" content="https://ntm-records.org/chia-se.png">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:title" content="',
        '<meta name="twitter:description" content="',
      ])
        if (!html.includes(tag)) missing.push(`${path}: ${tag}`);
    }
    expect(missing).toEqual([]);
    expect(existsSync(join(siteDir, 'favicon.svg'))).toBe(true);
    // A light image: a few kilobytes, not a photograph.
    expect(statSync(join(siteDir, 'chia-se.png')).size).toBeLessThan(40_000);
  });

  test('the footer claims only what is true', async () => {
    const page = await open(phone, '/');
    const footer = await page.locator('footer').innerText();
    expect(footer).not.toContain('mỗi hồ sơ dẫn về bài gốc');
    expect(footer).toContain('kèm đường dẫn tới bài gốc nếu biết địa chỉ');
    await page.close();
  });
});
