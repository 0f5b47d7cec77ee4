import { describe, expect, test } from 'vitest';
import { buildDate } from '../../../src/domain/build-date.ts';

describe('buildDate', () => {
  test('is BUILD_DATE when it is set', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-22' }, Date.UTC(2030, 0, 1))).toBe('2026-11-22');
  });

  test('is today in Vietnam (UTC+7) without BUILD_DATE', () => {
    // 17:00 UTC on 31 December is already midnight of 1 January in Hà Nội.
    expect(buildDate({}, Date.UTC(2025, 11, 31, 16, 59))).toBe('2025-12-31');
    expect(buildDate({}, Date.UTC(2025, 11, 31, 17, 0))).toBe('2026-01-01');
    expect(buildDate({ BUILD_DATE: '' }, Date.UTC(2025, 5, 1))).toBe('2025-06-01');
  });

  test.each(['2026-02-30', '22/11/2026', '2026-11-22T00:00', 'tomorrow'])(
    'refuses BUILD_DATE=%s, naming the variable and the form',
    (value) => {
      expect(() => buildDate({ BUILD_DATE: value })).toThrow(
        `BUILD_DATE="${value}" is not a day written YYYY-MM-DD`,
      );
    },
  );
});
