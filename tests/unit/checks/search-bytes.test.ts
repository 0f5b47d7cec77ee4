import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countFetchedBytes, kindOf } from '../../../src/checks/search-bytes.ts';

describe('kindOf', () => {
  test.each([
    ['/_astro/search-page.abc.js', 'search code'],
    ['/pagefind/pagefind.js', 'pagefind library'],
    ['/pagefind/pagefind-worker.js', 'pagefind library'],
    ['/pagefind/wasm.unknown.pagefind', 'pagefind library'],
    ['/pagefind/pagefind.vi_1234.pf_meta', 'index'],
    ['/pagefind/index/vi_abc.pf_index', 'index'],
    ['/pagefind/filter/vi_abc.pf_filter', 'filters'],
    ['/pagefind/fragment/vi_abc.pf_fragment', 'fragments'],
    ['/pagefind/ha-tinh/pagefind-entry.json', 'pagefind library'],
    ['/pagefind/ha-tinh/wasm.unknown.pagefind', 'pagefind library'],
    ['/pagefind/_chung/pagefind.vi_1234.pf_meta', 'index'],
    ['/pagefind/ha-tinh/index/vi_abc.pf_index', 'index'],
    ['/pagefind/ha-tinh/filter/vi_abc.pf_filter', 'filters'],
    ['/pagefind/ha-tinh/fragment/vi_abc.pf_fragment', 'fragments'],
    ['/pagefind/ntm-scopes.json', 'other'],
    ['/favicon.svg', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

describe('countFetchedBytes', () => {
  test('counts each file once, with its precompressed copies where they are smaller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-bytes-'));
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'pagefind', 'pagefind.js.gz'), 'x'.repeat(300));
    writeFileSync(join(dir, 'pagefind', 'pagefind.js.br'), 'x'.repeat(250));
    writeFileSync(join(dir, 'pagefind', 'fragment', 'a.pf_fragment'), 'x'.repeat(500));
    const report = countFetchedBytes(dir, [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/a.pf_fragment',
      '/missing.js',
    ]);
    expect(report.files).toHaveLength(2);
    expect(report.total).toEqual({ raw: 1500, gzip: 800, brotli: 750 });
    expect(report.byKind.fragments).toEqual({ count: 1, raw: 500, gzip: 500, brotli: 500 });
  });

  test('counts the .gz for a brotli reader when a file has no .br, as nginx sends it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-bytes-'));
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'fragment', 'b.pf_fragment'), 'x'.repeat(900));
    writeFileSync(join(dir, 'pagefind', 'fragment', 'b.pf_fragment.gz'), 'x'.repeat(400));
    expect(countFetchedBytes(dir, ['/pagefind/fragment/b.pf_fragment']).total).toEqual({
      raw: 900,
      gzip: 400,
      brotli: 400,
    });
  });
});
