/**
 * The bad-input corpus (tests/fixtures/bad/): every broken record gives exactly the message in
 * expected.json, all in one validator run; decomposed text, byte-order marks and CRLF are
 * normalised, not rejected; and no build of the folder publishes anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../src/build/pipeline.ts';
import { MAX_RECORD_BYTES } from '../../src/records/read.ts';
import { validateContent, type ValidationResult } from '../../src/records/validate.ts';
import type { ValidationIssue } from '../../src/records/issues.ts';
import { BODY_KINDS } from '../../src/schemas/bodies.ts';
import { PLACE_KINDS } from '../../src/schemas/places.ts';
import { hashTree } from './support/hash-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = join(ROOT, 'tests/fixtures/bad');

interface ExpectedIssue extends ValidationIssue {
  /** What the broken record tries. */
  case: string;
}
// Lists of allowed values grow as the schemas do: expected.json names them, the test fills them in.
const LISTS: Record<string, string> = {
  '{BODY_KINDS}': Object.keys(BODY_KINDS).join(', '),
  '{PLACE_KINDS}': Object.keys(PLACE_KINDS).join(', '),
};
const EXPECTED: ExpectedIssue[] = (
  JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as ExpectedIssue[]
).map((i) => ({
  ...i,
  message: i.message.replace(/\{[A-Z_]+\}/g, (name) => LISTS[name] ?? name),
}));

// Generated rather than committed: large files, a NUL byte, links and a FIFO (git keeps neither
// of the last two as they are), and a name longer than some file systems allow in a checkout.
const LINK = 'đây là liên kết (symlink)';
const LONG_NAME = `${'a'.repeat(120)}.yaml`;
const GENERATED: ExpectedIssue[] = [
  {
    case: 'oversized file',
    file: 'places/oversized.yaml',
    field: '',
    message: `tệp nặng 600 KB, vượt giới hạn ${MAX_RECORD_BYTES / 1024} KB cho một bản ghi: tách thành nhiều bản ghi`,
  },
  {
    case: 'a NUL byte in a summary (it reached 13 pages)',
    file: 'meetings/2021-03-13-nul-summary.md',
    field: 'summary',
    message:
      'có ký tự U+0000, ký tự rỗng (NUL) ở vị trí 8: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
  },
  {
    case: '60 KB of "*a_" in a body (parsing took minutes)',
    file: 'documents/stars.md',
    field: 'body',
    message:
      'dòng 7: đoạn văn dài 60.001 ký tự, vượt giới hạn 20.000: chia thành nhiều đoạn (để một dòng trống giữa hai đoạn)',
  },
  {
    case: '120 KB of nested quotes in a body (the parser ran out of stack)',
    file: 'documents/nested-quotes.md',
    field: 'body',
    message: 'nội dung nặng 118 KB, vượt giới hạn 100 KB: rút gọn, hoặc tách thành nhiều bản ghi',
  },
  {
    case: 'a FIFO named *.yaml (validation hung)',
    file: 'places/pipe.yaml',
    field: '',
    message:
      'đây là một đường ống (FIFO), không phải tệp bản ghi: chỉ để tệp thông thường trong thư mục nội dung; xoá nó đi',
  },
  {
    case: 'a record that is a link to a file outside the content folder',
    file: 'places/leak.yaml',
    field: '',
    message: `${LINK} trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó`,
  },
  {
    case: 'a folder that is a link to a folder outside the content folder',
    file: 'meetings/leak-folder',
    field: '',
    message: `${LINK} trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó`,
  },
  {
    case: 'an archived article that is a link to a file of the build machine (it was published)',
    file: 'sources/002_may-xay-dung.txt',
    field: '',
    message: `${LINK} trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó`,
  },
  {
    case: 'a dangling link',
    file: 'places/dangling.yaml',
    field: '',
    message: `${LINK} trỏ tới một tệp không tồn tại: xoá liên kết, hoặc thay bằng chính tệp đó`,
  },
  {
    case: 'a link to itself',
    file: 'places/loop.yaml',
    field: '',
    message: `${LINK} trỏ vòng về chính nó: xoá liên kết, hoặc thay bằng chính tệp đó`,
  },
  {
    case: 'a very long file name',
    file: `places/${LONG_NAME}`,
    field: '',
    message: `tên tệp hoặc thư mục "${'a'.repeat(30)}…" dài 120 ký tự, quá giới hạn 100 ký tự (tên là một phần của địa chỉ trang): đặt tên ngắn hơn`,
  },
];
const ALL = [...EXPECTED, ...GENERATED];

const key = (i: ValidationIssue) => `${i.file} › ${i.field} › ${i.message}`;

let work: string;
let contentDir: string;
let result: ValidationResult;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ntm-bad-'));
  contentDir = join(work, 'content');
  cpSync(CORPUS, contentDir, { recursive: true });
  rmSync(join(contentDir, 'expected.json'));
  writeFileSync(
    join(contentDir, 'places/oversized.yaml'),
    `name: Kỳ Lớn\nkind: xa\nparent: ky-anh\nnote: ${'a'.repeat(600 * 1024 - 40)}\n`,
  );
  const meeting = (date: string, extra: string) =>
    `---\ntitle: Họp thử\ndate: ${date}\nkind: cuoc-hop\nconvenedBy: [huyen-uy-ky-anh]\nchairs:\n  - name: Người Chủ Trì\n${extra}---\nNội dung.\n`;
  writeFileSync(
    join(contentDir, 'meetings/2021-03-13-nul-summary.md'),
    meeting('2021-03-13', 'summary: Tóm tắt\u0000 có ký tự rỗng.\n'),
  );
  const document = (n: number, body: string) =>
    `---\nnumber: ${n}-KH/HU\ntitle: Kế hoạch thử\nissuer: huyen-uy-ky-anh\ndate: 2023-07-11\n---\n${body}`;
  writeFileSync(join(contentDir, 'documents/stars.md'), document(41, `${'*a_'.repeat(20_000)}\n`));
  writeFileSync(
    join(contentDir, 'documents/nested-quotes.md'),
    document(42, `${'> '.repeat(60_000)}x\n`),
  );
  execFileSync('mkfifo', [join(contentDir, 'places/pipe.yaml')]);
  // Outside the content folder: what a link must never publish.
  writeFileSync(join(work, 'secret.yaml'), 'name: Bí mật của máy xây dựng\nkind: tinh\n');
  writeFileSync(join(work, 'secret.txt'), 'Bí mật của máy xây dựng.\n');
  mkdirSync(join(work, 'outside'));
  writeFileSync(
    join(work, 'outside', '2021-03-14-ngoai.md'),
    meeting('2021-03-14', 'summary: Bí mật của máy xây dựng.\n'),
  );
  symlinkSync(join(work, 'secret.yaml'), join(contentDir, 'places/leak.yaml'));
  symlinkSync(join(work, 'outside'), join(contentDir, 'meetings/leak-folder'));
  symlinkSync(join(work, 'secret.txt'), join(contentDir, 'sources/002_may-xay-dung.txt'));
  symlinkSync(join(contentDir, 'places/khong-co.yaml'), join(contentDir, 'places/dangling.yaml'));
  symlinkSync(join(contentDir, 'places/loop.yaml'), join(contentDir, 'places/loop.yaml'));
  writeFileSync(join(contentDir, 'places', LONG_NAME), 'name: Kỳ Dài\nkind: xa\nparent: ky-anh\n');
  // Paths in messages are relative to the content folder, as in expected.json.
  result = validateContent(contentDir, { cwd: contentDir });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bad-input corpus', () => {
  test('holds at least 30 broken records', () => {
    expect(new Set(ALL.map((i) => i.file)).size).toBeGreaterThanOrEqual(30);
  });

  test.each(ALL.map((i) => [i.case, i] as const))('%s gives its message', (_, expected) => {
    expect(result.issues.map(key)).toContain(key(expected));
  });

  test('gives no message that is not expected', () => {
    const expected = new Set(ALL.map(key));
    expect(result.issues.map(key).filter((k) => !expected.has(k))).toEqual([]);
  });

  test('the README states how many cases there are', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const files = new Set(ALL.map((i) => i.file)).size;
    expect(readme).toContain(
      `**${ALL.length} cases in ${files} files**, ${GENERATED.length} of them made at test time`,
    );
  });

  test('a reference to a record that could not be read gets no message (the record has its own)', () => {
    expect(result.issues.filter((i) => i.file === 'places/child-of-broken.yaml')).toEqual([]);
  });

  test('reads nothing from outside the content folder', () => {
    const texts = JSON.stringify(result.content);
    expect(texts).not.toContain('Bí mật của máy xây dựng');
  });

  test('reads decomposed (NFD) Vietnamese with a byte-order mark and CRLF lines as NFC with LF', () => {
    const meeting = result.content.meetings.find((m) => m.id === '2020-10-02-nfd');
    expect(meeting).toBeDefined();
    const title = 'Hội nghị sơ kết Nông thôn mới xã Kỳ Tân';
    expect(meeting!.data.title).toBe(title.normalize('NFC'));
    expect(meeting!.data.title.normalize('NFC')).toBe(meeting!.data.title);
    expect(meeting!.data.chairs[0]!.name).toBe('Nguyễn Văn Thử');
    expect(meeting!.body).toBe(
      '## Kết luận\n\nĐồng chí Phó Bí thư yêu cầu các xã đẩy nhanh tiến độ.\n',
    );
    expect(result.issues.filter((i) => i.file.includes('nfd'))).toEqual([]);
  });

  test('reads a data record with a byte-order mark and CRLF lines', () => {
    const place = result.content.places.find((p) => p.id === 'bom-crlf');
    expect(place?.data).toMatchObject({
      name: 'Kỳ Lợi',
      kind: 'xa',
      parent: { collection: 'places', id: 'ky-anh' },
      aliases: ['Kỳ Lợi cũ'],
    });
  });
});

describe('building the bad-input corpus', () => {
  test('fails and leaves an existing dist/ byte-identical', async () => {
    const distDir = join(work, 'dist-existing');
    cpSync(join(CORPUS, 'places'), join(distDir, 'some-earlier-site'), { recursive: true });
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>earlier build</title>');
    const before = hashTree(distDir);
    const report = await buildSite({ contentDir, root: ROOT, distDir, log: () => {} });
    expect(report.ok).toBe(false);
    expect(report.validationReport).toContain(
      `Có ${ALL.length} lỗi trong ${new Set(ALL.map((i) => i.file)).size} tệp.`,
    );
    expect(hashTree(distDir)).toEqual(before);
  });

  test('fails and creates no dist/ when there was none', async () => {
    const distDir = join(work, 'dist-absent');
    const report = await buildSite({ contentDir, root: ROOT, distDir, log: () => {} });
    expect(report.ok).toBe(false);
    expect(existsSync(distDir)).toBe(false);
    // Astro ran beside validation into a staging folder; nothing of it, or of the export, is left.
    expect(readdirSync(work).filter((name) => name.startsWith('.dist-absent'))).toEqual([]);
  });

  test.each([
    [
      'a missing content folder',
      'khong-co',
      'không có thư mục nội dung này: kiểm tra đường dẫn trong biến CONTENT_DIR (bỏ trống để dùng thư mục content/ của dự án)',
    ],
    [
      'an empty content folder',
      'trong',
      'thư mục nội dung không có bản ghi nào (cần các thư mục con places/, bodies/, programmes/, documents/, criteria-sets/, meetings/, plans/, assessments/, statistics/ chứa tệp bản ghi): kiểm tra lại CONTENT_DIR, hoặc chạy trong thư mục của dự án',
    ],
  ])('%s: the build fails with one message and creates no dist/', async (_, name, message) => {
    mkdirSync(join(work, 'trong'), { recursive: true });
    const distDir = join(work, `dist-${name}`);
    const report = await buildSite({
      contentDir: join(work, name),
      root: ROOT,
      distDir,
      log: () => {},
    });
    expect(report.ok).toBe(false);
    expect(report.validationReport).toContain(`${join(work, name)}: ${message}`);
    expect(existsSync(distDir)).toBe(false);
  });

  test('`npm run build` exits non-zero and prints every problem', () => {
    const run = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    // Run from the project root, messages name files by absolute path here.
    for (const expected of ALL) expect(run.stderr).toContain(`${join(contentDir, expected.file)}`);
    expect(run.stderr).toContain(
      `Có ${ALL.length} lỗi trong ${new Set(ALL.map((i) => i.file)).size} tệp. Sửa các lỗi trên rồi chạy lại \`npm run validate\`; trang web chưa được tạo.`,
    );
  });
});
