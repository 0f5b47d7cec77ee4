import { describe, expect, test } from 'vitest';
import { assessmentSchema } from '../../../src/schemas/assessments.ts';
import { parseWith } from './helpers.ts';

const base = {
  place: 'ha-tinh/ky-anh/lam-hop',
  date: '2020-09-08',
  criteriaSet: 'ha-tinh-2016-2020',
  reportedIn: 'm',
};

describe('assessmentSchema', () => {
  test.each([
    ['Đạt', 'dat'],
    ['Chưa đạt', 'chua-dat'],
    ['chua dat', 'chua-dat'],
    ['Cơ bản đạt', 'co-ban-dat'],
    ['CƠ BẢN ĐẠT', 'co-ban-dat'],
  ])('reads the status %s as %s', (written, status) => {
    const result = parseWith(assessmentSchema, { ...base, statuses: { '1': written } });
    expect(result.ok && result.data.statuses).toEqual({ '1': status });
  });

  test.each([
    [
      'an unknown status word',
      { statuses: { '1': 'Tốt' } },
      ['statuses.1: phải là Đạt, Cơ bản đạt hoặc Chưa đạt'],
    ],
    [
      'a criterion named by text',
      { statuses: { 'Giao thông': 'Đạt' } },
      ['statuses.Giao thông: tiêu chí được ghi bằng số thứ tự, ví dụ 17'],
    ],
    [
      'no reporting record',
      { reportedIn: undefined },
      [
        'reportedIn: ghi rõ ai báo cáo kết quả đánh giá này: `reportedIn` (một cuộc họp), `reportedBy` (một văn bản), hoặc `source` (bài báo, khi bài chỉ đưa tin mà không có cuộc họp hay văn bản nào)',
      ],
    ],
  ])('rejects %s', (_, change, errors) => {
    const result = parseWith(assessmentSchema, { ...base, ...change });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });
});
