import { describe, expect, test } from 'vitest';
import { pagerEntries, paginate } from '../../../src/site/paging.ts';

describe('paginate', () => {
  test('splits into pages of the given size, numbered from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.number, p.total, p.itemCount, p.items])).toEqual([
      [1, 3, 5, [1, 2]],
      [2, 3, 5, [3, 4]],
      [3, 3, 5, [5]],
    ]);
  });

  test('an empty list still has one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, itemCount: 0, items: [] }]);
  });

  test('refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow('page size must be at least 1');
  });
});

describe('pagerEntries', () => {
  test('shows every page when there are few', () => {
    expect(pagerEntries(1, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  test('shows first, last and neighbours with gaps when there are many', () => {
    expect(pagerEntries(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
    expect(pagerEntries(1, 40)).toEqual([1, 2, 3, 'gap', 40]);
    expect(pagerEntries(40, 40)).toEqual([1, 'gap', 38, 39, 40]);
  });
});
