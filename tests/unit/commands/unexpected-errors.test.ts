import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { unexpectedErrorMessage } from '../../../src/commands/unexpected-errors.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');

/** Runs a tiny command that installs the handler, then fails the way `body` does. */
function runFailing(body: string) {
  const script = `import { handleUnexpectedErrors } from ${JSON.stringify(join(ROOT, 'src/commands/unexpected-errors.ts'))};\nhandleUnexpectedErrors({ input: 'content/' });\n${body}`;
  return spawnSync(NODE, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('handleUnexpectedErrors', () => {
  test.each([
    ['a throw at the top level', "throw new Error('hỏng');", 'content/', 'hỏng'],
    [
      'a rejected promise awaited at the top level',
      "await Promise.reject(new Error('hỏng muộn'));",
      'content/',
      'hỏng muộn',
    ],
    [
      'an error in a callback later',
      "setTimeout(() => { throw new Error('trong hẹn giờ'); }, 5);",
      'content/',
      'trong hẹn giờ',
    ],
    [
      'a file-system error, which names its own file',
      "(await import('node:fs')).readFileSync('/khong/co/tep.yaml');",
      '/khong/co/tep.yaml',
      "ENOENT: no such file or directory, open '/khong/co/tep.yaml'",
    ],
  ])('%s: a message naming the file, exit 1, no stack trace', (_, body, file, text) => {
    const run = runFailing(body);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Lỗi không lường trước khi xử lý ${file}: ${text}\nLệnh đã dừng; không tệp kết quả nào được ghi dở. Kiểm tra tệp trên rồi chạy lại; nếu vẫn lỗi, báo cho người quản trị trang kèm các dòng này.\n`,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test('names no file when the command has no input', () => {
    expect(unexpectedErrorMessage(new Error('x')).split('\n')[0]).toBe('Lỗi không lường trước: x');
  });

  test('every command in scripts/ installs it before its work', () => {
    const scripts = [
      ...readdirSync(join(ROOT, 'scripts'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `scripts/${f}`),
      'scripts/bench/build-site.ts',
      'src/build/validate-and-export.ts',
    ];
    const without = scripts.filter(
      (f) => !/^handleUnexpectedErrors\(/m.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(without).toEqual([]);
  });
});
