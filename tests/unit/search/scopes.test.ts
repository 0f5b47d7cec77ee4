import { describe, expect, test } from 'vitest';
import {
  COMMON_INDEX,
  formatSize,
  indexFolder,
  plan,
  provinceIndexes,
  resolveScope,
  WHOLE_COUNTRY,
  wholeCountryCost,
  type ScopeList,
} from '../../../src/search/scopes.ts';

const index = (id: string, name: string, start: number, word: number) => ({
  id,
  name,
  pages: 10,
  bytes: { start, word },
});
const split: ScopeList = {
  split: true,
  indexes: [
    index('ha-tinh', 'Hà Tĩnh', 3000, 20_000),
    index('thanh-hoa', 'Thanh Hóa', 2000, 15_000),
    index(COMMON_INDEX, '', 500, 4000),
  ],
};
const single: ScopeList = { split: false };

describe('plan', () => {
  test('a province searches its own index alone (it holds copies of the common records)', () => {
    expect(plan(split, 'ha-tinh')).toEqual({
      paths: ['/pagefind/ha-tinh/'],
      withoutCopies: false,
    });
  });
  test('the whole country searches every index, the common one primary, without the copies', () => {
    expect(plan(split, WHOLE_COUNTRY)).toEqual({
      paths: ['/pagefind/_chung/', '/pagefind/ha-tinh/', '/pagefind/thanh-hoa/'],
      withoutCopies: true,
    });
  });
  test('a scope that names no index has no plan', () => {
    expect(plan(split, 'quang-nam')).toBeUndefined();
    expect(plan(split, COMMON_INDEX)).toBeUndefined();
  });
  test('an archive that is not split has one index, whatever the scope', () => {
    expect(plan(single, 'ha-tinh')).toEqual({ paths: ['/pagefind/'], withoutCopies: false });
  });
  test('index folders are siblings under /pagefind/, never nested', () => {
    expect(indexFolder('mien-trung/ha-tinh')).toBe('mien-trung.ha-tinh');
  });
});

describe('resolveScope', () => {
  test('the address first, then the page’s province, then the reader’s last choice', () => {
    const all = { requested: 'thanh-hoa', page: 'ha-tinh', stored: WHOLE_COUNTRY };
    expect(resolveScope(split, all)).toBe('thanh-hoa');
    expect(resolveScope(split, { ...all, requested: null })).toBe('ha-tinh');
    expect(resolveScope(split, { stored: WHOLE_COUNTRY })).toBe(WHOLE_COUNTRY);
  });
  test('skips values that name no index', () => {
    expect(resolveScope(split, { requested: 'xyz', page: 'quang-nam', stored: 'ha-tinh' })).toBe(
      'ha-tinh',
    );
  });
  test('nothing to go on: the reader must choose (never every index unasked)', () => {
    expect(resolveScope(split, {})).toBeUndefined();
  });
  test('an archive that is not split is searched whole', () => {
    expect(resolveScope(single, { page: 'ha-tinh' })).toBe(WHOLE_COUNTRY);
  });
});

describe('wholeCountryCost', () => {
  test('sums what every index costs before the first word and per word', () => {
    expect(wholeCountryCost(split)).toEqual({ indexes: 2, start: 5500, word: 39_000 });
    expect(provinceIndexes(split).map((i) => i.id)).toEqual(['ha-tinh', 'thanh-hoa']);
  });
});

describe('formatSize', () => {
  test.each([
    [300, '1 KB'],
    [42_400, '42 KB'],
    [1_234_567, '1,2 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
