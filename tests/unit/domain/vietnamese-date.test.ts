import { describe, test, expect } from 'vitest';
import {
  daysInMonth,
  formatMonth,
  formatVietnameseDate,
  formatVietnameseLongDate,
  isLeapYear,
  parseDeadline,
  parseIsoDate,
  parseVietnameseDate,
} from '../../../src/domain/vietnamese-date.ts';

describe('isLeapYear', () => {
  test.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
  ])('%i → %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  test.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2023, 4, 30],
    [2023, 8, 31],
    [2023, 12, 31],
  ])('%i-%i has %i days', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  test.each([
    ['2022-05-18', { iso: '2022-05-18', year: 2022, month: 5, day: 18 }],
    ['2024-02-29', { iso: '2024-02-29', year: 2024, month: 2, day: 29 }],
    ['2020-12-31', { iso: '2020-12-31', year: 2020, month: 12, day: 31 }],
  ])('accepts %s', (input, expected) => {
    expect(parseIsoDate(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['2023-02-31', '"2023-02-31" không phải ngày có thật: tháng 2/2023 chỉ có 28 ngày.'],
    ['2023-02-29', '"2023-02-29" không phải ngày có thật: tháng 2/2023 chỉ có 28 ngày.'],
    ['2023-04-31', '"2023-04-31" không phải ngày có thật: tháng 4/2023 chỉ có 30 ngày.'],
    ['2023-13-01', '"2023-13-01" không phải ngày có thật: không có tháng 13.'],
    ['2023-08-00', '"2023-08-00" không phải ngày có thật: tháng 8/2023 chỉ có 31 ngày.'],
    [
      '2023-8-15',
      '"2023-8-15" không phải ngày theo dạng ISO; ghi theo dạng YYYY-MM-DD, ví dụ 2022-05-18.',
    ],
    [
      '2023-08-15T00:00',
      '"2023-08-15T00:00" không phải ngày theo dạng ISO; ghi theo dạng YYYY-MM-DD, ví dụ 2022-05-18.',
    ],
    ['18/5/2022', '"18/5/2022" không phải ngày theo dạng ISO; ghi là 2022-05-18 (YYYY-MM-DD).'],
    ['31/2/2022', '"31/2/2022" không phải ngày có thật: tháng 2/2022 chỉ có 28 ngày.'],
    ['', '"" không phải ngày theo dạng ISO; ghi theo dạng YYYY-MM-DD, ví dụ 2022-05-18.'],
  ])('rejects %j', (input, error) => {
    expect(parseIsoDate(input)).toEqual({ ok: false, error });
  });
});

describe('parseVietnameseDate', () => {
  test.each([
    ['18/5/2022', undefined, '2022-05-18', false],
    ['05/4/2021', undefined, '2021-04-05', false],
    ['ngày 18/5/2022', undefined, '2022-05-18', false],
    ['Ngày 07/6/2021', undefined, '2021-06-07', false],
    ['ngày 18 tháng 5 năm 2022', undefined, '2022-05-18', false],
    ['ngày 18 tháng 5 năm 2022'.normalize('NFD'), undefined, '2022-05-18', false],
    ['  18 / 5 / 2022 ', undefined, '2022-05-18', false],
    ['11/7', 2023, '2023-07-11', true],
    ['ngày 11/7', 2023, '2023-07-11', true],
    ['ngày 8 tháng 9', 2020, '2020-09-08', true],
    ['13/7/2017', 2023, '2017-07-13', false],
  ])('reads %j (referenceYear %s) as %s', (text, referenceYear, iso, inferredYear) => {
    const options = referenceYear === undefined ? {} : { referenceYear };
    expect(parseVietnameseDate(text, options)).toEqual({ ok: true, value: { iso, inferredYear } });
  });

  test.each([
    [
      '11/7',
      '"11/7" không có năm; ghi năm vào nội dung, hoặc cho biết năm của bản ghi (referenceYear).',
    ],
    ['31/2/2023', '"31/2/2023" không phải ngày có thật: tháng 2/2023 chỉ có 28 ngày.'],
    ['5/13/2023', '"5/13/2023" không phải ngày có thật: không có tháng 13.'],
    [
      '2022-05-18',
      '"2022-05-18" không phải là ngày; ghi theo dạng ngày/tháng/năm, ví dụ 18/5/2022 hoặc ngày 18 tháng 5 năm 2022.',
    ],
    [
      'tháng 8/2023',
      '"tháng 8/2023" không phải là ngày; ghi theo dạng ngày/tháng/năm, ví dụ 18/5/2022 hoặc ngày 18 tháng 5 năm 2022.',
    ],
    [
      '16/20',
      '"16/20" không có năm; ghi năm vào nội dung, hoặc cho biết năm của bản ghi (referenceYear).',
    ],
  ])('rejects %j', (text, error) => {
    expect(parseVietnameseDate(text)).toEqual({ ok: false, error });
  });
});

describe('parseDeadline', () => {
  test.each([
    ['hoàn thành trước 15/8/2023', { kind: 'date', by: '2023-08-15', inferredYear: false }],
    ['trước ngày 30/6/2022', { kind: 'date', by: '2022-06-30', inferredYear: false }],
    [
      'hỗ trợ ... hoàn thành trước ngày 30/6/2022 theo chủ trương',
      { kind: 'date', by: '2022-06-30', inferredYear: false },
    ],
    ['chậm nhất ngày 18 tháng 5 năm 2022', { kind: 'date', by: '2022-05-18', inferredYear: false }],
    ['15/8/2023', { kind: 'date', by: '2023-08-15', inferredYear: false }],
    [
      'Theo Kết luận ngày 05/4/2021, hoàn thành trước 15/8/2023',
      { kind: 'date', by: '2023-08-15', inferredYear: false },
    ],
    [
      'hoàn thành trong tháng 8/2023',
      { kind: 'month', month: '2023-08', by: '2023-08-31', inferredYear: false },
    ],
    [
      '(hoàn tành trong tháng 8/2023).',
      { kind: 'month', month: '2023-08', by: '2023-08-31', inferredYear: false },
    ],
    [
      'trong tháng 2 năm 2024',
      { kind: 'month', month: '2024-02', by: '2024-02-29', inferredYear: false },
    ],
    [
      'TRONG THÁNG 12/2022',
      { kind: 'month', month: '2022-12', by: '2022-12-31', inferredYear: false },
    ],
    [
      'trong quý II/2017',
      { kind: 'quarter', quarter: '2017-Q2', by: '2017-06-30', inferredYear: false },
    ],
    [
      'quý 2 năm 2017',
      { kind: 'quarter', quarter: '2017-Q2', by: '2017-06-30', inferredYear: false },
    ],
    [
      'triển khai nhiệm vụ quý II năm 2017',
      { kind: 'quarter', quarter: '2017-Q2', by: '2017-06-30', inferredYear: false },
    ],
    [
      'trong quý IV/2021',
      { kind: 'quarter', quarter: '2021-Q4', by: '2021-12-31', inferredYear: false },
    ],
    ['quý I/2018', { kind: 'quarter', quarter: '2018-Q1', by: '2018-03-31', inferredYear: false }],
    [
      'về đích vào cuối năm 2020',
      { kind: 'year', year: 2020, by: '2020-12-31', inferredYear: false },
    ],
    [
      'trong năm 2022 và giai đoạn 2022-2025',
      { kind: 'year', year: 2022, by: '2022-12-31', inferredYear: false },
    ],
    ['năm 2021', { kind: 'year', year: 2021, by: '2021-12-31', inferredYear: false }],
    [
      'hoàn thành trước 15/8/2023'.normalize('NFD'),
      { kind: 'date', by: '2023-08-15', inferredYear: false },
    ],
  ])('reads %j', (text, expected) => {
    expect(parseDeadline(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['trước 15/8', { kind: 'date', by: '2023-08-15', inferredYear: true }],
    ['11/7', { kind: 'date', by: '2023-07-11', inferredYear: true }],
    ['trong tháng 8', { kind: 'month', month: '2023-08', by: '2023-08-31', inferredYear: true }],
    [
      'trong quý III',
      { kind: 'quarter', quarter: '2023-Q3', by: '2023-09-30', inferredYear: true },
    ],
  ])('reads %j with referenceYear 2023', (text, expected) => {
    expect(parseDeadline(text, { referenceYear: 2023 })).toEqual({ ok: true, value: expected });
  });

  test.each([
    [
      'trước 15/8',
      '"trước 15/8" không có năm; ghi năm vào nội dung, hoặc cho biết năm của bản ghi (referenceYear).',
    ],
    [
      'trong tháng 8',
      '"tháng 8" không có năm; ghi năm vào nội dung, hoặc cho biết năm của bản ghi (referenceYear).',
    ],
    ['trước 31/9/2023', '"trước 31/9/2023" không phải ngày có thật: tháng 9/2023 chỉ có 30 ngày.'],
    ['trong tháng 13/2023', '"tháng 13/2023" không phải tháng có thật: không có tháng 13.'],
    [
      'sớm nhất có thể',
      'Không tìm thấy thời hạn trong "sớm nhất có thể"; ghi theo dạng ví dụ "trước 15/8/2023", "trong tháng 8/2023", "trong quý II/2017" hoặc "cuối năm 2020".',
    ],
    [
      'Kết luận ngày 05/4/2021',
      'Không tìm thấy thời hạn trong "Kết luận ngày 05/4/2021"; ghi theo dạng ví dụ "trước 15/8/2023", "trong tháng 8/2023", "trong quý II/2017" hoặc "cuối năm 2020".',
    ],
    [
      '6 tháng đầu năm 2022',
      'Không tìm thấy thời hạn trong "6 tháng đầu năm 2022"; ghi theo dạng ví dụ "trước 15/8/2023", "trong tháng 8/2023", "trong quý II/2017" hoặc "cuối năm 2020".',
    ],
    [
      'trước tháng 8/2023',
      'Không tìm thấy thời hạn trong "trước tháng 8/2023"; ghi theo dạng ví dụ "trước 15/8/2023", "trong tháng 8/2023", "trong quý II/2017" hoặc "cuối năm 2020".',
    ],
  ])('rejects %j', (text, error) => {
    expect(parseDeadline(text)).toEqual({ ok: false, error });
  });
});

describe('formatVietnameseDate', () => {
  test.each([
    ['2022-05-18', '18/5/2022'],
    ['2021-04-05', '5/4/2021'],
    ['2020-12-31', '31/12/2020'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatVietnameseDate(iso)).toBe(expected);
  });

  test('throws on an impossible date', () => {
    expect(() => formatVietnameseDate('2023-02-31')).toThrow(
      '"2023-02-31" không phải ngày có thật: tháng 2/2023 chỉ có 28 ngày.',
    );
  });
});

describe('formatVietnameseLongDate', () => {
  test.each([
    ['2022-05-18', 'ngày 18 tháng 5 năm 2022'],
    ['2021-07-13', 'ngày 13 tháng 7 năm 2021'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatVietnameseLongDate(iso)).toBe(expected);
  });

  test('round-trips through parseVietnameseDate', () => {
    expect(parseVietnameseDate(formatVietnameseLongDate('2024-02-29'))).toEqual({
      ok: true,
      value: { iso: '2024-02-29', inferredYear: false },
    });
  });
});

describe('formatMonth', () => {
  test.each([
    ['2023-08', 'tháng 8/2023'],
    ['2022-12', 'tháng 12/2022'],
  ])('formats %s as %s', (isoMonth, expected) => {
    expect(formatMonth(isoMonth)).toBe(expected);
  });

  test.each([['2023-13'], ['2023-8'], ['08/2023']])('throws on %j', (isoMonth) => {
    expect(() => formatMonth(isoMonth)).toThrow(
      `"${isoMonth}" không phải tháng theo dạng ISO; ghi theo dạng YYYY-MM, ví dụ 2023-08.`,
    );
  });
});
