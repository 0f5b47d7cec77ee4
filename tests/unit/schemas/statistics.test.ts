import { describe, expect, test } from 'vitest';
import { statisticsSchema } from '../../../src/schemas/statistics.ts';
import { criteriaSetSchema } from '../../../src/schemas/criteria-sets.ts';
import { parseWith } from './helpers.ts';

const base = {
  place: 'nghe-an/dien-chau/dien-lien',
  period: 'Năm 2020',
  periodStart: '2020-01-01',
  periodEnd: '2020-12-31',
  source: { title: 'Xã Diễn Liên đón nhận Bằng đạt chuẩn nông thôn mới' },
};
const money = [
  { metric: 'von-huy-dong', label: 'Tổng nguồn lực huy động', value: 293, unit: 'tỷ đồng' },
  {
    metric: 'von-nhan-dan',
    label: 'Vốn nhân dân đóng góp',
    value: 216,
    unit: 'tỷ đồng',
    partOf: 'von-huy-dong',
  },
];

describe('statisticsSchema', () => {
  test('accepts figures reported by an article alone, a part of a whole and a change', () => {
    const result = parseWith(statisticsSchema, {
      ...base,
      figures: [
        ...money,
        { metric: 'thu-nhap', label: 'Thu nhập', value: 48, unit: 'triệu đồng/người/năm' },
        {
          metric: 'thu-nhap-tang',
          label: 'Mức tăng thu nhập so với năm 2019',
          value: 4.5,
          unit: 'triệu đồng/người/năm',
          change: true,
        },
      ],
    });
    expect(result.ok).toBe(true);
  });

  test.each<[string, Array<Record<string, unknown>>, string[]]>([
    [
      'a part naming no figure of the record',
      [money[0]!, { ...money[1]!, partOf: 'von-khac' }],
      [
        'figures[1].partOf: không có số liệu nào khác trong bản ghi này có metric "von-khac": `partOf` ghi metric của số liệu tổng mà số liệu này là một phần',
      ],
    ],
    [
      'a part larger than its whole',
      [money[0]!, { ...money[1]!, value: 316 }],
      [
        'figures[1].value: 316 tỷ đồng lớn hơn tổng 293 tỷ đồng (Tổng nguồn lực huy động) mà nó là một phần: kiểm tra lại hai số liệu hoặc `partOf`',
      ],
    ],
  ])('rejects %s', (_, figures, errors) => {
    const result = parseWith(statisticsSchema, { ...base, figures });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  test('accepts a part larger than a whole given as a lower bound ("trên 293")', () => {
    const result = parseWith(statisticsSchema, {
      ...base,
      figures: [
        { ...money[0]!, atLeast: true },
        { ...money[1]!, value: 300 },
      ],
    });
    expect(result.ok).toBe(true);
  });
});

describe('criteriaSetSchema', () => {
  const set = {
    name: 'Bộ tiêu chí thôn nông thôn mới của tỉnh',
    shortName: 'Thôn (16 tiêu chí)',
    decision: 'lang-son/ubnd/bo-tieu-chi-thon',
    periodFrom: 2021,
    periodTo: 2025,
    level: 'thon',
  };
  test('accepts a set known only by its number of criteria', () => {
    expect(parseWith(criteriaSetSchema, { ...set, criteriaCount: 16 }).ok).toBe(true);
  });
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'neither criteria nor their number',
      {},
      [
        'criteria: cần liệt kê ít nhất một tiêu chí, hoặc ghi `criteriaCount` (số tiêu chí của bộ) khi chưa có danh sách tiêu chí',
      ],
    ],
    [
      'a criterion beyond the number',
      { criteriaCount: 16, criteria: [{ number: 17, name: 'Khác' }] },
      [
        'criteriaCount: bộ có 16 tiêu chí nhưng lại liệt kê tiêu chí số 17: sửa `criteriaCount` hoặc số tiêu chí',
      ],
    ],
  ])('rejects %s', (_, extra, errors) => {
    const result = parseWith(criteriaSetSchema, { ...set, ...extra });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });
});
