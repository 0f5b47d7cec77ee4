/**
 * The content folder is a boundary: symbolic links that leave it, dangle or loop, and anything
 * that is not a regular file, are refused by name; nothing outside it is read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listContentFiles, resolveContentRoot } from '../../../src/records/content-files.ts';
import { readCollectionFolder } from '../../../src/records/read.ts';
import { validateContent } from '../../../src/records/validate.ts';

let work: string;
let content: string;

const PLACE = 'name: Kỳ Anh\nkind: huyen\nparent: ha-tinh\n';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-boundary-'));
  content = join(work, 'content');
  const places = join(content, 'places');
  mkdirSync(join(places, 'sub'), { recursive: true });
  // Outside the content folder: a "secret" the build machine holds, and a folder of records.
  writeFileSync(join(work, 'secret.yaml'), 'name: Bí mật của máy\nkind: tinh\n');
  mkdirSync(join(work, 'outside'));
  writeFileSync(join(work, 'outside', 'o.yaml'), 'name: Ngoài\nkind: tinh\n');
  writeFileSync(join(places, 'ha-tinh.yaml'), 'name: Hà Tĩnh\nkind: tinh\n');
  writeFileSync(join(places, 'sub', 'ky-anh.yaml'), PLACE);
  symlinkSync(join(work, 'secret.yaml'), join(places, 'leak.yaml'));
  symlinkSync(join(work, 'outside'), join(places, 'leak-folder'));
  symlinkSync(join(places, 'nowhere.yaml'), join(places, 'dangling.yaml'));
  symlinkSync(join(places, 'loop.yaml'), join(places, 'loop.yaml'));
  symlinkSync(places, join(places, 'sub', 'back'));
  symlinkSync(join(places, 'sub', 'ky-anh.yaml'), join(places, 'alias.yaml'));
  execFileSync('mkfifo', [join(places, 'pipe.yaml')]);
  writeFileSync(join(places, `${'a'.repeat(120)}.yaml`), PLACE);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('listContentFiles', () => {
  test('lists regular files inside, follows a link that stays inside, refuses the rest by name', () => {
    const root = resolveContentRoot(content);
    if ('error' in root) throw new Error(root.error);
    const { files, refused } = listContentFiles(root.root, join(content, 'places'));
    const rel = (p: string) => p.slice(content.length + 1);
    expect(files.map(rel)).toEqual([
      `places/${'a'.repeat(120)}.yaml`,
      'places/alias.yaml',
      'places/ha-tinh.yaml',
      'places/sub/ky-anh.yaml',
    ]);
    expect(refused.map((r) => `${rel(r.path)}: ${r.message}`)).toEqual([
      'places/dangling.yaml: đây là liên kết (symlink) trỏ tới một tệp không tồn tại: xoá liên kết, hoặc thay bằng chính tệp đó',
      'places/leak-folder: đây là liên kết (symlink) trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó',
      'places/leak.yaml: đây là liên kết (symlink) trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó',
      'places/loop.yaml: đây là liên kết (symlink) trỏ vòng về chính nó: xoá liên kết, hoặc thay bằng chính tệp đó',
      'places/pipe.yaml: đây là một đường ống (FIFO), không phải tệp bản ghi: chỉ để tệp thông thường trong thư mục nội dung; xoá nó đi',
      'places/sub/back: thư mục này là liên kết (symlink) tới một thư mục đã đọc (vòng lặp): xoá liên kết',
    ]);
  });

  test('a missing folder has no files', () => {
    expect(listContentFiles(content, join(content, 'khong-co'))).toEqual({
      files: [],
      refused: [],
    });
  });
});

describe('readCollectionFolder', () => {
  test('reads nothing from outside the content folder, and names the long file', () => {
    const read = readCollectionFolder(join(content, 'places'), 'data', ['.yaml'], content);
    expect(read.records.map((r) => r.data.name)).not.toContain('Bí mật của máy');
    expect(read.records.map((r) => r.data.name)).not.toContain('Ngoài');
    expect(read.issues.map((i) => `${i.file}: ${i.message}`)).toContain(
      `places/${'a'.repeat(120)}.yaml: tên tệp hoặc thư mục "${'a'.repeat(30)}…" dài 120 ký tự, quá giới hạn 100 ký tự (tên là một phần của địa chỉ trang): đặt tên ngắn hơn`,
    );
  });
});

describe('validateContent and the content folder itself', () => {
  test('a missing content folder is one message, not zero records', () => {
    const { issues } = validateContent(join(work, 'khong-co'), { cwd: work });
    expect(issues).toEqual([
      {
        file: 'khong-co',
        field: '',
        message:
          'không có thư mục nội dung này: kiểm tra đường dẫn trong biến CONTENT_DIR (bỏ trống để dùng thư mục content/ của dự án)',
      },
    ]);
  });

  test('an empty content folder is one message', () => {
    mkdirSync(join(work, 'empty', 'places'), { recursive: true });
    const { issues } = validateContent(join(work, 'empty'), { cwd: work });
    expect(issues).toEqual([
      {
        file: 'empty',
        field: '',
        message:
          'thư mục nội dung không có bản ghi nào (cần các thư mục con places/, bodies/, programmes/, documents/, criteria-sets/, meetings/, plans/, assessments/, statistics/ chứa tệp bản ghi): kiểm tra lại CONTENT_DIR, hoặc chạy trong thư mục của dự án',
      },
    ]);
  });

  test('a content folder that is a file is one message', () => {
    const { issues } = validateContent(join(work, 'secret.yaml'), { cwd: work });
    expect(issues.map((i) => i.message)).toEqual([
      'đây không phải là một thư mục: CONTENT_DIR phải chỉ tới thư mục chứa places/, meetings/, … (bỏ trống để dùng content/)',
    ]);
  });
});
