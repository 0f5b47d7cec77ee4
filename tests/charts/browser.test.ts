/**
 * The progress charts in Chromium, on the built default site: with JavaScript off the static SVG,
 * its data table and the CSV file say Lâm Hợp 16/20, Kỳ Lạc 10/20 and Kỳ Anh's 9,8 tiêu chí/xã
 * (Q1 2017); with JavaScript on, chart.js is fetched only once a chart scrolls into view and draws
 * the same numbers, with tooltips and series toggling; pages without charts fetch no chart code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';

const LAM_HOP = '/dia-ban/ha-tinh/ky-anh/lam-hop/';
const KY_LAC = '/dia-ban/ha-tinh/ky-anh/ky-lac/';
const KY_ANH = '/dia-ban/ha-tinh/ky-anh/';
const isChartCode = (path: string): boolean =>
  /\/_astro\/(chart-render|ChartFigure)[^/]*\.js$/.test(path);

let siteDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  siteDir = inject('siteDir');
  server = await serveDirectory(siteDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(
  path: string,
  javaScriptEnabled: boolean,
): Promise<{
  context: BrowserContext;
  page: Page;
  requests: Array<{ path: string; at: number }>;
  problems: string[];
}> {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 390, height: 600 },
  });
  const page = await context.newPage();
  const requests: Array<{ path: string; at: number }> = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(m.text());
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { context, page, requests, problems };
}

/** Rows of the data table of the chart whose caption contains `caption`: header cell and values. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  return page.$$eval(
    'ntm-chart table',
    (tables, wanted) =>
      tables
        .filter((t) => t.querySelector('caption')?.textContent?.includes(wanted))
        .flatMap((t) =>
          [...t.querySelectorAll('tbody tr')].map((tr) =>
            [...tr.children].map((c) => c.textContent?.trim() ?? ''),
          ),
        ),
    caption,
  );
}

describe('with JavaScript off', () => {
  test('Lâm Hợp: the static chart says 16/20 in its picture, description and table, and its CSV agrees', async () => {
    const { context, page, requests } = await openPage(LAM_HOP, false);
    const svg = page.locator('ntm-chart svg[role="img"]').first();
    await expect(svg.isVisible()).resolves.toBe(true);
    expect(await svg.locator(':scope > title').textContent()).toContain('xã Lâm Hợp');
    expect(await svg.locator(':scope > desc').textContent()).toContain(
      'ngày 8/9/2020 đạt 16/20 tiêu chí, 4 chưa đạt',
    );
    expect(await svg.locator('text', { hasText: '16/20' }).count()).toBe(1);
    expect(await tableRows(page, 'Lâm Hợp')).toEqual([['8/9/2020', '16', '4']]);
    expect(await page.locator('ntm-chart canvas').count()).toBe(0);

    const href = await page.locator('ntm-chart a[download]').first().getAttribute('href');
    const csv = await (await fetch(server.url + href)).arrayBuffer();
    const bytes = new Uint8Array(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Xã Lâm Hợp,Hà Tĩnh');
    expect(new TextDecoder().decode(bytes)).toContain(',2020-09-08,16,4\r\n');
    expect(requests.some((r) => isChartCode(r.path))).toBe(false);
    await context.close();
  });

  test('Kỳ Lạc: 10/20', async () => {
    const { context, page } = await openPage(KY_LAC, false);
    expect(await page.locator('ntm-chart svg text', { hasText: '10/20' }).count()).toBe(1);
    expect(await tableRows(page, 'Kỳ Lạc')).toEqual([['8/9/2020', '10', '10']]);
    await context.close();
  });

  test('Kỳ Anh: the reported 9,8 tiêu chí/xã of Q1 2017, the communes in the criterion table, and the distribution', async () => {
    const { context, page } = await openPage(KY_ANH, false);
    const average = page.locator('ntm-chart', {
      has: page.locator('desc', { hasText: 'bình quân 9,8 tiêu chí/xã' }),
    });
    expect(await average.count()).toBe(1);
    expect(await average.locator('desc').textContent()).toContain('Quý I năm 2017');
    expect(await average.locator('svg text', { hasText: '9,8' }).count()).toBe(1);
    expect(await average.locator('tbody tr').first().locator('th, td').allTextContents()).toEqual([
      'Quý I năm 2017',
      '9,8',
      'Báo cáo (Quý I năm 2017)',
    ]);

    const matrix = page.locator('figure.ntm-matrix table');
    expect(await matrix.locator('thead th').allTextContents()).toEqual([
      'Tiêu chí',
      'Kỳ Lạc8/9/2020',
      'Lâm Hợp8/9/2020',
    ]);
    expect(await matrix.locator('tfoot td').allTextContents()).toEqual(['10/20', '16/20']);
    const row15 = matrix.locator('tbody tr', { hasText: '15. Y tế' });
    expect((await row15.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      '✗ Chưa đạt',
      '✓ Đạt',
    ]);

    expect(await tableRows(page, 'theo số tiêu chí đạt')).toEqual([
      ['2020', '0', '0', '1', '1', '0', '2/7 xã có đánh giá'],
    ]);
    await context.close();
  });
});

describe('with JavaScript on', () => {
  test('Lâm Hợp: chart.js is fetched only when the chart scrolls into view, then draws 16 Đạt and 4 Chưa đạt', async () => {
    const { context, page, requests, problems } = await openPage(LAM_HOP, true);
    const chart = page.locator('ntm-chart').first();
    const below = await chart.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight);
    expect(below, 'the chart starts below the fold on a phone-sized window').toBe(true);
    await page.waitForTimeout(300);
    expect(requests.filter((r) => r.path.includes('/chart-render'))).toEqual([]);
    expect(requests.some((r) => r.path.includes('/ChartFigure'))).toBe(true);

    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('ntm-chart[data-enhanced="chart.js"] canvas', { state: 'visible' });
    expect(requests.filter((r) => r.path.includes('/chart-render'))).toHaveLength(1);
    expect(await chart.locator('[data-chart-static]').isHidden()).toBe(true);
    expect(await chart.locator('canvas').getAttribute('aria-label')).toContain(
      'đạt 16/20 tiêu chí',
    );

    type ChartLike = {
      data: { labels: string[]; datasets: Array<{ label: string; data: number[] }> };
    };
    const data = await chart.evaluate((el) => {
      const c = (el as unknown as { chart: ChartLike }).chart;
      return { labels: c.data.labels, datasets: c.data.datasets.map((d) => [d.label, d.data]) };
    });
    expect(data).toEqual({
      labels: ['8/9/2020'],
      datasets: [
        ['Đạt', [16]],
        ['Chưa đạt', [4]],
      ],
    });

    // Tooltip: hovering the bar shows its value.
    type Live = {
      getDatasetMeta(i: number): { data: Array<{ x: number; y: number }> };
      tooltip: { getActiveElements(): unknown[]; body?: Array<{ lines: string[] }> };
      legend: {
        legendHitBoxes: Array<{ left: number; top: number; width: number; height: number }>;
      };
      isDatasetVisible(i: number): boolean;
    };
    const bar = await chart.evaluate((el) => {
      const c = (el as unknown as { chart: Live }).chart;
      const p = c.getDatasetMeta(0).data[0]!;
      return { x: p.x, y: p.y + 5 };
    });
    const box = (await chart.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + bar.x, box.y + bar.y);
    await page.waitForFunction(
      () =>
        (
          document.querySelector('ntm-chart') as unknown as { chart: Live }
        ).chart.tooltip.getActiveElements().length > 0,
    );
    const lines = await chart.evaluate((el) =>
      (el as unknown as { chart: Live }).chart.tooltip.body?.flatMap((b) => b.lines),
    );
    expect(lines).toContain('Đạt: 16 tiêu chí');

    // Series toggling: clicking "Đạt" in the legend hides that series.
    // The hit box and canvas position are read just before the click: the tooltip may have moved the page.
    const hit = await chart.evaluate(
      (el) => (el as unknown as { chart: Live }).chart.legend.legendHitBoxes[0]!,
    );
    const canvasBox = (await chart.locator('canvas').boundingBox())!;
    await page.mouse.click(
      canvasBox.x + hit.left + hit.width / 2,
      canvasBox.y + hit.top + hit.height / 2,
    );
    await page.waitForFunction(
      () =>
        !(document.querySelector('ntm-chart') as unknown as { chart: Live }).chart.isDatasetVisible(
          0,
        ),
      undefined,
      { timeout: 5000 },
    );
    expect(
      await chart.evaluate((el) => (el as unknown as { chart: Live }).chart.isDatasetVisible(0)),
    ).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('Kỳ Anh: the enhanced charts carry 9.8 reported and 13 worked out from Lâm Hợp and Kỳ Lạc', async () => {
    const { context, page, problems } = await openPage(KY_ANH, true);
    const charts = page.locator('ntm-chart');
    const n = await charts.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => charts.nth(i).getAttribute('data-enhanced')).toBe('chart.js');
    }
    const values = await page.$$eval('ntm-chart', (els) =>
      els.map((el) =>
        (
          el as unknown as {
            chart: { data: { datasets: Array<{ label: string; data: Array<number | null> }> } };
          }
        ).chart.data.datasets.map((d) => [d.label, d.data]),
      ),
    );
    expect(values).toContainEqual([['Bình quân theo báo cáo của địa phương', [9.8]]]);
    expect(values).toContainEqual([['Trung bình của các xã có đánh giá trong hồ sơ', [13]]]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the enhanced charts', () => {
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );

  test.each([LAM_HOP, KY_ANH])(
    '%s: axe-core finds no violation in the charts once chart.js has drawn them',
    async (path) => {
      // The site's CSP would refuse the injected axe script; nothing else changes.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width: 390, height: 600 },
      });
      const page = await context.newPage();
      await page.goto(server.url + path);
      const charts = page.locator('ntm-chart');
      for (let i = 0; i < (await charts.count()); i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(() => charts.nth(i).getAttribute('data-enhanced')).toBe('chart.js');
      }
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: unknown) => Promise<{
                passes: unknown[];
                violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
              }>;
            };
          }
        ).axe;
        const result = await axe.run({ include: [['ntm-chart'], ['section.progress']] });
        return {
          passes: result.passes.length,
          list: result.violations.map(
            (v) => `${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
          ),
        };
      });
      expect(violations.passes, 'axe checked the charts').toBeGreaterThan(5);
      expect(violations.list).toEqual([]);
      await context.close();
    },
  );
});

describe('pages without charts', () => {
  function htmlFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });
  }

  test('only pages with an <ntm-chart> reference chart code, and no page references chart.js directly', () => {
    const pages = htmlFiles(siteDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
    const withCode = pages.filter((p) => /_astro\/ChartFigure[^"]*\.js/.test(p.html));
    const withCharts = pages.filter((p) => p.html.includes('<ntm-chart'));
    expect(withCode.map((p) => p.file).sort()).toEqual(withCharts.map((p) => p.file).sort());
    expect(withCharts.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.html.includes('chart-render')).map((p) => p.file)).toEqual([]);
  });

  test.each(['/', '/cuoc-hop/', '/dia-ban/ha-tinh/'])(
    '%s requests no chart code, even scrolled to the end',
    async (path) => {
      const { context, page, requests } = await openPage(path, true);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(500);
      expect(requests.filter((r) => isChartCode(r.path))).toEqual([]);
      await context.close();
    },
  );
});
