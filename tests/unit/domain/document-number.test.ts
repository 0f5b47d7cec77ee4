import { describe, test, expect } from 'vitest';
import {
  DOCUMENT_TYPE_NAMES,
  findDocumentCitations,
  parseDocumentNumber,
  type ParsedDocumentNumber,
} from '../../../src/domain/document-number.ts';

const party = (
  number: number,
  type: string,
  typeName: string | undefined,
  issuer: string,
  canonical: string,
) => ({
  system: 'party',
  number,
  type,
  ...(typeName === undefined ? {} : { typeName }),
  issuer,
  canonical,
  warnings: [],
});

const state = (
  number: number,
  type: string | undefined,
  issuer: string,
  canonical: string,
  year?: number,
) => ({
  system: 'state',
  number,
  ...(year === undefined ? {} : { year }),
  ...(type === undefined ? {} : { type, typeName: DOCUMENT_TYPE_NAMES[type] }),
  issuer,
  canonical,
  warnings: [],
});

const NOT_A_NUMBER = (shown: string) =>
  `"${shown}" không phải số văn bản Đảng (Số-Loại/Cơ quan, ví dụ 60-KH/HU) cũng không phải số văn bản Nhà nước (Số/Loại-Cơ quan, ví dụ 89/KH-UBND, hoặc Số/Năm/Loại-Cơ quan, ví dụ 51/2025/QĐ-TTg).`;

describe('DOCUMENT_TYPE_NAMES', () => {
  test.each([
    ['NQ', 'Nghị quyết'],
    ['QĐ', 'Quyết định'],
    ['QĐi', 'Quy định'],
    ['CT', 'Chỉ thị'],
    ['KL', 'Kết luận'],
    ['TB', 'Thông báo'],
    ['BC', 'Báo cáo'],
    ['KH', 'Kế hoạch'],
    ['CTr', 'Chương trình'],
    ['ĐA', 'Đề án'],
    ['DA', 'Dự án'],
    ['PA', 'Phương án'],
    ['HD', 'Hướng dẫn'],
    ['QC', 'Quy chế'],
    ['TTr', 'Tờ trình'],
    ['BB', 'Biên bản'],
    ['CV', 'Công văn'],
    ['NĐ', 'Nghị định'],
    ['TT', 'Thông tư'],
  ])('names %s "%s"', (code, name) => {
    expect(DOCUMENT_TYPE_NAMES[code]).toBe(name);
    expect(name.normalize('NFC')).toBe(name);
  });

  test('has exactly the 19 known codes', () => {
    expect(Object.keys(DOCUMENT_TYPE_NAMES)).toHaveLength(19);
  });
});

describe('parseDocumentNumber', () => {
  test.each([
    ['60-KH/HU', party(60, 'KH', 'Kế hoạch', 'HU', '60-KH/HU')],
    ['10-KL/HU', party(10, 'KL', 'Kết luận', 'HU', '10-KL/HU')],
    ['06-ĐA/HU', party(6, 'ĐA', 'Đề án', 'HU', '6-ĐA/HU')],
    ['05-CT/TW', party(5, 'CT', 'Chỉ thị', 'TW', '5-CT/TW')],
    ['1770-TB/HU', party(1770, 'TB', 'Thông báo', 'HU', '1770-TB/HU')],
    ['29-CV/TC-NV', party(29, 'CV', 'Công văn', 'TC-NV', '29-CV/TC-NV')],
    ['575-QĐ/TU', party(575, 'QĐ', 'Quyết định', 'TU', '575-QĐ/TU')],
    ['12-QĐi/TU', party(12, 'QĐi', 'Quy định', 'TU', '12-QĐi/TU')],
    ['89/KH-UBND', state(89, 'KH', 'UBND', '89/KH-UBND')],
    ['57/NQ-HĐND', state(57, 'NQ', 'HĐND', '57/NQ-HĐND')],
    ['318/QĐ-TTg', state(318, 'QĐ', 'TTg', '318/QĐ-TTg')],
    ['51/2025/QĐ-TTg', state(51, 'QĐ', 'TTg', '51/2025/QĐ-TTg', 2025)],
    ['30/2020/NĐ-CP', state(30, 'NĐ', 'CP', '30/2020/NĐ-CP', 2020)],
    ['6223/VPCP-NN', state(6223, undefined, 'VPCP-NN', '6223/VPCP-NN')],
    ['1234/UBND-NN', state(1234, undefined, 'UBND-NN', '1234/UBND-NN')],
    ['45/DA-UBND', state(45, 'DA', 'UBND', '45/DA-UBND')],
  ])('parses %s', (raw, expected) => {
    expect(parseDocumentNumber(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['60-KH/HU'.normalize('NFD'), '60-KH/HU'],
    ['57/NQ-HĐND'.normalize('NFD'), '57/NQ-HĐND'],
    [' 60 - KH / HU ', '60-KH/HU'],
    ['89 / KH - UBND', '89/KH-UBND'],
    ['51 / 2025 / QĐ - TTg', '51/2025/QĐ-TTg'],
    ['60–KH/HU', '60-KH/HU'], // en dash
    ['Số: 89/KH-UBND', '89/KH-UBND'],
    ['số 60-KH/HU', '60-KH/HU'],
    ['60-kh/hu', '60-KH/HU'],
    ['51/2025/qđ-ttg', '51/2025/QĐ-TTg'],
    ['51/2025/QĐ-TTG', '51/2025/QĐ-TTg'],
    ['12-qđi/tu', '12-QĐi/TU'],
    ['06-ÐA/HU', '6-ĐA/HU'], // Ð U+00D0 lookalike
    ['06-đa/hu', '6-ĐA/HU'],
    ['57/NQ-HÐND', '57/NQ-HĐND'],
    ['30/2020/nđ-cp', '30/2020/NĐ-CP'],
    ['6223/vpcp-nn', '6223/VPCP-NN'],
  ])('normalises %j to %s', (raw, canonical) => {
    const result = parseDocumentNumber(raw);
    expect(result.ok && result.value.canonical).toBe(canonical);
    expect(result.ok && result.value.warnings).toEqual([]);
  });

  test.each([
    [
      '575/QĐ/TU',
      'party',
      '575-QĐ/TU',
      '"575/QĐ/TU" trộn hai cách viết: TU là cơ quan của Đảng nên được đọc là số văn bản Đảng 575-QĐ/TU (gạch nối ngay sau số).',
    ],
    [
      '123/QĐ/UBND',
      'state',
      '123/QĐ-UBND',
      '"123/QĐ/UBND" trộn hai cách viết: được đọc là số văn bản Nhà nước 123/QĐ-UBND (gạch nối giữa loại văn bản và cơ quan ban hành).',
    ],
    [
      '60/HU',
      'state',
      '60/HU',
      '"60/HU" có cơ quan ban hành của Đảng (HU) nhưng viết theo kiểu văn bản Nhà nước; số văn bản của Đảng viết theo dạng Số-Loại/HU, ví dụ 60-KH/HU.',
    ],
    [
      '60-XY/HU',
      'party',
      '60-XY/HU',
      '"XY" trong "60-XY/HU" không phải mã loại văn bản đã biết (NQ, QĐ, QĐi, CT, KL, TB, BC, KH, CTr, ĐA, DA, PA, HD, QC, TTr, BB, CV, NĐ, TT); hãy kiểm tra lại.',
    ],
  ])('reads %s with a warning', (raw, system, canonical, warning) => {
    const result = parseDocumentNumber(raw);
    expect(result.ok).toBe(true);
    const value = (result as { value: ParsedDocumentNumber }).value;
    expect(value.system).toBe(system);
    expect(value.canonical).toBe(canonical);
    expect(value.warnings).toEqual([warning]);
  });

  test.each([
    [
      '',
      'Số văn bản đang để trống; ghi theo dạng ví dụ 60-KH/HU (văn bản Đảng) hoặc 89/KH-UBND (văn bản Nhà nước).',
    ],
    [
      '   ',
      'Số văn bản đang để trống; ghi theo dạng ví dụ 60-KH/HU (văn bản Đảng) hoặc 89/KH-UBND (văn bản Nhà nước).',
    ],
    [
      '1447',
      '"1447" mới chỉ có số; thêm loại văn bản và cơ quan ban hành, ví dụ 1447-QĐ/HU (văn bản Đảng) hoặc 1447/QĐ-UBND (văn bản Nhà nước).',
    ],
    [
      '123/KH',
      '"123/KH" có loại văn bản KH nhưng thiếu cơ quan ban hành; ghi cơ quan ban hành sau dấu gạch nối, ví dụ 123/KH-UBND.',
    ],
    ['13/7/2017', NOT_A_NUMBER('13/7/2017')],
    ['16/20', NOT_A_NUMBER('16/20')],
    ['9/10', NOT_A_NUMBER('9/10')],
    ['2022-2025', NOT_A_NUMBER('2022-2025')],
    ['KH-60/HU', NOT_A_NUMBER('KH-60/HU')],
    ['60-KH', NOT_A_NUMBER('60-KH')],
    ['60-KH/', NOT_A_NUMBER('60-KH/')],
    ['QĐ 575/QĐ/TU', NOT_A_NUMBER('QĐ 575/QĐ/TU')],
  ])('rejects %j', (raw, error) => {
    expect(parseDocumentNumber(raw)).toEqual({ ok: false, error });
  });
});

describe('findDocumentCitations', () => {
  test.each([
    ['Kế hoạch số 60-KH/HU, ngày 13/7/2017 của Huyện ủy', [['60-KH/HU', '60-KH/HU']]],
    ['Kết luận số 10-KL/HU', [['10-KL/HU', '10-KL/HU']]],
    ['theo tinh thần Kế hoạch 89/KH-UBND.', [['89/KH-UBND', '89/KH-UBND']]],
    ['Nghị quyết số: 57/NQ-HĐND  ngày 28/12/2020 của HĐND xã', [['57/NQ-HĐND', '57/NQ-HĐND']]],
    ['Đề án số 06-ĐA/HU về phát triển Đô thị Thạnh Mỹ', [['06-ĐA/HU', '6-ĐA/HU']]],
    ['Chỉ thị 10-CT/TW của Ban Chấp hành Trung ương', [['10-CT/TW', '10-CT/TW']]],
    ['theo Quyết định 575/QĐ/TU của BTV Tỉnh ủy,', [['575/QĐ/TU', '575-QĐ/TU']]],
    [
      'Quyết định 51/2025/QĐ-TTg và Công văn 6223/VPCP-NN',
      [
        ['51/2025/QĐ-TTg', '51/2025/QĐ-TTg'],
        ['6223/VPCP-NN', '6223/VPCP-NN'],
      ],
    ],
    [
      'Kết luận số 10-KL/HU, ngày 05/4/2021 về tiếp tục thực hiện Kế hoạch số 60-KH/HU, ngày 13/7/2017 của Huyện ủy)',
      [
        ['10-KL/HU', '10-KL/HU'],
        ['60-KH/HU', '60-KH/HU'],
      ],
    ],
    ['(60-KH/HU/2017)', [['60-KH/HU', '60-KH/HU']]],
    ['xã Lâm Hợp đạt 16/20 tiêu chí, Kỳ Lạc 10/20', []],
    ['đại diện 9/10 đơn vị, 7/8 Tổ dân phố, ngày 13/7/2017, giai đoạn 2021-2025', []],
    ['Quyết định số 1447 của Ban Thường vụ Huyện ủy', []],
    ['1/Ban chỉ đạo; 2/Đánh giá chung', []],
    ['mã 123-60-KH/HU', []],
  ])('finds citations in %j', (text, expected) => {
    const citations = findDocumentCitations(text);
    expect(citations.map((c) => [c.raw, c.parsed.canonical])).toEqual(expected);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.raw);
  });

  test('reports offsets into NFD text as given', () => {
    const text =
      'Kế hoạch số 60-KH/HU, ngày 13/7/2017 của Huyện ủy; Nghị quyết số 57/NQ-HĐND'.normalize(
        'NFD',
      );
    const citations = findDocumentCitations(text);
    expect(citations.map((c) => c.parsed.canonical)).toEqual(['60-KH/HU', '57/NQ-HĐND']);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(citations[0]?.start).toBe(text.indexOf('60-KH'));
  });
});
