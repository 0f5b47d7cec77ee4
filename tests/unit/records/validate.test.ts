import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport } from '../../../src/records/issues.ts';
import { validateContent, type ValidationResult } from '../../../src/records/validate.ts';

let dir: string;
let result: ValidationResult;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ntm-validate-'));
  write('places/ha-tinh.yaml', 'name: Hà Tĩnh\nkind: tinh\n');
  write('bodies/tinh-uy.yaml', 'name: Tỉnh ủy Hà Tĩnh\nkind: ban-chap-hanh\nplace: ha-tinh\n');
  // Fails its schema (unknown kind) but exists: references to it are not reported again.
  write('bodies/so-nn.yaml', 'name: Sở Nông nghiệp\nkind: so\n');
  write(
    'documents/kh-1.md',
    '---\nnumber: 1-KH/TU\ntitle: Kế hoạch\nissuer: so-nn\ndate: 2021-01-05\n---\nNội dung.\n',
  );
  // Fails its schema and has raw HTML: both are reported.
  write(
    'documents/kh-2.md',
    '---\nnumber: 2-KH/TU\ntitle: Kế hoạch\nissuer: tinh-uy\ndate: 2021-02-30\n---\n<script>alert(1)</script>\n',
  );
  write(
    'documents/kh-3.md',
    '---\nnumber: 3-KH/TU\ntitle: Kế hoạch\nissuer: tinh-uyy\ndate: 2021-03-01\n---\n',
  );
  result = validateContent(dir, { cwd: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateContent', () => {
  test('collects every issue of every kind in one run', () => {
    const byFile = Object.groupBy(result.issues, (i) => i.file);
    expect(byFile['bodies/so-nn.yaml']?.map((i) => i.field)).toEqual(['kind']);
    expect(byFile['documents/kh-2.md']?.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'body: dòng 7 có mã HTML (<script>): bản ghi là Markdown thuần, hãy viết lại không dùng thẻ HTML',
      'date: ngày 2021-02-30 không có trên lịch: kiểm tra lại ngày và tháng',
    ]);
    expect(byFile['documents/kh-3.md']?.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'issuer: "tinh-uyy" không phải mã của bản ghi nào trong content/bodies/: có phải ý bạn là "tinh-uy"?',
    ]);
    expect(byFile['documents/kh-1.md']).toBeUndefined();
    expect(Object.keys(byFile).sort()).toEqual([
      'bodies/so-nn.yaml',
      'documents/kh-2.md',
      'documents/kh-3.md',
    ]);
  });

  test('returns the records that passed their schema, with their bodies', () => {
    expect(result.content.places.map((p) => p.id)).toEqual(['ha-tinh']);
    expect(result.content.bodies.map((b) => b.id)).toEqual(['tinh-uy']);
    expect(result.content.documents.map((d) => [d.id, d.body])).toEqual([
      ['kh-1', 'Nội dung.\n'],
      ['kh-3', ''],
    ]);
    expect(result.content.meetings).toEqual([]);
  });

  test('makes a report that ends with the count and the next step', () => {
    expect(formatReport(result.issues).split('\n').at(-1)).toBe(
      'Có 4 lỗi trong 3 tệp. Sửa các lỗi trên rồi chạy lại `npm run validate`; trang web chưa được tạo.',
    );
  });
});

describe('validateContent: references, look-alike ids and archived articles', () => {
  let other: string;
  let issues: string[];
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(other, path)), { recursive: true });
    writeFileSync(join(other, path), text);
  };
  beforeAll(() => {
    other = mkdtempSync(join(tmpdir(), 'ntm-validate-refs-'));
    put('places/ha-tinh.yaml', 'name: Hà Tĩnh\nkind: tinh\n');
    put('places/ky-anh.yaml', 'name: Kỳ Anh\nkind: huyen\nparent: ha-tinh\n');
    // Broken YAML: the file is reported; a reference to it is not a mistyped id.
    put('places/ky-tan.yaml', 'name: "Kỳ Tân\nkind: xa\nparent: ky-anh\n');
    put('places/ky-hoa.yaml', 'name: Kỳ Hoa\nkind: xa\nparent: ky-tan\n');
    // A Cyrillic "а" and a zero-width space in references.
    put('places/ky-lac.yaml', 'name: Kỳ Lạc\nkind: xa\nparent: ky-\u0430nh\n');
    put('places/ky-loi.yaml', 'name: Kỳ Lợi\nkind: xa\nparent: "ky-\u200banh"\n');
    put('bodies/huyen-uy.yaml', 'name: Huyện ủy Kỳ Anh\nkind: ban-chap-hanh\nplace: ky-anh\n');
    put(
      'meetings/2021/2021-03-01-hop.md',
      '---\ntitle: Họp\ndate: 2021-03-01\nkind: hop\nconvenedBy: [huyen-uy]\nplace: ky-anh\nchairs: [{ name: Nguyễn Văn A }]\nsource: { title: Bài, archive: 000_cited.txt }\n---\n',
    );
    put('sources/000_cited.txt', 'Bài báo.\n');
    put('sources/001_uncited.txt', 'Bài báo không ai dẫn.\n');
    put('sources/002_latin1.txt', 'Kỳ');
    writeFileSync(join(other, 'sources/002_latin1.txt'), Uint8Array.of(0x4b, 0xfd, 0x0a));
    put('sources/003_nul.txt', 'Dòng một\nDòng\u0000 hai\n');
    put('sources/notes.md', 'ghi chú');
    issues = validateContent(other, { cwd: other }).issues.map(
      (i) => `${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`,
    );
  });
  afterAll(() => rmSync(other, { recursive: true, force: true }));

  test('a reference to a record that could not be read is not reported again, and gets no suggestion', () => {
    expect(issues.filter((i) => i.startsWith('places/ky-hoa.yaml'))).toEqual([]);
    expect(issues.filter((i) => i.startsWith('places/ky-tan.yaml'))).toHaveLength(1);
  });

  test('a look-alike letter or an invisible character in an id is named by its code point', () => {
    expect(issues).toContain(
      'places/ky-lac.yaml › parent: "ky-\u0430nh" không phải mã của bản ghi nào trong content/places/ (có ký tự U+0430, chữ "\u0430" Kirin trông giống chữ "a" ở vị trí 4): có phải ý bạn là "ky-anh"?',
    );
    expect(issues).toContain(
      'places/ky-loi.yaml › parent: "ky-\u200banh" không phải mã của bản ghi nào trong content/places/ (có ký tự U+200B, ký tự vô hình (không có độ rộng) ở vị trí 4): có phải ý bạn là "ky-anh"?',
    );
  });

  test('archived articles are checked like records, and an uncited one is reported', () => {
    expect(issues.filter((i) => i.startsWith('sources/'))).toEqual([
      'sources/001_uncited.txt: không bản ghi nào dẫn tới bài báo lưu trữ này (trường source.archive), nên nó sẽ không được đăng: ghi tên tệp vào source.archive của bản ghi lấy tin từ bài này, hoặc xoá tệp',
      'sources/002_latin1.txt: tệp không phải văn bản UTF-8: lưu lại tệp với bảng mã UTF-8 (trong phần lớn trình soạn thảo: "Save with encoding → UTF-8")',
      'sources/003_nul.txt: có ký tự U+0000, ký tự rỗng (NUL) ở dòng 2: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
      'sources/notes.md: thư mục sources/ chỉ chứa bài báo lưu trữ dạng .txt, ngay trong thư mục (không trong thư mục con), tên chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch nối và gạch dưới: đổi tên hoặc chuyển tệp đi',
    ]);
  });
});
