/** The precompression step: .gz and .br next to every compressible file, decoding to the same bytes. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  brotliQuality,
  compressBoth,
  isCompressible,
  isFinishedPagePath,
  MIN_COMPRESS_BYTES,
  precompressAsWritten,
  precompressFolder,
} from '../../src/build/precompress.ts';
import { listFiles } from '../../src/records/read.ts';

describe('isCompressible', () => {
  test.each([
    ['index.html', true],
    ['_astro/a.B1x.js', true],
    ['data/meetings.json', true],
    ['data/meetings.csv', true],
    ['feed.xml', true],
    ['logo.svg', true],
    ['photo.jpg', false],
    ['pagefind/fragment/vi_1.pf_fragment', false],
    ['pagefind/wasm.vi.pagefind', false],
    ['index.html.gz', false],
    ['index.html.br', false],
  ])('%s → %s', (path, expected) => {
    expect(isCompressible(path)).toBe(expected);
  });
});

describe('brotliQuality', () => {
  test.each([
    ['/site/_astro/search.B1x.js', 11],
    ['/site/pagefind/pagefind.js', 11],
    ['/site/cuoc-hop/2023/x/index.html', 7],
    ['/site/data/meetings.json', 7],
  ])('%s → %i', (path, quality) => {
    expect(brotliQuality(path)).toBe(quality);
  });
});

describe('precompressFolder', () => {
  let dir: string;
  const page = `<!doctype html><html lang="vi"><title>Họp</title>${'<p>Nông thôn mới: giao thông, thủy lợi, điện.</p>'.repeat(50)}</html>`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ntm-precompress-'));
    mkdirSync(join(dir, 'cuoc-hop'));
    writeFileSync(join(dir, 'cuoc-hop/index.html'), page);
    writeFileSync(join(dir, 'small.css'), 'a{color:red}');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096, 7));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes .gz and .br copies that decode to the original, and skips the rest', async () => {
    const report = await precompressFolder(dir);
    expect(report.files).toBe(1);
    const original = readFileSync(join(dir, 'cuoc-hop/index.html'));
    expect(gunzipSync(readFileSync(join(dir, 'cuoc-hop/index.html.gz'))).equals(original)).toBe(
      true,
    );
    expect(
      brotliDecompressSync(readFileSync(join(dir, 'cuoc-hop/index.html.br'))).equals(original),
    ).toBe(true);
    expect(report.bytesBrotli).toBeLessThan(report.bytesIn / 5);
    expect(existsSync(join(dir, 'small.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'photo.png.br'))).toBe(false);
  });

  test('does not compress its own output a second time', async () => {
    await precompressFolder(dir);
    expect(existsSync(join(dir, 'cuoc-hop/index.html.gz.gz'))).toBe(false);
    expect(existsSync(join(dir, 'cuoc-hop/index.html.br.br'))).toBe(false);
  });

  test('gives the same bytes every time', async () => {
    const a = await compressBoth(Buffer.from(page));
    const b = await compressBoth(Buffer.from(page));
    expect(a.gzip.equals(b.gzip)).toBe(true);
    expect(a.brotli.equals(b.brotli)).toBe(true);
  });
});

describe('isFinishedPagePath', () => {
  test.each([
    ['/site/index.html', true],
    ['/site/cuoc-hop/a/index.html', true],
    ['/site/_astro/app.js', false],
    ['/site/.prerender/chunks/page.mjs', false],
    ['/site/.prerender/index.html', false],
  ])('%s → %s', (path, expected) => {
    expect(isFinishedPagePath('/site', path)).toBe(expected);
  });
});

describe('precompressAsWritten, then precompressFolder', () => {
  test('gives every page copies of its final bytes, pages written, rewritten and added while it looked included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-as-written-'));
    try {
      const page = (words: string) => `<!doctype html><title>t</title><p>${words.repeat(100)}</p>`;
      writeFileSync(join(dir, 'early.html'), page('trước '));
      // Astro's own working folder, which it deletes at the end: nothing may be added to it.
      mkdirSync(join(dir, '.prerender', 'chunks'), { recursive: true });
      writeFileSync(
        join(dir, '.prerender', 'chunks', 'render.mjs'),
        `export const x = '${'x'.repeat(2000)}';`,
      );
      writeFileSync(join(dir, 'rewritten.html'), page('bản nháp '));
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const watching = precompressAsWritten(dir, finished, undefined, 20);
      await new Promise((wake) => setTimeout(wake, 200));
      // Seen and compressed already: now written again, larger, like a page read half-written.
      expect(existsSync(join(dir, 'rewritten.html.gz'))).toBe(true);
      writeFileSync(join(dir, 'rewritten.html'), page('bản cuối cùng '));
      expect(readdirSync(join(dir, '.prerender', 'chunks'))).toEqual(['render.mjs']);
      rmSync(join(dir, '.prerender'), { recursive: true });
      mkdirSync(join(dir, 'late'));
      writeFileSync(join(dir, 'late', 'index.html'), page('sau '));
      // Compressed, then removed by the writer: its copies must not outlive it.
      writeFileSync(join(dir, 'gone.html'), page('tạm '));
      await new Promise((wake) => setTimeout(wake, 200));
      expect(existsSync(join(dir, 'gone.html.br'))).toBe(true);
      rmSync(join(dir, 'gone.html'));
      finish();
      const done = await watching;
      await precompressFolder(dir, 8, undefined, done);
      for (const file of ['early.html', 'rewritten.html', 'late/index.html']) {
        const original = readFileSync(join(dir, file));
        expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
        expect(
          brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original),
          file,
        ).toBe(true);
      }
      expect(done.has(join(dir, 'early.html'))).toBe(true);
      expect(existsSync(join(dir, 'gone.html.gz')) || existsSync(join(dir, 'gone.html.br'))).toBe(
        false,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the built site', () => {
  test('has a .gz and a .br next to every compressible file that compression makes smaller', () => {
    const siteDir = inject('siteDir');
    const missing = listFiles(siteDir)
      .filter((f) => isCompressible(f) && readFileSync(f).byteLength >= MIN_COMPRESS_BYTES * 4)
      .filter((f) => !existsSync(`${f}.gz`) || !existsSync(`${f}.br`))
      .map((f) => f.slice(siteDir.length));
    expect(missing).toEqual([]);
  });
});
