import { describe, expect, test } from 'vitest';
import { facetFilterPairs, placeLine } from '../../../src/search/facets.ts';

describe('facetFilterPairs', () => {
  test('gives one pair per value, the year from the date, and drops empty values', () => {
    expect(
      facetFilterPairs({
        type: 'Cuộc họp',
        date: '2020-09-08',
        place: { province: 'Hà Tĩnh', district: 'Kỳ Anh', commune: ' ' },
        bodies: ['Ban Thường vụ Huyện ủy Kỳ Anh'],
        programmes: ['Nông thôn mới', 'Cải tạo vườn tạp'],
      }),
    ).toEqual([
      ['loai', 'Cuộc họp'],
      ['nam', '2020'],
      ['tinh', 'Hà Tĩnh'],
      ['huyen', 'Kỳ Anh'],
      ['co-quan', 'Ban Thường vụ Huyện ủy Kỳ Anh'],
      ['chuong-trinh', 'Nông thôn mới'],
      ['chuong-trinh', 'Cải tạo vườn tạp'],
    ]);
  });
});

describe('placeLine', () => {
  test('lists the smallest unit first', () => {
    expect(placeLine({ province: 'Hà Tĩnh', district: 'Kỳ Anh', commune: 'Lâm Hợp' })).toBe(
      'Lâm Hợp, Kỳ Anh, Hà Tĩnh',
    );
  });
  test('is empty without a place', () => {
    expect(placeLine(undefined)).toBe('');
  });
});
