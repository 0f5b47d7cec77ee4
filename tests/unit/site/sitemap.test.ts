import { describe, expect, test } from 'vitest';
import { sitemapChunks, sitemapIndex, urlSet } from '../../../src/site/sitemap.ts';

const base = new URL('https://example.org');

describe('urlSet', () => {
  test('lists absolute, escaped addresses', () => {
    expect(urlSet(['/', '/a&b/'], base)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>https://example.org/</loc></url>\n<url><loc>https://example.org/a&amp;b/</loc></url>\n</urlset>\n',
    );
  });
});

describe('sitemapChunks', () => {
  test('keeps a small site in one file', () => {
    expect(sitemapChunks(['/a/', '/b/'], 3)).toEqual([['/a/', '/b/']]);
    expect(sitemapChunks([], 3)).toEqual([[]]);
  });
  test('splits a large one, and the index points at each part', () => {
    expect(sitemapChunks(['/1/', '/2/', '/3/', '/4/'], 3)).toEqual([
      ['/1/', '/2/', '/3/'],
      ['/4/'],
    ]);
    expect(sitemapIndex(2, base)).toContain(
      '<sitemap><loc>https://example.org/sitemap-2.xml</loc></sitemap>',
    );
  });
});
