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
