/**
 * The bad-input corpus (tests/fixtures/bad/): every broken record gives exactly the message in
 * expected.json, all in one validator run; decomposed text, byte-order marks and CRLF are
 * normalised, not rejected; and no build of the folder publishes anything.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
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

// 600 KB is generated rather than committed.
const OVERSIZED: ExpectedIssue = {
  case: 'oversized file',
  file: 'places/oversized.yaml',
  field: '',
  message: `tệp nặng 600 KB, vượt giới hạn ${MAX_RECORD_BYTES / 1024} KB cho một bản ghi: tách thành nhiều bản ghi`,
};

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
  // Paths in messages are relative to the content folder, as in expected.json.
  result = validateContent(contentDir, { cwd: contentDir });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bad-input corpus', () => {
  test('holds at least 30 broken records', () => {
    expect(new Set([...EXPECTED, OVERSIZED].map((i) => i.file)).size).toBeGreaterThanOrEqual(30);
  });

  test.each([...EXPECTED, OVERSIZED].map((i) => [i.case, i] as const))(
    '%s gives its message',
    (_, expected) => {
      expect(result.issues.map(key)).toContain(key(expected));
    },
  );

  test('gives no message that is not expected', () => {
    const expected = new Set([...EXPECTED, OVERSIZED].map(key));
    expect(result.issues.map(key).filter((k) => !expected.has(k))).toEqual([]);
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
      `Có ${[...EXPECTED, OVERSIZED].length} lỗi trong ${new Set([...EXPECTED, OVERSIZED].map((i) => i.file)).size} tệp.`,
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

  test('`npm run build` exits non-zero and prints every problem', () => {
    const run = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    // Run from the project root, messages name files by absolute path here.
    for (const expected of [...EXPECTED, OVERSIZED])
      expect(run.stderr).toContain(`${join(contentDir, expected.file)}`);
    expect(run.stderr).toContain(
      `Có ${[...EXPECTED, OVERSIZED].length} lỗi trong ${new Set([...EXPECTED, OVERSIZED].map((i) => i.file)).size} tệp. Sửa các lỗi trên rồi chạy lại \`npm run validate\`; trang web chưa được tạo.`,
    );
  });
});
