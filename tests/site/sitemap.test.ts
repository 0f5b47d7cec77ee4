import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const siteDir = inject('siteDir');

describe('sitemap and robots.txt', () => {
  const xml = readFileSync(join(siteDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  test('every address in the sitemap is a built page', () => {
    expect(paths.length).toBeGreaterThan(100);
    const missing = paths.filter((p) => !existsSync(join(siteDir, p, 'index.html')));
    expect(missing).toEqual([]);
  });

  test('lists home, records, lists and sources', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/dia-ban/ha-tinh/ky-anh/lam-hop/');
    expect(paths).toContain('/nhiem-vu/qua-han/');
    expect(paths).toContain('/nguon/004_6aa71deb074a78cc/');
  });

  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m,
    );
  });
});
