/** axe-core over one page of every kind, in Chromium: no violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { validateContent } from '../../src/records/validate.ts';
import { bodyUrl, planUrl } from '../../src/site/urls.ts';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';

const { content } = validateContent(resolve(import.meta.dirname, '../../content'));
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One page of each kind the site has. */
const PAGE_KINDS: Array<[string, string]> = [
  ['home', '/'],
  ['meetings hub', '/cuoc-hop/'],
  ['meetings of a year', '/cuoc-hop/nam/2020/'],
  ['meetings of a place', '/cuoc-hop/dia-ban/ha-tinh/ky-anh/'],
  ['meetings of a body', '/cuoc-hop/co-quan/ha-tinh/ky-anh/thuong-truc-huyen-uy/'],
  ['meeting', '/cuoc-hop/2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop/'],
  ['meeting with statistics', '/cuoc-hop/2017/2017-04-14-so-ket-quy-1-huyen-uy-ky-anh/'],
  ['document register', '/van-ban/'],
  ['documents of a type', '/van-ban/loai/ket-luan/'],
  ['document', '/van-ban/ha-tinh/ky-anh/ban-thuong-vu-huyen-uy/quyet-dinh-1447/'],
  ['plans', '/ke-hoach/'],
  ['places', '/dia-ban/'],
  ['district', '/dia-ban/ha-tinh/ky-anh/'],
  ['commune', '/dia-ban/ha-tinh/ky-anh/lam-hop/'],
  ['bodies', '/co-quan/'],
  ['criteria sets', '/bo-tieu-chi/'],
  ['criteria set', '/bo-tieu-chi/ha-tinh-2016-2020/'],
  ['criterion', '/bo-tieu-chi/ha-tinh-2016-2020/tieu-chi-20/'],
  ['programmes', '/chuong-trinh/'],
  ['programme', '/chuong-trinh/nong-thon-moi/'],
  ['task tracker', '/nhiem-vu/'],
  ['overdue tasks', '/nhiem-vu/qua-han/'],
  ['source article', '/nguon/004_6aa71deb074a78cc/'],
  ['search page', '/tim-kiem/'],
  ['tasks without a deadline', '/nhiem-vu/chua-co-thoi-han/'],
  ['open data', '/du-lieu/'],
  ['not found', '/khong-co-trang-nay/'],
  // Plans and bodies: whichever the content has first.
  ['plan', planUrl(content.plans[0]!.id)],
  ['body', bodyUrl(content.bodies[0]!.id)],
];

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(inject('siteDir'));
  browser = await launchChromium();
  // The site's Content-Security-Policy would refuse the injected axe script; the pages are checked as served otherwise.
  context = await browser.newContext({ bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core)', () => {
  test.each(PAGE_KINDS)('%s (%s) has no violations', async (kind, path) => {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response!.status(), path).toBe(kind === 'not found' ? 404 : 200);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (c: Document) => Promise<{
              violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
            }>;
          };
        }
      ).axe.run(document);
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      );
    });
    await page.close();
    expect(violations, path).toEqual([]);
  });
});
