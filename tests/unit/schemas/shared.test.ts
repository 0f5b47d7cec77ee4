import { describe, expect, test } from 'vitest';
import {
  isoDate,
  isoMonth,
  plainReference,
  slug,
  sourceSchema,
} from '../../../src/schemas/shared.ts';

describe('isoDate', () => {
  test.each(['2023-07-11', '2024-02-29', '2000-12-31'])('accepts %s', (value) => {
    expect(isoDate.parse(value)).toBe(value);
  });
  test.each([
    ['2023-02-31', 'ngày 2023-02-31 không có trên lịch: kiểm tra lại ngày và tháng'],
    ['2023-02-29', 'ngày 2023-02-29 không có trên lịch: kiểm tra lại ngày và tháng'],
    [
      '11/7/2023',
      '"11/7/2023" không phải ngày theo dạng YYYY-MM-DD (ngày 11/7/2023 ghi là 2023-07-11)',
    ],
    [
      '2023-7-11',
      '"2023-7-11" không phải ngày theo dạng YYYY-MM-DD (ngày 11/7/2023 ghi là 2023-07-11)',
    ],
  ])('rejects %s with a message a clerk can act on', (value, message) => {
    const result = isoDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('isoMonth', () => {
  test('accepts 2023-08', () => expect(isoMonth.parse('2023-08')).toBe('2023-08'));
  test('rejects 2023-13', () => {
    expect(isoMonth.safeParse('2023-13').error!.issues[0]!.message).toBe(
      '"2023-13" không phải tháng theo dạng YYYY-MM (tháng 8/2023 ghi là 2023-08)',
    );
  });
});

describe('slug', () => {
  test('accepts lower-case ASCII with hyphens', () =>
    expect(slug.parse('de-an-mia')).toBe('de-an-mia'));
  test('rejects Vietnamese letters', () => {
    expect(slug.safeParse('đề-án').error!.issues[0]!.message).toBe(
      '"đề-án" không phải mã hợp lệ: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ giao-thong)',
    );
  });
});

describe('plainReference', () => {
  test('turns an id into a { collection, id } link', () => {
    expect(plainReference('places').parse('ha-tinh/ky-anh')).toEqual({
      collection: 'places',
      id: 'ha-tinh/ky-anh',
    });
  });
});

describe('sourceSchema', () => {
  test('accepts a source without an address', () => {
    expect(
      sourceSchema.parse({
        title: 'T',
        publisher: 'P',
        publishedAt: '2020-09-08',
        publishedTime: '22:46',
        archive: '004_x.txt',
      }),
    ).toMatchObject({ publishedTime: '22:46' });
  });
  test.each([['javascript:alert(1)'], ['ftp://x.vn/a']])('rejects the address %s', (url) => {
    const result = sourceSchema.safeParse({ title: 'T', publisher: 'P', url });
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      'ghi đầy đủ địa chỉ trang web, bắt đầu bằng https:// hoặc http://',
    ]);
  });
});
