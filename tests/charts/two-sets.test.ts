/**
 * The charts on a site built from tests/fixtures/progress, where Lâm Hợp is assessed under Hà
 * Tĩnh's 20 criteria (2020) and then under QĐ 318's 19 (2023), and a plan has numeric targets:
 * the two sets are two charts on two axes, in both modes, and the plan shows its targets against
 * the reported figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';
import { buildInChild } from '../trust/support/build-site.ts';

let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'charts-two-sets-'));
  buildInChild(
    resolve(import.meta.dirname, '../fixtures/progress'),
    join(work, 'site'),
    inject('buildDate'),
  );
  server = await serveDirectory(join(work, 'site'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a commune assessed under two criteria sets', () => {
  test('without JavaScript: one chart per set, each out of its own number of criteria', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/dia-ban/ha-tinh/ky-anh/lam-hop/`);
    const svgs = page.locator('ntm-chart svg[role="img"]');
    expect(await svgs.count()).toBe(2);
    expect(await svgs.nth(0).locator(':scope > desc').textContent()).toBe(
      'Xã Lâm Hợp, Hà Tĩnh 2016–2020 (20 tiêu chí): ngày 8/9/2020 đạt 16/20 tiêu chí, 4 chưa đạt; ngày 20/12/2020 đạt 20/20 tiêu chí, 0 chưa đạt.',
    );
    expect(await svgs.nth(1).locator(':scope > desc').textContent()).toBe(
      'Xã Lâm Hợp, QĐ 318 (19 tiêu chí): ngày 1/6/2023 đạt 17/19 tiêu chí, 1 cơ bản đạt, 1 chưa đạt.',
    );
    expect(
      await svgs
        .nth(0)
        .locator('text', { hasText: /^\d+\/\d+$/ })
        .allTextContents(),
    ).toEqual(['16/20', '20/20']);
    expect(
      await svgs
        .nth(1)
        .locator('text', { hasText: /^\d+\/\d+$/ })
        .allTextContents(),
    ).toEqual(['17/19']);
    expect(await page.locator('section.progress p').first().textContent()).toContain(
      '2 bộ tiêu chí khác nhau',
    );
    await page.close();
  });

  test('with JavaScript: the two canvases keep their own axes (20 and 19)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    await page.goto(`${server.url}/dia-ban/ha-tinh/ky-anh/lam-hop/`);
    const charts = page.locator('ntm-chart');
    const drawn: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => charts.nth(i).getAttribute('data-enhanced')).toBe('chart.js');
      drawn.push(
        await charts.nth(i).evaluate((el) => {
          const c = (
            el as unknown as {
              chart: {
                options: { scales: { y: { max: number } } };
                data: { labels: string[]; datasets: Array<{ data: number[] }> };
              };
            }
          ).chart;
          return [c.options.scales.y.max, c.data.labels, c.data.datasets.map((d) => d.data)];
        }),
      );
    }
    expect(drawn).toEqual([
      [
        20,
        ['8/9/2020', '20/12/2020'],
        [
          [16, 20],
          [4, 0],
        ],
      ],
      [19, ['1/6/2023'], [[17], [1], [1]]],
    ]);
    await page.close();
  });

  test('each set has its own CSV file', async () => {
    for (const [set, line] of [
      ['ha-tinh-2016-2020', '2020-12-20,20,0'],
      ['qd-318', '2023-06-01,17,1,1'],
    ]) {
      const text = await (
        await fetch(`${server.url}/bieu-do/xa/ha-tinh/ky-anh/lam-hop/${set}.csv`)
      ).text();
      expect(text).toContain(`,${line}\r\n`);
    }
  });
});

describe('the district', () => {
  test('draws the newest set criterion table and links the older one as CSV', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/dia-ban/ha-tinh/ky-anh/`);
    expect(await page.locator('figure.ntm-matrix caption').allTextContents()).toEqual([
      'Tình trạng từng tiêu chí ở các xã của huyện Kỳ Anh: QĐ 318 (19 tiêu chí)',
    ]);
    const older = page.locator(
      'section.progress a[href="/bieu-do/ma-tran/ha-tinh/ky-anh/ha-tinh-2016-2020.csv"]',
    );
    expect(await older.count()).toBe(1);
    expect((await fetch(server.url + (await older.getAttribute('href'))!)).status).toBe(200);
    await page.close();
  });
});

describe('a plan with numeric targets', () => {
  test('shows each target against the latest reported figure, and its CSV', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/ke-hoach/kh-1-ubnd/`);
    const rows = page.locator('section.targets tbody tr');
    expect(await rows.count()).toBe(3);
    const cells = async (i: number) =>
      (await rows.nth(i).locator('th, td').allInnerTexts()).map((s) =>
        s.replace(/\s+/g, ' ').trim(),
      );
    expect(await cells(0)).toEqual([
      '2 xã đạt chuẩn nông thôn mới Huyện Kỳ Anh',
      '2 xã năm 2020',
      '1 xã Năm 2020',
      '50%',
    ]);
    expect(await cells(1)).toEqual([
      'Gieo cấy 5.500 ha lúa Huyện Kỳ Anh',
      '5.500 ha năm 2017',
      '5.466,32 ha Quý I năm 2017',
      '99%',
    ]);
    expect(await cells(2)).toEqual([
      '3 thôn kiểu mẫu Huyện Kỳ Anh',
      '3 thôn năm 2020',
      'Chưa có số liệu',
      '–',
    ]);
    expect(await rows.nth(0).locator('svg[role="img"]').getAttribute('aria-label')).toBe(
      '50% mục tiêu',
    );
    const href = await page.locator('section.targets a[download]').getAttribute('href');
    const bytes = new Uint8Array(await (await fetch(server.url + href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain(
      'Gieo cấy 5.500 ha lúa,dien-tich-lua,Huyện Kỳ Anh,2017,5500,ha,5466.32,ha,Quý I năm 2017,không,0.994',
    );
    await page.close();
  });
});
