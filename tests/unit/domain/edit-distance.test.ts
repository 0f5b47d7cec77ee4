import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/domain/edit-distance.ts';

describe('editDistance', () => {
  test.each([
    ['lam-hop', 'lam-hop', 0],
    ['lam-hop', 'lam-hp', 1], // a letter dropped
    ['lam-hop', 'lam-hoop', 1], // a letter added
    ['ky-lac', 'ky-lat', 1], // a letter changed
    ['', 'abc', 3],
    ['huyen-uy', 'uy-ban', 6],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
