import { describe, expect, test } from 'vitest';
import { placeSchema } from '../../../src/schemas/places.ts';
import { parseWith } from './helpers.ts';

describe('placeSchema', () => {
  test('accepts an abolished district with its end date', () => {
    const result = parseWith(placeSchema, {
      name: 'Kỳ Anh',
      kind: 'huyen',
      parent: 'ha-tinh',
      validTo: '2025-06-30',
    });
    expect(result.ok && result.data).toMatchObject({
      type: 'place',
      successors: [],
      parent: { collection: 'places', id: 'ha-tinh' },
    });
  });
  test.each([
    [
      'an unknown kind',
      { name: 'X', kind: 'village' },
      [/^kind: phải là một trong các giá trị: tinh, /],
    ],
    [
      'successors without an end date',
      { name: 'X', kind: 'xa', parent: 'p', successors: ['y'] },
      [/^validTo: địa danh có `successors` phải ghi ngày kết thúc: thêm `validTo`$/],
    ],
    [
      'an end before the start',
      { name: 'X', kind: 'xa', parent: 'p', validFrom: '2020-01-01', validTo: '2019-01-01' },
      [/^validTo: `validTo` trước `validFrom`: đổi chỗ hai ngày hoặc sửa lại một ngày$/],
    ],
  ])('rejects %s', (_, input, patterns) => {
    const result = parseWith(placeSchema, input);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(patterns.length);
    patterns.forEach((p, i) => expect(errors[i]).toMatch(p));
  });
});
