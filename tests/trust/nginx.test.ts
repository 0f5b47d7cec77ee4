/**
 * The site served for real: the repository's nginx configuration (scripts/nginx/ntm-records.conf)
 * on loopback, over the default site built by tests/global-setup.ts. Checks the security
 * headers, cache lifetimes, precompressed gzip and brotli, the 404 page, and a page load in
 * Chromium with no CSP violation.
 */
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/checks/chromium.ts';
import { startNginx, type RunningNginx } from './support/nginx.ts';
import { watchPage } from './support/csp-watch.ts';
import { splitCopy } from '../search/split-site.ts';

const siteDir = inject('siteDir');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET without any decoding, so the bytes on the wire can be compared with the files. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function firstFile(dir: string, test: (name: string) => boolean): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir).sort().find(test);
}

let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(siteDir);
});
afterAll(async () => {
  await nginx?.stop();
});

describe('nginx serving dist/', () => {
  test('sends the security headers on pages', async () => {
    const res = await get(`${nginx.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['server']).toBe('nginx');
    // Pages change with every build: the browser revalidates (ETag → 304).
    expect(res.headers['cache-control']).toBe('no-cache');
    const again = await get(`${nginx.url}/`, { 'if-none-match': String(res.headers['etag']) });
    expect(again.status).toBe(304);
  });

  test('caches fingerprinted assets for a year, and revalidates Pagefind’s entry files', async () => {
    const asset = firstFile(join(siteDir, '_astro'), (n) => n.endsWith('.js'));
    expect(asset, 'the site has a script in /_astro/').toBeDefined();
    const res = await get(`${nginx.url}/_astro/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');

    const fragment = firstFile(join(siteDir, 'pagefind/fragment'), () => true);
    expect(fragment).toBeDefined();
    expect((await get(`${nginx.url}/pagefind/fragment/${fragment}`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const meta = firstFile(join(siteDir, 'pagefind'), (n) => n.endsWith('.pf_meta'));
    expect((await get(`${nginx.url}/pagefind/${meta}`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    // pagefind.js and pagefind-entry.json name the hashed files of the current build only.
    expect((await get(`${nginx.url}/pagefind/pagefind.js`)).headers['cache-control']).toBe(
      'no-cache',
    );
    expect((await get(`${nginx.url}/pagefind/pagefind-entry.json`)).headers['cache-control']).toBe(
      'no-cache',
    );
  });

  test.each([
    ['br', brotliDecompressSync, '.br'],
    ['gzip', gunzipSync, '.gz'],
  ] as const)(
    'serves the precompressed %s file when the browser accepts it',
    async (encoding, decompress, suffix) => {
      const original = readFileSync(join(siteDir, 'index.html'));
      const res = await get(`${nginx.url}/`, { 'accept-encoding': encoding });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['vary']).toContain('Accept-Encoding');
      expect(res.body.equals(readFileSync(join(siteDir, `index.html${suffix}`)))).toBe(true);
      expect(decompress(res.body).equals(original)).toBe(true);
    },
  );

  test('prefers brotli when both are accepted, and sends plain bytes when neither is', async () => {
    expect(
      (await get(`${nginx.url}/`, { 'accept-encoding': 'gzip, deflate, br' })).headers[
        'content-encoding'
      ],
    ).toBe('br');
    const plain = await get(`${nginx.url}/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(siteDir, 'index.html')))).toBe(true);
  });

  test('compresses scripts too', async () => {
    const asset = firstFile(
      join(siteDir, '_astro'),
      (n) => n.endsWith('.js') && existsSync(join(siteDir, '_astro', `${n}.br`)),
    )!;
    const res = await get(`${nginx.url}/_astro/${asset}`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(
      brotliDecompressSync(res.body).equals(readFileSync(join(siteDir, '_astro', asset))),
    ).toBe(true);
  });

  test('answers an unknown address with 404 and the site’s 404 page, with the headers', async () => {
    const res = await get(`${nginx.url}/khong-co-trang-nay/`);
    expect(res.status).toBe(404);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(existsSync(join(siteDir, '404.html')), 'the site has a 404 page').toBe(true);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
  });

  test('redirects an address without its trailing slash, relative to the host the reader used', async () => {
    const page = readdirSync(siteDir, { withFileTypes: true }).find(
      (d) => d.isDirectory() && existsSync(join(siteDir, d.name, 'index.html')),
    )!;
    const res = await get(`${nginx.url}/${page.name}`);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(`/${page.name}/`);
  });

  test.each([
    ['/data/meetings.json', 'application/json; charset=utf-8'],
    ['/data/meetings.csv', 'text/csv; charset=utf-8'],
    ['/feeds/tat-ca.xml', 'text/xml; charset=utf-8'],
  ])('serves %s as %s, compressed, with nosniff', async (path, type) => {
    expect(existsSync(join(siteDir, path)), `${path} is built`).toBe(true);
    const res = await get(`${nginx.url}${path}`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.body).equals(readFileSync(join(siteDir, path)))).toBe(true);
  });

  test('does not serve files outside the site', async () => {
    const res = await get(`${nginx.url}/../package.json`);
    expect(res.status).not.toBe(200);
  });
});

describe('a page load through nginx in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('shows the home page with no CSP violation and no error', async () => {
    const page = await browser.newPage();
    const watch = await watchPage(page);
    const response = await page.goto(`${nginx.url}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-encoding']).toBe('br');
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await watch.problems()).toEqual([]);
    await page.close();
  });
});

describe('nginx serving a site whose search index is split by province', () => {
  let split: { dir: string };
  let splitNginx: RunningNginx;
  beforeAll(async () => {
    split = await splitCopy(siteDir);
    splitNginx = await startNginx(split.dir);
  });
  afterAll(async () => {
    await splitNginx?.stop();
    if (split) rmSync(split.dir, { recursive: true, force: true });
  });

  test('caches each index’s hashed files for a year and revalidates its entry file', async () => {
    const folder = join(split.dir, 'pagefind', 'ha-tinh');
    const cacheOf = async (path: string) =>
      (await get(`${splitNginx.url}/pagefind/ha-tinh/${path}`)).headers['cache-control'];
    for (const sub of ['index', 'fragment', 'filter']) {
      const file = firstFile(join(folder, sub), (n) => /\.pf_(index|fragment|filter)$/.test(n));
      expect(file, sub).toBeDefined();
      expect(await cacheOf(`${sub}/${file}`)).toBe('public, max-age=31536000, immutable');
    }
    const meta = firstFile(folder, (n) => n.endsWith('.pf_meta'));
    expect(await cacheOf(meta!)).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('pagefind-entry.json')).toBe('no-cache');
    expect(await cacheOf('wasm.unknown.pagefind')).toBe('no-cache');
  });
});
