import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ImportRefused, importArticle } from '../../../src/importer/import-article.ts';
import { draftTargetProblems, readArticleText } from '../../../src/importer/boundaries.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const ARTICLE = join(ROOT, 'content/sources/004_6aa71deb074a78cc.txt');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-import-bounds-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readArticleText', () => {
  test('refuses a binary file', () => {
    const file = join(work, 'anh.png');
    writeFileSync(file, Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff));
    expect(readArticleText(file)).toEqual({
      error: `${file}: tệp không phải văn bản UTF-8: lưu lại tệp với bảng mã UTF-8 (trong phần lớn trình soạn thảo: "Save with encoding → UTF-8")`,
    });
  });

  test('refuses a file that decodes as UTF-8 but holds control characters', () => {
    const file = join(work, 'nhi-phan.txt');
    writeFileSync(file, 'ELF\u0000\u0001\u0002 Họp');
    expect(readArticleText(file)).toEqual({
      error: `${file} không phải văn bản bài báo (có ký tự U+0000, ký tự rỗng (NUL), thường gặp trong tệp nhị phân như ảnh, PDF, Word): chép phần chữ của bài vào một tệp .txt rồi nhập tệp đó`,
    });
  });

  test('refuses a folder', () => {
    expect(readArticleText(work)).toEqual({
      error: `${work} không phải một tệp văn bản: chép bài báo vào một tệp .txt rồi nhập tệp đó`,
    });
  });

  test('reads an article', () => {
    expect('text' in readArticleText(ARTICLE)).toBe(true);
  });
});

describe('importArticle never writes outside --out', () => {
  test('a binary article: refused, nothing written', () => {
    const file = join(work, 'anh.bin');
    writeFileSync(
      file,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
    );
    const outDir = join(work, 'drafts-binary');
    expect(() => importArticle({ file, outDir, contentDir: join(ROOT, 'content') })).toThrow(
      ImportRefused,
    );
    expect(() => readdirSync(outDir)).toThrow();
  });

  test('a subfolder of --out that links outside: refused, nothing written there', () => {
    const outDir = join(work, 'drafts-link');
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(outDir);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(outDir, 'meetings'));
    expect(() =>
      importArticle({ file: ARTICLE, outDir, contentDir: join(ROOT, 'content') }),
    ).toThrow(/ghi ra ngoài thư mục bản nháp:\n.*meetings.*sẽ được ghi ra ngoài/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(outDir)).toEqual(['meetings']);
  });

  test('a dangling link where a draft would go: refused', () => {
    const outDir = join(work, 'drafts-dangling');
    mkdirSync(join(outDir, 'meetings'), { recursive: true });
    symlinkSync(join(work, 'khong-co'), join(outDir, 'meetings', 'x.md'));
    expect(draftTargetProblems(outDir, ['meetings/x.md'])).toEqual([
      `${join(outDir, 'meetings', 'x.md')} đã có`,
    ]);
  });

  test('a path that climbs out: refused', () => {
    expect(draftTargetProblems(join(work, 'd'), ['../ra-ngoai.md'])).toEqual([
      `${join(work, 'ra-ngoai.md')} nằm ngoài thư mục bản nháp ${join(work, 'd')}`,
    ]);
  });
});
