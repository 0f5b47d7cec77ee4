import { describe, expect, test } from 'vitest';
import { datesById, newestFirst, orderByDate } from '../../../src/search/date-order.ts';

describe('newestFirst', () => {
  test('groups dated pages by date, newest first, ids in order, undated pages left out', () => {
    const pages = [
      { id: 'vi_c', date: '2024-05-01' },
      { id: 'vi_a' },
      { id: 'vi_d', date: '2025-01-09' },
      { id: 'vi_b', date: '2024-05-01' },
      { id: 'vi_e', date: '' },
    ];
    expect(newestFirst(pages)).toEqual([
      ['2025-01-09', 'vi_d'],
      ['2024-05-01', 'vi_b', 'vi_c'],
    ]);
  });
});

describe('datesById', () => {
  test('reads the dates of several indexes; an id two indexes list is ambiguous', () => {
    const { dates, ambiguous } = datesById([
      [
        ['2025-01-09', 'vi_d'],
        ['2024-05-01', 'vi_b', 'vi_x'],
      ],
      [['2023-02-02', 'vi_x', 'vi_f']],
    ]);
    expect(Object.fromEntries(dates)).toEqual({
      vi_d: '2025-01-09',
      vi_b: '2024-05-01',
      vi_f: '2023-02-02',
    });
    expect([...ambiguous]).toEqual(['vi_x']);
  });
});

describe('orderByDate', () => {
  test('puts results newest first (ties by id), undated results after in the order they came', () => {
    const dates: Record<string, string> = {
      new: '2025-01-01',
      mid: '2024-01-01',
      mid2: '2024-01-01',
      old: '2020-01-01',
    };
    const results = [{ id: 'p1' }, { id: 'old' }, { id: 'mid2' }, { id: 'p2' }, { id: 'new' }];
    expect(orderByDate([...results, { id: 'mid' }], (r) => dates[r.id]).map((r) => r.id)).toEqual([
      'new',
      'mid',
      'mid2',
      'old',
      'p1',
      'p2',
    ]);
  });
});
