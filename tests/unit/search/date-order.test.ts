import { describe, expect, test } from 'vitest';
import { newestFirst, orderByDate } from '../../../src/search/date-order.ts';

describe('newestFirst', () => {
  test('lists dated pages newest first, ties by id, undated pages left out', () => {
    const pages = [
      { id: 'vi_c', date: '2024-05-01' },
      { id: 'vi_a' },
      { id: 'vi_d', date: '2025-01-09' },
      { id: 'vi_b', date: '2024-05-01' },
      { id: 'vi_e', date: '' },
    ];
    expect(newestFirst(pages)).toEqual(['vi_d', 'vi_b', 'vi_c']);
  });
});

describe('orderByDate', () => {
  test('puts results in date order, undated results after in the order they came', () => {
    const results = [{ id: 'p1' }, { id: 'old' }, { id: 'p2' }, { id: 'new' }, { id: 'mid' }];
    const order = ['new', 'other', 'mid', 'old'];
    expect(orderByDate(results, order).map((r) => r.id)).toEqual(['new', 'mid', 'old', 'p1', 'p2']);
  });
});
