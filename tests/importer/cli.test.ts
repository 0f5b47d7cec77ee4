/** The two commands clerks type: `npm run import -- FILE` and `npm run new -- KIND`, run as processes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    expect(first.stdout).toMatch(/Đã ghi 3 tệp nháp vào /);
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
