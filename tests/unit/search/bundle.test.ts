import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isPagefindBinary, storePagefindFilesForBrotli } from '../../../src/search/bundle.ts';

describe('isPagefindBinary', () => {
  test.each([
    ['vi_abc.pf_index', true],
    ['pagefind.vi_123.pf_meta', true],
    ['wasm.unknown.pagefind', true],
    ['vi_abc.pf_fragment', true],
    ['pagefind.js', false],
    ['pagefind-entry.json', false],
  ])('%s → %s', (name, expected) => {
    expect(isPagefindBinary(name)).toBe(expected);
  });
});

describe('storePagefindFilesForBrotli', () => {
  test('stores the file uncompressed with Pagefind’s signature, keeps its gzip, adds a smaller brotli copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-bundle-'));
    mkdirSync(join(dir, 'index'));
    const raw = Buffer.from(`pagefind_dcd${'Lâm Hợp đường găng '.repeat(400)}`);
    const gz = gzipSync(raw);
    writeFileSync(join(dir, 'index', 'vi_1.pf_index'), gz);
    writeFileSync(join(dir, 'pagefind.js'), 'export {}');
    const report = await storePagefindFilesForBrotli(dir);
    expect(report.files).toBe(1);
    expect(readFileSync(join(dir, 'index', 'vi_1.pf_index')).equals(raw)).toBe(true);
    expect(readFileSync(join(dir, 'index', 'vi_1.pf_index.gz')).equals(gz)).toBe(true);
    const br = readFileSync(join(dir, 'index', 'vi_1.pf_index.br'));
    expect(brotliDecompressSync(br).equals(raw)).toBe(true);
    expect(br.byteLength).toBeLessThan(gz.byteLength);
    expect(existsSync(join(dir, 'pagefind.js.br'))).toBe(false);
    // A second run leaves the already uncompressed file alone.
    expect((await storePagefindFilesForBrotli(dir)).files).toBe(0);
  });
});
