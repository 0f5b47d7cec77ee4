import { describe, test, expect } from 'vitest';
import { compareVietnamese, sortVietnamese } from '../../../src/domain/collate.ts';

const sign = (n: number) => Math.sign(n);

describe('compareVietnamese', () => {
  test.each([
    ['Dung', 'Đức', -1],
    ['Đức', 'Em', -1],
    ['Em', 'Đức', 1],
    ['a', 'ă', -1],
    ['ă', 'â', -1],
    ['â', 'b', -1],
    ['d', 'đ', -1],
    ['đ', 'e', -1],
    ['e', 'ê', -1],
    ['o', 'ô', -1],
    ['ô', 'ơ', -1],
    ['ơ', 'p', -1],
    ['u', 'ư', -1],
    ['ư', 'v', -1],
    ['Lan', 'Lăm', -1], // base letter decides before tone or length
    ['Lâm', 'Lầm', -1],
    ['Tổ 2', 'Tổ 10', -1],
    ['Lâm Hợp'.normalize('NFD'), 'Lâm Hợp', 0],
  ])('compares %j with %j as %i', (a, b, expected) => {
    expect(sign(compareVietnamese(a, b))).toBe(expected);
  });

  test('orders the whole alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    const shuffled = [...alphabet].reverse();
    expect(shuffled.sort(compareVietnamese)).toEqual(alphabet);
  });

  test.each([['a'], ['ơ'], ['ư']])(
    'orders tones of %s: none, huyền, hỏi, ngã, sắc, nặng',
    (vowel) => {
      const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((tone) =>
        `b${vowel}${tone}`.normalize('NFC'),
      );
      expect([...tones].reverse().sort(compareVietnamese)).toEqual(tones);
    },
  );
});

describe('sortVietnamese', () => {
  test.each([
    [
      ['Em', 'Đức', 'Dung', 'Anh', 'Ân', 'Ăn'],
      ['Anh', 'Ăn', 'Ân', 'Dung', 'Đức', 'Em'],
    ],
    [
      ['Lâm Hợp', 'Kỳ Lạc', 'Hoằng Trung', 'Đông', 'Dương'],
      ['Dương', 'Đông', 'Hoằng Trung', 'Kỳ Lạc', 'Lâm Hợp'],
    ],
    [[], []],
  ])('sorts %j', (input, expected) => {
    const items = input.map((name) => ({ name }));
    expect(sortVietnamese(items, (item) => item.name).map((item) => item.name)).toEqual(expected);
    expect(items.map((item) => item.name)).toEqual(input); // input untouched
  });

  test('keeps the input order of equal keys', () => {
    const items = [
      { name: 'Lâm Hợp', id: 1 },
      { name: 'Kỳ Lạc', id: 2 },
      { name: 'Lâm Hợp'.normalize('NFD'), id: 3 },
    ];
    expect(sortVietnamese(items, (item) => item.name).map((item) => item.id)).toEqual([2, 1, 3]);
  });
});
