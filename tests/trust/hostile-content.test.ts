/**
 * Hostile content end to end: tests/fixtures/hostile/ is a valid content folder whose every
 * text field tries to inject markup or script (`<script>`, `</title><script>`, `</script>` to
 * break out of a JSON block, event handlers, `javascript:` addresses). Built for real, no script
 * from a record may run, even with the CSP switched off, and the text must still be shown (escaped,
 * not dropped). A `javascript:` source url is refused by the schema (tests/fixtures/bad/).
 * Names that start like a spreadsheet formula (=, +, -, @) reach every CSV defused, and every
 * XML file is well-formed to a strict parser.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listStartTags } from '../../src/checks/link-check.ts';
import { parseCsv } from '../../src/formats/csv.ts';
import { listFiles } from '../../src/records/read.ts';
import { sourceSchema } from '../../src/schemas/shared.ts';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { parseXml } from '../support/xml.ts';
import { buildInChild, trustWorkDir } from './support/build-site.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/hostile');
const JSON_TYPES = ['application/json', 'application/ld+json', 'importmap'];

let work: string;
let siteDir: string;
let pages: string[];

beforeAll(() => {
  work = trustWorkDir('hostile');
  siteDir = join(work, 'dist');
  buildInChild(FIXTURE, siteDir, inject('buildDate'));
  pages = listFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.slice(siteDir.length + 1)}`.replace(/index\.html$/, ''));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const htmlOf = (address: string) =>
  readFileSync(join(siteDir, address, address.endsWith('.html') ? '' : 'index.html'), 'utf8');

describe('the schema', () => {
  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses the source url %s', (url) => {
    const result = sourceSchema.safeParse({ title: 'x', publisher: 'y', url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'ghi đầy đủ địa chỉ trang web, bắt đầu bằng https:// hoặc http://',
    );
  });
});

describe('the built pages', () => {
  test('include every kind of record page', () => {
    for (const page of [
      '/cuoc-hop/',
      '/van-ban/60-kh-hu/',
      '/ke-hoach/',
      '/dia-ban/ky-tan/',
      '/co-quan/huyen-uy/',
    ]) {
      expect(
        pages.some((p) => p.startsWith(page)),
        page,
      ).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  test('carry no event handler, frame or foreign script from a record', () => {
    const found: string[] = [];
    for (const address of pages) {
      for (const tag of listStartTags(htmlOf(address))) {
        for (const [name, value] of tag.attributes) {
          if (name.startsWith('on')) found.push(`${address}: <${tag.name} ${name}>`);
          if (/^\s*javascript:/i.test(value))
            found.push(`${address}: <${tag.name} ${name}="${value}">`);
        }
        if (['iframe', 'object', 'embed', 'frame'].includes(tag.name))
          found.push(`${address}: <${tag.name}>`);
        if (tag.name !== 'script') continue;
        const type = tag.attributes.get('type') ?? '';
        const src = tag.attributes.get('src');
        if (src !== undefined) {
          if (!/^\/(_astro|pagefind)\//.test(src)) found.push(`${address}: <script src="${src}">`);
        } else if (JSON_TYPES.includes(type)) {
          // A data block must stay one JSON value: a `</script>` in a record would have ended it early.
          try {
            JSON.parse(tag.content ?? '');
          } catch {
            found.push(
              `${address}: a <script type="${type}"> that is not JSON: ${tag.content?.slice(0, 80)}`,
            );
          }
        } else if (/alert\(/.test(tag.content ?? '')) {
          found.push(`${address}: an inline script with record text: ${tag.content?.slice(0, 80)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('feeds carry no markup from a record, and every XML file is well-formed', () => {
    const xmlFiles = listFiles(siteDir).filter((f) => f.endsWith('.xml'));
    expect(xmlFiles.some((f) => f.includes('/feeds/'))).toBe(true);
    for (const file of xmlFiles) {
      const xml = readFileSync(file, 'utf8');
      expect(xml, file).not.toMatch(/<script|<svg|<img|<iframe/i);
      expect(() => parseXml(xml), file).not.toThrow();
    }
  });

  test('every CSV defuses text a spreadsheet would run as a formula', () => {
    const csvFiles = listFiles(siteDir).filter((f) => f.endsWith('.csv'));
    expect(csvFiles.some((f) => f.includes('/bieu-do/'))).toBe(true);
    expect(csvFiles.some((f) => f.includes('/data/'))).toBe(true);
    const formulas: string[] = [];
    const defused = new Set<string>();
    for (const file of csvFiles) {
      for (const cell of parseCsv(readFileSync(file, 'utf8')).flat()) {
        if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))
          formulas.push(`${file.slice(siteDir.length)}: ${cell}`);
        if (cell.startsWith("'")) defused.add(cell.slice(0, 12));
      }
    }
    expect(formulas).toEqual([]);
    // The fixture's names reached the CSVs (so the check above had something to find).
    expect([...defused].sort()).toEqual(
      expect.arrayContaining(["'+84 Kỳ Lạc ", "'=HYPERLINK(", "'@SUM(1+1)*c"]),
    );
  });

  test('an archived article is published only because a record cites it, as text', () => {
    expect(pages).toContain('/nguon/000_bai-bao/');
    const html = htmlOf('/nguon/000_bai-bao/');
    expect(html).toContain('&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;');
    expect(listFiles(siteDir).filter((f) => f.includes('/nguon/') && f.endsWith('.html'))).toEqual([
      join(siteDir, 'nguon/000_bai-bao/index.html'),
    ]);
  });
});

describe('in Chromium, with the Content Security Policy switched off', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveDirectory(siteDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('no script from a record runs on any page', async () => {
    // Without the CSP, only escaping stands between a record and the reader's browser.
    const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    await context.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __calls: string[] }).__calls = calls;
      for (const name of ['alert', 'confirm', 'prompt'] as const) {
        (window as unknown as Record<string, unknown>)[name] = (message: unknown) =>
          void calls.push(`${name}(${String(message)})`);
      }
    });
    const ran: string[] = [];
    context.on('dialog', (dialog) => {
      ran.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    const page = await context.newPage();
    for (const address of pages) {
      await page.goto(`${server.url}${address}`, { waitUntil: 'networkidle' });
      // Hovering and clicking would fire handlers if any had slipped through.
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `<${el.localName} ${a.name}>`),
        ),
      );
      const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
      ran.push(...handlers.map((h) => `${address}: ${h}`), ...calls.map((c) => `${address}: ${c}`));
    }
    expect(ran).toEqual([]);
    await context.close();
  });

  test('would notice a handler that ran (the check can fail)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await context.addInitScript(() => {
      (window as unknown as { __calls: string[] }).__calls = [];
      window.alert = (m?: unknown) =>
        void (window as unknown as { __calls: string[] }).__calls.push(`alert(${String(m)})`);
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="/khong-co.png" onerror="alert(7)">'),
    );
    await page.waitForFunction(
      () => (window as unknown as { __calls: string[] }).__calls.length > 0,
    );
    expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toEqual(
      ['alert(7)'],
    );
    await context.close();
  });

  test('the hostile text is shown as text, not dropped', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    const meeting = pages.find((p) => p.startsWith('/cuoc-hop/') && p.includes('2021-03-01-hop'))!;
    expect(meeting).toBeDefined();
    await page.goto(`${server.url}${meeting}`);
    expect(await page.locator('h1').textContent()).toContain(
      "<script>alert('meeting-title')</script> Họp Tổ công tác",
    );
    const text = await page.locator('main').textContent();
    expect(text).toContain("Hoàn thành </script><script>alert('task')</script> đường giao thông");
    expect(text).toContain("Nguyễn Văn <script>alert('chair')</script>");
    await page.goto(`${server.url}/van-ban/60-kh-hu/`);
    expect(await page.locator('h1').textContent()).toContain(
      "Kế hoạch </title><script>alert('doc-title')</script>",
    );
    expect(await page.title()).toContain("Kế hoạch </title><script>alert('doc-title')</script>");
    // Code in a Markdown body is shown, escaped.
    expect(await page.locator('main pre code').first().textContent()).toContain(
      "<script>alert('code-block')</script>",
    );
    await page.close();
  });
});
