import { describe, test, expect } from 'vitest';
import { foldVietnamese, slugify, toNfc } from '../../../src/domain/fold-vietnamese.ts';

// Every Vietnamese vowel letter with its six tone forms (none, huyền, hỏi, ngã, sắc, nặng), NFC.
const VOWELS_WITH_TONES: Array<[string, string]> = [
  ['aàảãáạ', 'a'],
  ['ăằẳẵắặ', 'a'],
  ['âầẩẫấậ', 'a'],
  ['eèẻẽéẹ', 'e'],
  ['êềểễếệ', 'e'],
  ['iìỉĩíị', 'i'],
  ['oòỏõóọ', 'o'],
  ['ôồổỗốộ', 'o'],
  ['ơờởỡớợ', 'o'],
  ['uùủũúụ', 'u'],
  ['ưừửữứự', 'u'],
  ['yỳỷỹýỵ', 'y'],
];

describe('toNfc', () => {
  test.each([
    ['Lâm Hợp'.normalize('NFD'), 'Lâm Hợp'],
    ['Đảng ủy', 'Đảng ủy'],
    ['', ''],
  ])('normalises %j to NFC', (input, expected) => {
    const result = toNfc(input);
    expect(result).toBe(expected);
    expect(result.length).toBe(expected.normalize('NFC').length);
  });
});

describe('foldVietnamese', () => {
  test.each(VOWELS_WITH_TONES)(
    'folds every tone of %s to "%s" (NFC, NFD, both cases)',
    (letters, base) => {
      const forms = [...letters];
      expect(forms).toHaveLength(6);
      expect(new Set(forms).size).toBe(6);
      for (const letter of forms) {
        expect(letter.normalize('NFC')).toBe(letter); // the table itself is precomposed
        for (const variant of [letter, letter.toUpperCase()]) {
          expect(foldVietnamese(variant)).toBe(base);
          expect(foldVietnamese(variant.normalize('NFD'))).toBe(base);
        }
      }
    },
  );

  test.each([
    ['đ', 'd'],
    ['Đ', 'd'],
    ['Ð', 'd'], // U+00D0, the lookalike
    ['d', 'd'],
    ['D', 'd'],
  ])('folds %s to "%s"', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  test.each([
    ['Đảng ủy Lâm Hợp', 'dang uy lam hop'],
    ['HUYỆN ỦY HOẰNG HÓA', 'huyen uy hoang hoa'],
    ['Nông thôn mới'.normalize('NFD'), 'nong thon moi'],
    ['Quyết định 51/2025/QĐ-TTg', 'quyet dinh 51/2025/qd-ttg'],
    ['Thạnh Mỹ, Quảng Nam', 'thanh my, quang nam'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('slugify', () => {
  test.each([
    ['Lâm Hợp', 'lam-hop'],
    ['Đảng ủy xã', 'dang-uy-xa'],
    ['60-KH/HU', '60-kh-hu'],
    ['Quyết định 51/2025/QĐ-TTg', 'quyet-dinh-51-2025-qd-ttg'],
    ['06-ÐA/HU', '06-da-hu'],
    ['  Kỳ Lạc -- Hà Tĩnh!  ', 'ky-lac-ha-tinh'],
    ['Tổ công tác số 01'.normalize('NFD'), 'to-cong-tac-so-01'],
    ['Ưu tiên (NCC)', 'uu-tien-ncc'],
    ['—', ''],
  ])('slugifies %j to %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
