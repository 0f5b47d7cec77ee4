/**
 * A large archive's search index is split by province (src/search/indexing.ts): one index per
 * province and one for the records of no province, each written by a Pagefind process of its
 * own; a rebuild after one province's records changed writes that province's index again and
 * copies the others from the previous build. Runs on the default site, split at one page.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { COMMON_INDEX, SCOPE_LIST_FILE, type ScopeList } from '../../src/search/scopes.ts';
import type { IndexingReport } from '../../src/search/indexing.ts';
import { hashTree } from '../trust/support/hash-tree.ts';
import { pagesByIndex, splitCopy } from './split-site.ts';

const siteDir = inject('siteDir');
const made: string[] = [];
let first: { dir: string; report: IndexingReport };

beforeAll(async () => {
  first = await splitCopy(siteDir);
  made.push(first.dir);
});

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The province a built page names for search (`data-search-scope`), or the common index. */
function scopeOf(dir: string, url: string): string {
  const html = readFileSync(join(dir, url, 'index.html'), 'utf8');
  return /\sdata-search-scope="([^"]*)"/.exec(html)?.[1] ?? COMMON_INDEX;
}

describe('an index split by province', () => {
  test('has one index per province and one for the records of no province, listed for the browser', () => {
    const list = JSON.parse(
      readFileSync(join(first.dir, 'pagefind', SCOPE_LIST_FILE), 'utf8'),
    ) as ScopeList;
    expect(list.split).toBe(true);
    if (!list.split) return;
    expect(list.indexes.map((i) => [i.id, i.name])).toEqual([
      ['ha-tinh', 'Hà Tĩnh'],
      ['quang-nam', 'Quảng Nam'],
      ['thanh-hoa', 'Thanh Hóa'],
      [COMMON_INDEX, ''],
    ]);
    for (const index of list.indexes) {
      expect(index.bytes.start).toBeGreaterThan(100);
      expect(index.bytes.word).toBeGreaterThan(100);
    }
    // Pagefind's script once, shared; each folder can be searched first, so it has the WebAssembly.
    expect(readdirSync(join(first.dir, 'pagefind')).filter((n) => n.endsWith('.js'))).toEqual([
      'pagefind.js',
    ]);
    for (const index of list.indexes)
      expect(readdirSync(join(first.dir, 'pagefind', index.id))).toContain('wasm.unknown.pagefind');
  });

  test('puts every indexed page into its province’s index, once', () => {
    const byIndex = pagesByIndex(first.dir);
    const all = [...byIndex.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.report.pages);
    for (const [index, urls] of byIndex)
      for (const url of urls)
        expect(`${url} in ${scopeOf(first.dir, url)}`).toBe(`${url} in ${index}`);
    expect(byIndex.get('ha-tinh')).toContain('/dia-ban/ha-tinh/ky-anh/lam-hop/');
    expect(byIndex.get(COMMON_INDEX)).toContain('/chuong-trinh/cai-tao-vuon-tap/');
  });

  test('copies the records of no province into every province’s index, marked as copies', () => {
    const common = pagesByIndex(first.dir).get(COMMON_INDEX)!.sort();
    const copies = pagesByIndex(first.dir, { copies: true });
    expect(copies.get(COMMON_INDEX)).toEqual([]);
    for (const province of ['ha-tinh', 'quang-nam', 'thanh-hoa'])
      expect(copies.get(province)!.sort()).toEqual(common);
  });

  test('writes each index in a Pagefind process of its own, whose peak memory is reported', () => {
    expect(first.report.indexes.map((i) => i.reused)).toEqual([false, false, false, false]);
    for (const index of first.report.indexes) expect(index.peakBytes).toBeGreaterThan(1024 ** 2);
  });

  test('gives the same bytes when written again from scratch', async () => {
    const again = await splitCopy(siteDir);
    made.push(again.dir);
    expect(hashTree(join(again.dir, 'pagefind'))).toEqual(hashTree(join(first.dir, 'pagefind')));
  });
});

describe('a rebuild after one province’s records changed', () => {
  test('writes that province’s index again and reuses the others byte for byte', async () => {
    const meeting =
      '/cuoc-hop/2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop/';
    expect(scopeOf(siteDir, meeting)).toBe('ha-tinh');
    // The next build's pages: the same site with one Hà Tĩnh meeting changed.
    const changed = await splitCopy(siteDir);
    made.push(changed.dir);
    const page = join(changed.dir, meeting, 'index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('</h1>', '</h1><p>Đã bổ sung: kiểm tra dựng lại.</p>'),
    );
    const rebuilt = await splitCopy(changed.dir, first.dir);
    made.push(rebuilt.dir);
    expect(rebuilt.report.indexes.filter((i) => !i.reused).map((i) => i.id)).toEqual(['ha-tinh']);
    const before = hashTree(join(first.dir, 'pagefind'));
    const after = hashTree(join(rebuilt.dir, 'pagefind'));
    // A province's page changed: the other provinces and the common index are reused.
    for (const index of ['quang-nam', 'thanh-hoa', COMMON_INDEX]) {
      const inIndex = (tree: Record<string, string>) =>
        Object.entries(tree).filter(([path]) => path.startsWith(`${index}/`));
      expect(inIndex(after)).toEqual(inIndex(before));
    }
    expect(after['ha-tinh/ntm-input.sha256']).not.toBe(before['ha-tinh/ntm-input.sha256']);
    const haTinh = pagesByIndex(rebuilt.dir).get('ha-tinh')!;
    expect(haTinh).toContain(meeting);
  });

  test('writes every index again when a record of no province changed (each province has a copy)', async () => {
    const programme = '/chuong-trinh/cai-tao-vuon-tap/';
    const changed = await splitCopy(siteDir);
    made.push(changed.dir);
    const page = join(changed.dir, programme, 'index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('</h1>', '</h1><p>Đã bổ sung: kiểm tra dựng lại.</p>'),
    );
    const rebuilt = await splitCopy(changed.dir, first.dir);
    made.push(rebuilt.dir);
    expect(rebuilt.report.indexes.filter((i) => i.reused)).toEqual([]);
  });

  test('reuses every index when only the build date and the styles changed', async () => {
    const restyled = await splitCopy(siteDir);
    made.push(restyled.dir);
    const page = join(restyled.dir, 'dia-ban/ha-tinh/ky-anh/lam-hop/index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8')
        .replace('<style>', '<style>.x{color:red}')
        .replace(/tính đến [^<.]+/, 'tính đến 31/12/2030'),
    );
    const rebuilt = await splitCopy(restyled.dir, first.dir);
    made.push(rebuilt.dir);
    expect(rebuilt.report.indexes.every((i) => i.reused)).toBe(true);
  });
});
