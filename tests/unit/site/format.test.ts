import { describe, expect, test } from 'vitest';
import {
  formatDeadline,
  formatNumber,
  formatPerson,
  formatTaskSection,
  formatVote,
  placeDisplayName,
  placeLevels,
  searchPlace,
} from '../../../src/site/format.ts';

describe('formatDeadline', () => {
  test.each([
    [{ due: '2023-08-15', precision: 'day' as const }, '15/8/2023'],
    [{ due: '2023-08-31', precision: 'month' as const, period: '2023-08' }, 'tháng 8/2023'],
    [{ due: '2017-06-30', precision: 'quarter' as const, period: '2017-Q2' }, 'quý II/2017'],
    [{ due: '2020-12-31', precision: 'year' as const, period: '2020' }, 'năm 2020'],
  ])('%j → %s', (deadline, expected) => expect(formatDeadline(deadline)).toBe(expected));
});

describe('formatTaskSection', () => {
  test.each([
    ['2', 'Mục 2'],
    ['II.1', 'Mục II.1'],
    ['1.a', 'Mục 1.a'],
    ['Kết luận của Bí thư Huyện ủy', 'Kết luận của Bí thư Huyện ủy'],
  ])('%s → %s', (section, expected) => expect(formatTaskSection(section)).toBe(expected));
});

describe('formatPerson', () => {
  test('name, positions and role', () => {
    expect(
      formatPerson({
        name: 'Trần Đình Gia',
        positions: ['Đại biểu Quốc hội', 'Bí thư Huyện ủy'],
        role: 'Đồng chủ trì',
      }),
    ).toBe('Trần Đình Gia (Đại biểu Quốc hội, Bí thư Huyện ủy) – Đồng chủ trì');
  });
  test('a group without a name', () => {
    expect(formatPerson({ description: 'Các đồng chí Thường trực Huyện ủy', positions: [] })).toBe(
      'Các đồng chí Thường trực Huyện ủy',
    );
  });
});

describe('formatNumber', () => {
  test('uses the Vietnamese separators', () => {
    expect(formatNumber(5466.32)).toBe('5.466,32');
    expect(formatNumber(122.072)).toBe('122,072');
  });
});

describe('placeLevels', () => {
  test('names province, district and commune from a chain, nearest first', () => {
    const chain = [
      { name: 'Lâm Hợp', kind: 'xa' as const },
      { name: 'Kỳ Anh', kind: 'huyen' as const },
      { name: 'Hà Tĩnh', kind: 'tinh' as const },
    ];
    expect(placeLevels(chain)).toEqual({
      commune: 'Xã Lâm Hợp',
      district: 'Huyện Kỳ Anh',
      province: 'Hà Tĩnh',
    });
    expect(placeDisplayName({ name: 'Hoằng Trung', kind: 'xa' })).toBe('Xã Hoằng Trung');
  });
});

describe('formatVote', () => {
  const vote = { subject: 'x', places: [] };
  test('says only what the record states', () => {
    expect(formatVote({ ...vote, for: 25, present: 25, percent: 100, percentOf: 'present' })).toBe(
      '25 phiếu đồng ý; 25 thành viên có mặt; 100% thành viên có mặt đồng ý',
    );
    expect(formatVote({ ...vote, for: 20, against: 1, present: 21, members: 23 })).toBe(
      '20 phiếu đồng ý; 1 phiếu không đồng ý; 21 thành viên có mặt; hội đồng có 23 thành viên',
    );
    expect(formatVote({ ...vote, percent: 100 })).toBe('100% đồng ý');
  });
});

describe('searchPlace', () => {
  test('adds the province id, which names the search index of the record', () => {
    const chain = [
      { id: 'ha-tinh/ky-anh/lam-hop', data: { name: 'Lâm Hợp', kind: 'xa' as const } },
      { id: 'ha-tinh/ky-anh', data: { name: 'Kỳ Anh', kind: 'huyen' as const } },
      { id: 'ha-tinh', data: { name: 'Hà Tĩnh', kind: 'tinh' as const } },
    ];
    expect(searchPlace(chain)).toEqual({
      commune: 'Xã Lâm Hợp',
      district: 'Huyện Kỳ Anh',
      province: 'Hà Tĩnh',
      provinceId: 'ha-tinh',
    });
  });

  test('has no province id when the chain stops below a province', () => {
    expect(
      searchPlace([{ id: 'ky-anh', data: { name: 'Kỳ Anh', kind: 'huyen' as const } }]),
    ).toEqual({ district: 'Huyện Kỳ Anh' });
  });
});
