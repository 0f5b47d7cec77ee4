import { describe, expect, test } from 'vitest';
import { findUnsafeMarkdown, isSafeHref } from '../../../src/records/markdown-safety.ts';

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
  const html = (line: number, tag?: string) =>
    `dòng ${line} có mã HTML${tag ? ` (<${tag}>)` : ''}: bản ghi là Markdown thuần, hãy viết lại không dùng thẻ HTML`;
  const link = (line: number, url: string) =>
    `dòng ${line} có liên kết tới "${url}": chỉ được liên kết tới địa chỉ http(s), mailto và địa chỉ trong trang này`;

  test.each<[string, string, string[]]>([
    [
      'plain Markdown',
      '## Kết luận\n\n1. Giao **UBND huyện** [xem](/van-ban/x/), <https://a.vn>, a < b, 3 > 2.\n',
      [],
    ],
    [
      'HTML inside code is text',
      'Dùng `<script>` là sai.\n\n```html\n<script>alert(1)</script>\n```\n',
      [],
    ],
    ['a script block', 'Mở đầu.\n\n<script>alert(1)</script>\n', [html(3, 'script')]],
    ['an inline tag, reported once per line', 'Chữ <b>đậm</b>.\n', [html(1, 'b')]],
    ['an event handler', '<img src="x" onerror="alert(1)">\n', [html(1, 'img')]],
    ['an iframe', 'a\n\nb\n\n<iframe src="https://x.vn"></iframe>\n', [html(5, 'iframe')]],
    ['an HTML comment', '<!-- ghi chú -->\n', [html(1)]],
    ['a javascript: link', '[xem](javascript:alert(1))\n', [link(1, 'javascript:alert(1)')]],
    [
      'a javascript: link written with an entity',
      '[xem](javascript&#58;alert(1))\n',
      [link(1, 'javascript:alert(1)')],
    ],
    ['a javascript: autolink', '<javascript:alert(1)>\n', [link(1, 'javascript:alert(1)')]],
    [
      'a javascript: reference definition',
      '[xem][a]\n\n[a]: javascript:alert(1)\n',
      [link(3, 'javascript:alert(1)')],
    ],
    [
      'a data: image, cut at 40 characters',
      '![a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n',
      [link(1, 'data:text/html;base64,PHNjcmlwdD5hbGVydC')],
    ],
    [
      'an image from another site',
      'Ảnh:\n\n![toàn cảnh](https://baohatinh.vn/anh.jpg)\n',
      [
        'dòng 3 hiển thị ảnh từ trang khác ("https://baohatinh.vn/anh.jpg"): bản ghi chỉ được hiển thị ảnh của trang này; hãy đặt liên kết tới ảnh ([ảnh](…))',
      ],
    ],
    [
      'an image from another site, without scheme',
      '![a](//cdn.example/a.png)\n',
      [
        'dòng 1 hiển thị ảnh từ trang khác ("//cdn.example/a.png"): bản ghi chỉ được hiển thị ảnh của trang này; hãy đặt liên kết tới ảnh ([ảnh](…))',
      ],
    ],
    ['an image of this site', '![sơ đồ](/anh/so-do.png)\n', []],
    ['a link to a picture elsewhere', '[ảnh](https://baohatinh.vn/anh.jpg)\n', []],
    [
      'several problems, each with its line',
      '<div>\n\nx\n\n</div>\n\n[a](vbscript:x)\n',
      [html(1, 'div'), html(5, 'div'), link(7, 'vbscript:x')],
    ],
  ])('%s', (_, body, expected) => {
    expect(findUnsafeMarkdown(body)).toEqual(expected);
  });

  test('counts lines from where the body starts in the file', () => {
    expect(findUnsafeMarkdown('x\n\n<script></script>\n', 12)).toEqual([html(14, 'script')]);
  });
});
