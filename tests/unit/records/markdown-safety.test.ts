import { describe, expect, test } from 'vitest';
import {
  findOversizedMarkdown,
  findUnsafeMarkdown,
  isSafeHref,
} from '../../../src/records/markdown-safety.ts';

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

describe('findUnsafeMarkdown: bounded work', () => {
  test.each<[string, string, string[]]>([
    [
      '60 KB of "*a_" (the parser used to take minutes)',
      '*a_'.repeat(20_000),
      [
        'dòng 1: đoạn văn dài 60.001 ký tự, vượt giới hạn 20.000: chia thành nhiều đoạn (để một dòng trống giữa hai đoạn)',
      ],
    ],
    [
      '120 KB of nested quotes (the parser used to run out of stack)',
      `${'> '.repeat(60_000)}x\n`,
      ['nội dung nặng 118 KB, vượt giới hạn 100 KB: rút gọn, hoặc tách thành nhiều bản ghi'],
    ],
    [
      'quotes nested deeper than 16 on one line',
      `Mở đầu.\n\n${'> '.repeat(40)}x\n`,
      ['dòng 3 lồng 40 cấp trích dẫn (>) hoặc danh sách, vượt giới hạn 16: viết phẳng hơn'],
    ],
    [
      'lists nested deeper than 16 on one line',
      `${'- '.repeat(20)}x\n`,
      ['dòng 1 lồng 20 cấp trích dẫn (>) hoặc danh sách, vượt giới hạn 16: viết phẳng hơn'],
    ],
    [
      'a line indented past 64 columns',
      `- a\n${' '.repeat(80)}- b\n`,
      ['dòng 2 thụt lề 80 cột, vượt giới hạn 64: bớt thụt lề'],
    ],
    [
      'lists nested by indentation, deeper than the tree may be',
      Array.from({ length: 33 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
      [
        'dòng 15: nội dung lồng nhau hơn 32 cấp (danh sách trong danh sách, trích dẫn trong trích dẫn): viết phẳng hơn',
      ],
    ],
    [
      'thousands of quotes in one paragraph (each one makes the parser work over the paragraph again)',
      `Mở đầu.\n\n${'"a'.repeat(3_000)}\n`,
      [
        'dòng 3: đoạn văn có 3.000 dấu ngoặc kép, dấu nháy, dấu & hoặc dấu gạch, dấu chấm lặp (--, ...), vượt giới hạn 200 trong một đoạn: chia thành nhiều đoạn',
      ],
    ],
    [
      'thousands of entities in one paragraph',
      '&amp;'.repeat(1_000),
      [
        'dòng 1: đoạn văn có 1.000 dấu ngoặc kép, dấu nháy, dấu & hoặc dấu gạch, dấu chấm lặp (--, ...), vượt giới hạn 200 trong một đoạn: chia thành nhiều đoạn',
      ],
    ],
    [
      'a table rendered as 6,000 cells',
      `|${' a |'.repeat(60)}\n|${'---|'.repeat(60)}\n${'| x |\n'.repeat(99)}`,
      ['dòng 1: bảng có 6.000 ô (60 cột), vượt giới hạn 5.000 ô: chia thành nhiều bảng nhỏ'],
    ],
    [
      'a link address of 3,000 characters',
      `[a](/${'x'.repeat(3_000)})\n`,
      ['dòng 1 có địa chỉ liên kết dài 3.001 ký tự, vượt giới hạn 2.000: kiểm tra lại địa chỉ'],
    ],
  ])('%s', (_, body, expected) => {
    expect(findUnsafeMarkdown(body)).toEqual(expected);
  });

  test('a real body is within every limit', () => {
    const body = `## Kết luận\n\n${'Đồng chí "Bí thư" yêu cầu -- các xã... '.repeat(40)}\n\n| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(100)}`;
    expect(findOversizedMarkdown(body)).toEqual([]);
    expect(findUnsafeMarkdown(body)).toEqual([]);
  });
});
