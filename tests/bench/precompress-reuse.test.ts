/**
 * A rebuild after one record changed must not recompress every page: precompression takes the
 * `.gz`/`.br` copies of unchanged files from the previous build, and compresses only what changed.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { precompressFolder } from '../../src/build/precompress.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ntm-reuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (n: number) =>
  `<!doctype html><html lang="vi"><title>Cuộc họp ${n}</title>${`<p>Nông thôn mới ${n}: giao thông, thủy lợi.</p>`.repeat(40)}</html>`;

describe('precompressFolder with the previous build', () => {
  test('copies the compressed files of unchanged pages and compresses changed ones', async () => {
    const previous = join(scratch, 'dist');
    mkdirSync(join(previous, 'a'), { recursive: true });
    mkdirSync(join(previous, 'b'), { recursive: true });
    writeFileSync(join(previous, 'a/index.html'), page(1));
    writeFileSync(join(previous, 'b/index.html'), page(2));
    await precompressFolder(previous);

    const staging = join(scratch, 'staging');
    mkdirSync(staging);
    cpSync(join(previous, 'a'), join(staging, 'a'), {
      recursive: true,
      filter: (f) => !/\.(gz|br)$/.test(f),
    });
    mkdirSync(join(staging, 'b'));
    writeFileSync(join(staging, 'b/index.html'), page(3)); // changed
    mkdirSync(join(staging, 'c'));
    writeFileSync(join(staging, 'c/index.html'), page(4)); // new

    const report = await precompressFolder(staging, 8, previous);
    expect(report.files).toBe(3);
    expect(report.reused).toBe(1);
    for (const name of ['a', 'b', 'c']) {
      const original = readFileSync(join(staging, name, 'index.html'));
      expect(gunzipSync(readFileSync(join(staging, name, 'index.html.gz'))).equals(original)).toBe(
        true,
      );
      expect(
        brotliDecompressSync(readFileSync(join(staging, name, 'index.html.br'))).equals(original),
      ).toBe(true);
    }
  });

  test('works when there is no previous build', async () => {
    const staging = join(scratch, 'fresh');
    mkdirSync(staging);
    writeFileSync(join(staging, 'index.html'), page(5));
    const report = await precompressFolder(staging, 8, join(scratch, 'missing'));
    expect(report).toMatchObject({ files: 1, reused: 0 });
    expect(existsSync(join(staging, 'index.html.br'))).toBe(true);
  });
});
