import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../../src/schemas/documents.ts';
import { parseWith } from './helpers.ts';

const base = { title: 'Kế hoạch', issuer: 'quang-nam/nam-giang/huyen-uy' };

describe('documentSchema', () => {
  test('parses a Party number and takes the kind from it', () => {
    const result = parseWith(documentSchema, { ...base, number: '60-KH/HU', date: '2017-07-13' });
    expect(result.ok && result.data).toMatchObject({
      kind: 'KH',
      number: { system: 'party', number: 60, type: 'KH', issuer: 'HU', raw: '60-KH/HU' },
    });
  });

  test('parses a State legal act number with its year', () => {
    const result = parseWith(documentSchema, { ...base, number: '51/2025/QĐ-TTg' });
    expect(result.ok && result.data).toMatchObject({
      kind: 'QĐ',
      number: { system: 'state', year: 2025, issuer: 'TTg' },
    });
  });

  test('accepts a numberless notice with an explicit kind', () => {
    expect(parseWith(documentSchema, { ...base, kind: 'TB' }).ok).toBe(true);
  });

  test.each([
    [
      'no number and no kind',
      {},
      ['kind: văn bản không có `number` thì phải ghi `kind` (mã loại văn bản, ví dụ TB)'],
    ],
    [
      'a kind that disagrees with the number',
      { number: '60-KH/HU', kind: 'KL' },
      ['kind: `kind` không khớp với loại văn bản trong `number`: sửa lại một trong hai'],
    ],
  ])('rejects %s', (_, change, errors) => {
    const result = parseWith(documentSchema, { ...base, ...change });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  test('rejects a number under neither convention, saying both', () => {
    const result = parseWith(documentSchema, { ...base, number: 'KH 60 HU' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toMatch(/^number: .*60-KH\/HU.*89\/KH-UBND/);
  });
});
