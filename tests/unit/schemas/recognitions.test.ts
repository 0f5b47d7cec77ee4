import { describe, expect, test } from 'vitest';
import { recognitionSchema } from '../../../src/schemas/recognitions.ts';
import { parseWith } from './helpers.ts';

const base = {
  place: 'ha-tinh/huong-khe/phuc-dong',
  level: 'xa-ntm',
  status: 'voted',
  date: '2022-06-28',
  round: 'đợt 1 năm 2022',
  reportedIn: '2022/2022-06-28-hoi-dong-tham-dinh-ha-tinh',
};

describe('recognitionSchema', () => {
  test('accepts a council vote and fills the defaults', () => {
    const result = parseWith(recognitionSchema, base);
    expect(result.ok && result.data.type).toBe('recognition');
  });
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'an unknown level',
      { level: 'xa-nong-thon-moi' },
      [
        'level: phải là một trong các mức: xa-ntm, xa-ntm-nang-cao, xa-ntm-kieu-mau, thon-ntm, khu-dan-cu-kieu-mau, huyen-ntm',
      ],
    ],
    [
      'a decision for a vote',
      { decision: 'ha-tinh/ubnd/qd-1234' },
      [
        'decision: `decision` chỉ ghi khi đã có quyết định công nhận: đổi `status` thành recognised (hoặc re-recognised), hoặc xoá `decision`',
      ],
    ],
    [
      'no reporter',
      { reportedIn: undefined },
      [
        'reportedIn: ghi rõ ai báo cáo mức đạt chuẩn này: `reportedIn` (một cuộc họp), `reportedBy` (một văn bản), hoặc `source` (bài báo, khi bài chỉ đưa tin mà không có cuộc họp hay văn bản nào)',
      ],
    ],
  ])('rejects %s', (_, extra, errors) => {
    const result = parseWith(recognitionSchema, { ...base, ...extra });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });
});
