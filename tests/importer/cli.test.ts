/** The two commands clerks type: `npm run import -- FILE` and `npm run new -- KIND`, run as processes. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules', '.bin', 'node');
const out = mkdtempSync(join(tmpdir(), 'ntm-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const run = (script: string, args: string[]) =>
  spawnSync(node, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run import', () => {
  test('writes drafts, prints what to review and the validator result, and refuses a second run', () => {
    const article = join(root, 'content', 'sources', '004_6aa71deb074a78cc.txt');
    const first = run('import.ts', [article, '--out', join(out, 'drafts')]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Đã ghi 7 tệp nháp vào /);
    expect(first.stdout).toMatch(
      /recognitions\/ha-tinh\/ky-anh\/lam-hop\/2020-09-08-xa-ntm-nhap\.yaml/,
    );
    expect(first.stdout).toMatch(
      /giá trị được đánh dấu "# REVIEW:" trong các tệp: đối chiếu từng giá trị với bài báo/,
    );
    expect(first.stdout).toMatch(
      /Trình kiểm tra \(validator\) tìm thấy \d+ lỗi|Các bản nháp cùng với content\/ đều qua được trình kiểm tra/,
    );
    const second = run('import.ts', [article, '--out', join(out, 'drafts')]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Chưa ghi tệp nào, vì bản nháp sẽ ghi đè lên tệp đã có/);
  });
  test('says how to use it when no file is given', () => {
    const r = run('import.ts', []);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cách dùng: npm run import -- ARTICLE.txt/);
  });

  test('drafts every article of a folder, each in its own folder, and prints one summary table', () => {
    const folder = mkdtempSync(join(tmpdir(), 'ntm-batch-'));
    try {
      for (const seed of ['000_f394016b0c7f8a8b.txt', '004_6aa71deb074a78cc.txt'])
        cpSync(join(root, 'content', 'sources', seed), join(folder, seed));
      const r = run('import.ts', [folder, '--out', join(out, 'batch')]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/Bài +\| Bản ghi nháp +\| Giá trị cần kiểm tra \| Lỗi validator/);
      expect(r.stdout).toMatch(/000_f394016b0c7f8a8b\.txt +\| \d+ \(1 cuộc họp/);
      expect(r.stdout).toMatch(
        /004_6aa71deb074a78cc\.txt +\| 7 \(1 cuộc họp, 2 đánh giá, 3 mức đạt chuẩn, 1 địa bàn\) +\| \d+ +\| 1/,
      );
      expect(r.stdout).toMatch(/^Tổng +\| \d+ +\| \d+ +\| \d+$/m);
      expect(existsSync(join(out, 'batch', '004_6aa71deb074a78cc', 'meetings'))).toBe(true);
      // A second run would overwrite: nothing is written, for any article.
      const again = run('import.ts', [folder, '--out', join(out, 'batch')]);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/Chưa ghi tệp nào/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('npm run new', () => {
  test('writes a meeting skeleton with every field explained, and never over an existing file', () => {
    const first = run('new-record.ts', ['meeting', '2023-07-11-thu', '--out', out]);
    expect(first.status).toBe(0);
    const file = join(out, 'meetings', '2023-07-11-thu.md');
    expect(readFileSync(file, 'utf8')).toMatch(/# ── convenedBy \(bắt buộc\)/);
    const second = run('new-record.ts', ['meeting', '2023-07-11-thu', '--out', out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists; nothing was written/);
  });
  test.each([
    'document',
    'plan',
    'assessment',
    'statistics',
    'place',
    'body',
    'programme',
    'criteria-set',
  ])('writes a %s skeleton', (kind) => {
    const r = run('new-record.ts', [kind, 'x', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
  });
  test('rejects an unknown kind', () => {
    const r = run('new-record.ts', ['cuochop', '--out', out]);
    expect(r.status).toBe(2);
    expect(existsSync(join(out, 'cuochop'))).toBe(false);
  });
});
