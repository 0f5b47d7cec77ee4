/** A new reader's path with JavaScript off: home → a commune → a meeting → a cited document → back via its backlink. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/checks/chromium.ts';
import { serveDirectory, type StaticServer } from '../../src/checks/static-server.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDirectory(inject('siteDir'));
  browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const h1 = async () => (await page.locator('h1').innerText()).trim();

describe('navigation without JavaScript', () => {
  test('home → Lâm Hợp → its meeting → the cited QĐ 1447 → back to the meeting through the backlink', async () => {
    await page.goto(`${server.url}/`);
    expect(await h1()).toBe('Hồ sơ Nông thôn mới');

    await page
      .locator('main')
      .getByRole('link', { name: 'Xã Lâm Hợp', exact: true })
      .first()
      .click();
    expect(page.url()).toBe(`${server.url}/dia-ban/ha-tinh/ky-anh/lam-hop/`);
    expect(await h1()).toBe('Xã Lâm Hợp');
    // The commune's latest status per criterion, as the source counted it.
    expect(await page.locator('section:has(> h2#danh-gia)').innerText()).toContain(
      'Đạt 16/20 tiêu chí',
    );

    await page
      .locator('section:has(> h2#cuoc-hop)')
      .getByRole('link', { name: /Kỳ Lạc và xã Lâm Hợp/ })
      .click();
    const meetingUrl = page.url();
    expect(meetingUrl).toContain('/cuoc-hop/2020/');
    expect(await h1()).toContain('Lâm Hợp');

    await page
      .locator('section:has(> h2#van-ban)')
      .getByRole('link', { name: /1447/ })
      .first()
      .click();
    expect(page.url()).toContain('/van-ban/');
    expect(await h1()).toContain('1447');

    await page
      .locator('section:has(> h2#duoc-nhac-den)')
      .getByRole('link', { name: /Kỳ Lạc và xã Lâm Hợp/ })
      .click();
    expect(page.url()).toBe(meetingUrl);
  });

  test('an overdue task shows as overdue on its meeting page and in the tracker', async () => {
    await page.goto(`${server.url}/cuoc-hop/2023/2023-07-11-to-cong-tac-so-01-nam-giang/`);
    const task = page.locator('li.task', { hasText: 'Mía cao sản' });
    expect(await task.count()).toBe(1);
    expect(await task.locator('.state').innerText()).toBe('Quá hạn, chưa có báo cáo kết quả');
    expect(await task.innerText()).toContain('15/8/2023');
    // 15/8/2023 to the test build's date, 22/11/2026.
    expect(await task.innerText()).toContain('(quá 1.195 ngày)');

    // On the page of the body it was given to, and in the tracker's list for that body.
    await task.getByRole('link', { name: /Chi bộ/ }).click();
    expect(
      await page.locator('li.task', { hasText: 'Mía cao sản' }).locator('.state').innerText(),
    ).toBe('Quá hạn, chưa có báo cáo kết quả');
    await page.goto(`${server.url}/nhiem-vu/co-quan/quang-nam/nam-giang/thanh-my/ha-ra/chi-bo/`);
    expect(
      await page.locator('li.task', { hasText: 'Mía cao sản' }).locator('.state').innerText(),
    ).toBe('Quá hạn, chưa có báo cáo kết quả');
  });

  test('a meeting prints without navigation, search box or footer', async () => {
    await page.goto(
      `${server.url}/cuoc-hop/2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop/`,
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('header nav').isVisible()).toBe(true);
  });
});
