import { describe, expect, test } from 'vitest';
import { fromIndexText, toIndexText } from '../../../src/search/folding.ts';

describe('toIndexText', () => {
  test('writes đ and Đ as d/D with a combining stroke, and nothing else changes', () => {
    expect(toIndexText('Đảng ủy Lâm Hợp, đường găng')).toBe(
      'D\u0335ảng ủy Lâm Hợp, d\u0335ường găng',
    );
  });
  test('normalises decomposed (NFD) input first', () => {
    expect(toIndexText('Hợp'.normalize('NFD'))).toBe('Hợp');
  });
  test('folds, after Pagefind drops combining marks, to the toneless spelling', () => {
    // Pagefind's query folding: NFD, then every combining mark removed.
    const pagefindFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(pagefindFold(toIndexText('Đường găng, Đảng ủy, 06-ĐA/HU'))).toBe(
      'duong gang, dang uy, 06-da/hu',
    );
  });
});

describe('fromIndexText', () => {
  test('gives back the original text, markup included', () => {
    const original = '<mark>Đảng</mark> ủy giao đường làng';
    expect(fromIndexText(toIndexText(original))).toBe(original);
  });
});
