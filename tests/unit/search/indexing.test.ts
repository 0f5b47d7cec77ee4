import { describe, expect, test } from 'vitest';
import { searchInput } from '../../../src/search/indexing.ts';

const page = (style: string, footer: string, main: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xã Lâm Hợp · Hồ sơ</title>` +
  `<style>${style}</style><script type="module" src="/_astro/a.${style}.js"></script></head>` +
  `<body><header data-pagefind-ignore="all">Tìm hồ sơ</header><main><div data-pagefind-body>${main}` +
  `<script type="application/json">{"chart":1}</script></div></main>` +
  `<footer data-pagefind-ignore="all"><p>Tình trạng nhiệm vụ tính đến ${footer}.</p></footer></body></html>`;

describe('searchInput', () => {
  test('ignores what Pagefind never reads: styles, scripts, the head but its title, the footer', () => {
    expect(searchInput(page('a{}', '22/11/2026', '<h1>Xã Lâm Hợp</h1>'))).toBe(
      searchInput(page('b{color:red}', '23/11/2026', '<h1>Xã Lâm Hợp</h1>')),
    );
  });
  test('changes with the indexed content and the title', () => {
    const before = searchInput(page('a{}', '22/11/2026', '<h1>Xã Lâm Hợp</h1>'));
    expect(searchInput(page('a{}', '22/11/2026', '<h1>Xã Kỳ Lạc</h1>'))).not.toBe(before);
    expect(
      searchInput(page('a{}', '22/11/2026', '<h1>Xã Lâm Hợp</h1>').replace('· Hồ sơ', '')),
    ).not.toBe(before);
    expect(before).toContain('<title>Xã Lâm Hợp · Hồ sơ</title>');
    expect(before).not.toContain('22/11/2026');
  });
});
