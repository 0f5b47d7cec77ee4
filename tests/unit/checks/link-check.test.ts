import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkSiteLinks,
  extractLinks,
  listStartTags,
  resolveSitePath,
} from '../../../src/checks/link-check.ts';

describe('extractLinks', () => {
  test('finds href, src, srcset and CSS url(), and element ids', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="preconnect" href="https://cdn.example">
      <style>.x{background:url("/bg.svg")}</style><script type="module" src="/_astro/b.js"></script>
      <script>const s = '<a href="/not-a-link/">';</script></head>
      <body><a href='/cuoc-hop/' id=top>x</a><img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x">
      <!-- <a href="/commented/"> --><h2 id="ket-luan">K</h2><a name="cu"></a><div style="background-image: url(/c.png)"></div>
      <a href="/van-ban/?q=1&amp;r=2#muc">y</a></body></html>`;
    const { links, ids } = extractLinks(html);
    expect(links).toEqual([
      { from: 'link[href]', url: '/_astro/a.css' },
      { from: 'style url()', url: '/bg.svg' },
      { from: 'script[src]', url: '/_astro/b.js' },
      { from: 'a[href]', url: '/cuoc-hop/' },
      { from: 'img[src]', url: '/a.png' },
      { from: 'img[srcset]', url: '/a-1x.png' },
      { from: 'img[srcset]', url: '/a-2x.png' },
      { from: 'div[style] url()', url: '/c.png' },
      { from: 'a[href]', url: '/van-ban/?q=1&r=2#muc' },
    ]);
    expect([...ids].sort()).toEqual(['cu', 'ket-luan', 'top']);
  });
});

describe('listStartTags', () => {
  test('keeps script and style text as content, never as tags, and skips comments', () => {
    const tags = listStartTags(
      '<p title="a > b">x</p><!-- <img src=x> --><script type="application/json">{"t":"<b onclick=x>"}</script><style>p{}</style>',
    );
    expect(tags.map((t) => [t.name, Object.fromEntries(t.attributes), t.content])).toEqual([
      ['p', { title: 'a > b' }, undefined],
      ['script', { type: 'application/json' }, '{"t":"<b onclick=x>"}'],
      ['style', {}, 'p{}'],
    ]);
  });
});

describe('listStartTags on attribute values', () => {
  test.each([
    ['/a/?x=1&amp;y=2', '/a/?x=1&y=2'],
    ['&#47;van-ban&#x2F;', '/van-ban/'],
    ['&quot;&lt;&gt;&apos;', '"<>\''],
    ['Kỳ Tân &amp; Lâm Hợp', 'Kỳ Tân & Lâm Hợp'],
  ])('decodes %s', (written, value) => {
    expect(listStartTags(`<a href="${written}">x</a>`)[0]!.attributes.get('href')).toBe(value);
  });

  test('reads upper-case names, unquoted values and attributes without a value', () => {
    const [tag] = listStartTags('<A HREF=/x/ Hidden>y</A>');
    expect([tag!.name, Object.fromEntries(tag!.attributes)]).toEqual([
      'a',
      { href: '/x/', hidden: '' },
    ]);
  });
});

describe('listStartTags on hostile text', () => {
  test('reads a "<script>" inside an attribute value as text', () => {
    const tags = listStartTags(
      `<meta content="Kỳ Tân</title><script>alert('x')</script>"><script src="/_astro/a.js"></script>`,
    );
    expect(tags.map((t) => [t.name, Object.fromEntries(t.attributes), t.content])).toEqual([
      ['meta', { content: "Kỳ Tân</title><script>alert('x')</script>" }, undefined],
      ['script', { src: '/_astro/a.js' }, ''],
    ]);
  });
});

describe('checkSiteLinks', () => {
  let site: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'ntm-links-'));
    write(
      'index.html',
      `<a href="/cuoc-hop/">ok</a><a href="cuoc-hop/#ket-luan">ok fragment</a><a href="/cuoc-hop">ok without slash</a>
      <a href="/van-ban/">missing page</a><a href="/cuoc-hop/#khong-co">missing fragment</a><img src="/logo.svg">
      <a href="https://example.org/x">other site</a><a href="mailto:a@b.vn">mail</a><a href="https://ntm-records.org/khong-co/">own site, missing</a>
      <a href="javascript:alert(1)">script</a><a href="/%C4%91%E1%BB%8Ba-ban/">encoded, exists</a><a href="/../etc/passwd">outside</a>`,
    );
    write(
      'cuoc-hop/index.html',
      '<h2 id="ket-luan">Kết luận</h2><a href="../">up</a><a href="#ket-luan">here</a>',
    );
    write('địa-ban/index.html', '<p>x</p>');
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('reports each link that does not resolve, with its page and what is wrong', () => {
    const { pages, broken } = checkSiteLinks(site, { siteOrigin: 'https://ntm-records.org' });
    expect(pages).toBe(3);
    expect(broken).toEqual([
      { page: '/index.html', from: 'a[href]', url: '/van-ban/', problem: 'no file for /van-ban/' },
      {
        page: '/index.html',
        from: 'a[href]',
        url: '/cuoc-hop/#khong-co',
        problem: '/cuoc-hop/ has no element with id "khong-co"',
      },
      { page: '/index.html', from: 'img[src]', url: '/logo.svg', problem: 'no file for /logo.svg' },
      {
        page: '/index.html',
        from: 'a[href]',
        url: 'https://ntm-records.org/khong-co/',
        problem: 'no file for /khong-co/',
      },
      {
        page: '/index.html',
        from: 'a[href]',
        url: 'javascript:alert(1)',
        problem: 'a javascript: address',
      },
      {
        page: '/index.html',
        from: 'a[href]',
        url: '/../etc/passwd',
        problem: 'no file for /etc/passwd',
      },
    ]);
  });

  test('resolves folders to their index.html, as nginx does', () => {
    expect(resolveSitePath(site, '/cuoc-hop/')).toBe(join(site, 'cuoc-hop/index.html'));
    expect(resolveSitePath(site, '/cuoc-hop')).toBe(join(site, 'cuoc-hop/index.html'));
    expect(resolveSitePath(site, '/khong-co/')).toBeUndefined();
  });
});
