/**
 * The second line of defence: even when validation is skipped (a bare `astro build`), the content
 * loader refuses to render a record whose Markdown carries raw HTML, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { trustWorkDir } from './support/build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string | undefined;

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a bare astro build of a record with raw HTML fails and names the file and line', () => {
  work = trustWorkDir('loader');
  const contentDir = join(work, 'content');
  const outDir = join(work, 'out');
  cpSync(resolve(ROOT, 'tests/fixtures/hostile'), contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'documents/chen-ma.md'),
    '---\nnumber: 61-KH/HU\ntitle: Kế hoạch\nissuer: huyen-uy\ndate: 2021-01-06\n---\nMở đầu.\n\n<script>alert("loader")</script>\n',
  );
  // Astro's own build, as `astro build` runs it: no validation stage in front.
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(work, 'cache'))}, logLevel: 'error' });`;
  const run = spawnSync(
    resolve(ROOT, 'node_modules/.bin/node'),
    ['--input-type=module', '-e', script],
    {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, NTM_OUT_DIR: outDir },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toContain(
    'chen-ma.md: dòng 9 có mã HTML (<script>): bản ghi là Markdown thuần, hãy viết lại không dùng thẻ HTML',
  );
  const pages = existsSync(outDir)
    ? readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html'))
    : [];
  expect(pages).toEqual([]);
}, 300_000);
