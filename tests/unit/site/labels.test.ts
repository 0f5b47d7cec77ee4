import { describe, expect, test } from 'vitest';
import { buildRecordIndex } from '../../../src/site/record-index.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { documentLabel, recordLabel } from '../../../src/site/labels.ts';

const { content } = validateContent('tests/fixtures/site');
const index = buildRecordIndex(content, '2026-11-22');

describe('recordLabel', () => {
  test.each([
    [
      'meetings',
      '2023-07-11-hop',
      '11/7/2023 · Cuộc họp thử về nông thôn mới (dữ liệu kiểm thử)',
      '/cuoc-hop/2023-07-11-hop/',
    ],
    ['documents', 'kh-89', 'Kế hoạch 89/KH-UBND', '/van-ban/kh-89/'],
    ['places', 'tinh-a/huyen-b/dong-ha', 'Xã Đông Hà', '/dia-ban/tinh-a/huyen-b/dong-ha/'],
    ['places', 'tinh-a', 'Tỉnh Thử', '/dia-ban/tinh-a/'],
    ['programmes', 'ntm', 'Nông thôn mới', '/chuong-trinh/ntm/'],
    [
      'assessments',
      'ap-bac-2023-07',
      'Đánh giá tiêu chí Xã Ấp Bắc ngày 11/7/2023',
      '/dia-ban/tinh-a/huyen-b/ap-bac/#danh-gia',
    ],
  ] as const)('%s/%s', (collection, id, label, href) => {
    expect(recordLabel(index, collection, id)).toEqual({ label, href });
  });

  test('a missing record keeps its id', () => {
    expect(recordLabel(index, 'bodies', 'khong-co').label).toBe('khong-co');
  });
});

describe('documentLabel', () => {
  test('a document without a number is named by its kind and title', () => {
    expect(documentLabel({ kind: 'TB', title: 'Thông báo kết luận hội nghị' })).toBe(
      'Thông báo: Thông báo kết luận hội nghị',
    );
  });
});
