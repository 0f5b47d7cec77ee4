import { describe, expect, test } from 'vitest';
import { findUnsafeMarkdown, isSafeHref } from '../../../src/lib/records/markdown-safety.ts';

describe('isSafeHref', () => {
  test.each([
    ['/van-ban/60-kh-hu/', true],
    ['../cuoc-hop/', true],
    ['#ket-luan', true],
    ['https://namgiang.quangnam.gov.vn/x', true],
    ['HTTP://example.vn', true],
    ['mailto:vanphong@example.vn', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\u0000script:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['tel:+842393855555', false],
  ])('%j → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('findUnsafeMarkdown', () => {
  const html = (line: number, tag?: string) => `line ${line} has raw HTML${tag ? ` (<${tag}>)` : ''}: records are plain Markdown, so write it without HTML tags`;
  const link = (line: number, url: string) => `line ${line} links to "${url}": only http(s), mailto and site addresses are allowed`;

  test.each<[string, string, string[]]>([
    ['plain Markdown', '## Kết luận\n\n1. Giao **UBND huyện** [xem](/van-ban/x/), <https://a.vn>, a < b, 3 > 2.\n', []],
    ['HTML inside code is text', 'Dùng `<script>` là sai.\n\n```html\n<script>alert(1)</script>\n```\n', []],
    ['a script block', 'Mở đầu.\n\n<script>alert(1)</script>\n', [html(3, 'script')]],
    ['an inline tag, reported once per line', 'Chữ <b>đậm</b>.\n', [html(1, 'b')]],
    ['an event handler', '<img src="x" onerror="alert(1)">\n', [html(1, 'img')]],
    ['an iframe', 'a\n\nb\n\n<iframe src="https://x.vn"></iframe>\n', [html(5, 'iframe')]],
    ['an HTML comment', '<!-- ghi chú -->\n', [html(1)]],
    ['a javascript: link', '[xem](javascript:alert(1))\n', [link(1, 'javascript:alert(1)')]],
    ['a javascript: link written with an entity', '[xem](javascript&#58;alert(1))\n', [link(1, 'javascript:alert(1)')]],
    ['a javascript: autolink', '<javascript:alert(1)>\n', [link(1, 'javascript:alert(1)')]],
    ['a javascript: reference definition', '[xem][a]\n\n[a]: javascript:alert(1)\n', [link(3, 'javascript:alert(1)')]],
    ['a data: image, cut at 40 characters', '![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n', [link(1, 'data:text/html;base64,PHNjcmlwdD5hbGVydC')]],
    ['an image from another site', 'Ảnh:\n\n![toàn cảnh](https://baohatinh.vn/anh.jpg)\n', ['line 3 shows an image from another site ("https://baohatinh.vn/anh.jpg"): records may show only images of this site; link to the picture instead ([ảnh](…))']],
    ['an image from another site, without scheme', '![a](//cdn.example/a.png)\n', ['line 1 shows an image from another site ("//cdn.example/a.png"): records may show only images of this site; link to the picture instead ([ảnh](…))']],
    ['an image of this site', '![sơ đồ](/anh/so-do.png)\n', []],
    ['a link to a picture elsewhere', '[ảnh](https://baohatinh.vn/anh.jpg)\n', []],
    ['several problems, each with its line', '<div>\n\nx\n\n</div>\n\n[a](vbscript:x)\n', [html(1, 'div'), html(5, 'div'), link(7, 'vbscript:x')]],
  ])('%s', (_, body, expected) => {
    expect(findUnsafeMarkdown(body)).toEqual(expected);
  });

  test('counts lines from where the body starts in the file', () => {
    expect(findUnsafeMarkdown('x\n\n<script></script>\n', 12)).toEqual([html(14, 'script')]);
  });
});
