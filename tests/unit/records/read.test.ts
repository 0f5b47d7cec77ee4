import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  decodeRecordText,
  listFiles,
  MAX_RECORD_BYTES,
  parseDataRecord,
  parseMarkdownRecord,
  readCollectionFolder,
  recordIdFromPath,
} from '../../../src/records/read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeRecordText', () => {
  test.each<[string, Uint8Array, string]>([
    ['plain UTF-8', utf8('name: Kỳ Anh\n'), 'name: Kỳ Anh\n'],
    ['a byte-order mark is dropped', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('a: 1\n')), 'a: 1\n'],
    ['CRLF becomes LF', utf8('a: 1\r\nb: 2\r\n'), 'a: 1\nb: 2\n'],
    ['a lone CR becomes LF', utf8('a: 1\rb: 2\r'), 'a: 1\nb: 2\n'],
    [
      'decomposed (NFD) text becomes NFC',
      utf8('Kỳ Anh'.normalize('NFD')),
      'Kỳ Anh'.normalize('NFC'),
    ],
  ])('%s', (_, bytes, expected) => {
    expect(decodeRecordText(bytes)).toEqual({ text: expected });
  });

  test.each<[string, Uint8Array]>([
    ['Latin-1', Uint8Array.of(0x4b, 0xfd, 0x20, 0x41, 0x6e, 0x68)],
    ['UTF-16', Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0xd8, 0x00)],
    ['a truncated sequence', Uint8Array.of(0x61, 0xe1, 0xbb)],
  ])('rejects %s', (_, bytes) => {
    expect(decodeRecordText(bytes)).toEqual({
      error:
        'tệp không phải văn bản UTF-8: lưu lại tệp với bảng mã UTF-8 (trong phần lớn trình soạn thảo: "Save with encoding → UTF-8")',
    });
  });
});

describe('recordIdFromPath', () => {
  test.each([
    ['2023/2023-07-11-to-cong-tac.md', { id: '2023/2023-07-11-to-cong-tac' }],
    ['ky_tan.yaml', { id: 'ky_tan' }],
    [
      'Ky Tan.yaml',
      {
        error:
          'tên tệp hoặc thư mục "Ky Tan" không dùng được trong địa chỉ trang: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)',
      },
    ],
    [
      'kỳ-tân.yaml',
      {
        error:
          'tên tệp hoặc thư mục "kỳ-tân" không dùng được trong địa chỉ trang: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)',
      },
    ],
    [
      '2023 Họp/x.md',
      {
        error:
          'tên tệp hoặc thư mục "2023 Họp" không dùng được trong địa chỉ trang: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)',
      },
    ],
    [
      'a--b.yaml',
      {
        error:
          'tên tệp hoặc thư mục "a--b" không dùng được trong địa chỉ trang: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)',
      },
    ],
  ])('%s', (path, expected) => {
    expect(recordIdFromPath(path)).toEqual(expected);
  });
});

describe('parseMarkdownRecord', () => {
  test('splits front matter and body, and says where the body starts', () => {
    expect(parseMarkdownRecord('---\ntitle: Họp\ndate: 2023-07-11\n---\n## Kết luận\n')).toEqual({
      data: { title: 'Họp', date: '2023-07-11' },
      problems: [],
      body: '## Kết luận\n',
      bodyLine: 5,
    });
  });
  test('accepts a record that is only front matter', () => {
    expect(parseMarkdownRecord('---\ntitle: Họp\n---')).toEqual({
      data: { title: 'Họp' },
      problems: [],
      body: '',
      bodyLine: 4,
    });
  });
  test.each([
    [
      'no front matter',
      'title: Họp\n',
      'bản ghi Markdown phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
    ],
    [
      'an unclosed front matter',
      '---\ntitle: Họp\n',
      'bản ghi Markdown phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
    ],
    [
      'a field written twice (line counted in the file)',
      '---\ntitle: a\ntitle: b\n---\n',
      'không đọc được YAML ở gần dòng 3 (một trường được ghi hai lần): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép',
    ],
    [
      'bad indentation',
      '---\ntitle: a\n  date: b\n---\n',
      'không đọc được YAML ở gần dòng 2 (thụt đầu dòng hoặc dấu hai chấm không đúng chỗ): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép',
    ],
  ])('rejects %s', (_, text, error) => {
    expect(parseMarkdownRecord(text)).toEqual({ error });
  });
});

describe('parseDataRecord', () => {
  test('keeps dates as text (YAML core schema)', () => {
    expect(parseDataRecord('date: 2023-07-11\ncode: "042"\nn: 42\nok: true\n', '.yaml')).toEqual({
      data: { date: '2023-07-11', code: '042', n: 42, ok: true },
      problems: [],
    });
  });
  test('reads JSON by extension', () => {
    expect(parseDataRecord('{"name": "Kỳ Anh"}', '.json')).toEqual({
      data: { name: 'Kỳ Anh' },
      problems: [],
    });
  });
  test.each([
    [
      'an unclosed quote (named on a line the file has)',
      'name: "Kỳ Hoa\nkind: xa\n',
      '.yaml',
      'không đọc được YAML ở gần dòng 2 (thiếu dấu đóng ngoặc kép hoặc dấu đóng ngoặc): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép',
    ],
    [
      'an unclosed flow list',
      'a: [1, 2\nb: 3\n',
      '.yaml',
      'không đọc được YAML ở gần dòng 2 (thụt đầu dòng không đúng, hoặc thiếu dấu đóng ngoặc): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép',
    ],
    [
      'a trailing comma in JSON',
      '{"a": 1,}',
      '.json',
      'không đọc được JSON (Expected double-quoted property name in JSON at position 8 (line 1 column 9)): kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc',
    ],
  ])('rejects %s', (_, text, ext, error) => {
    expect(parseDataRecord(text, ext)).toEqual({ error });
  });
});

describe('readCollectionFolder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ntm-read-'));
    const folder = join(dir, 'meetings');
    mkdirSync(join(folder, '2023'), { recursive: true });
    writeFileSync(join(folder, '2023', 'hop.md'), '\ufeff---\r\ntitle: Họp\r\n---\r\nNội dung\r\n');
    writeFileSync(join(folder, '.hidden.md'), 'ignored');
    writeFileSync(join(folder, 'page.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(folder, 'notes.yaml'), 'a: 1\n');
    writeFileSync(join(folder, 'empty.md'), ' \n\n');
    writeFileSync(join(folder, 'list.md'), '---\n- a\n- b\n---\n');
    writeFileSync(join(folder, 'big.md'), `---\ntitle: x\n---\n${'a'.repeat(MAX_RECORD_BYTES)}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads what it can and says why it could not read the rest', () => {
    const { records, issues } = readCollectionFolder(
      join(dir, 'meetings'),
      'markdown',
      ['.md'],
      dir,
    );
    expect(records).toEqual([
      {
        id: '2023/hop',
        file: 'meetings/2023/hop.md',
        data: { title: 'Họp' },
        body: 'Nội dung\n',
        bodyLine: 4,
        text: '---\ntitle: Họp\n---\nNội dung\n',
      },
    ]);
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      'meetings/big.md: tệp nặng 512 KB, vượt giới hạn 512 KB cho một bản ghi: tách thành nhiều bản ghi',
      'meetings/empty.md: tệp trống: viết nội dung bản ghi, hoặc xoá tệp',
      'meetings/list.md: bản ghi phải là một nhóm trường (các dòng "tên: giá trị"), không phải một danh sách hay một giá trị đơn lẻ',
      'meetings/notes.yaml: thư mục này chỉ chứa tệp .md: đổi tên hoặc chuyển tệp này đi nơi khác',
      'meetings/page.mdx: bản ghi không được là MDX (MDX chạy được mã lệnh): đổi đuôi tệp thành .md và viết Markdown thông thường',
    ]);
  });

  test('lists nothing for a missing folder', () => {
    expect(listFiles(join(dir, 'khong-co'))).toEqual([]);
  });
});
