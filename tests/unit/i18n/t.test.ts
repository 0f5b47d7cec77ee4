import { describe, expect, test } from 'vitest';
import { t, tSearch } from '../../../src/i18n/t.ts';

describe('t', () => {
  test('returns the Vietnamese text of a key', () => {
    expect(t('nav.meetings')).toBe('Cuộc họp');
  });
  test('fills in values', () => {
    expect(t('list.page', { n: 2, total: 5 })).toBe('Trang 2/5');
  });
  test('throws when a value is missing', () => {
    expect(() => t('list.page', { n: 2 })).toThrow('needs a value for {total}');
  });
});

describe('tSearch', () => {
  test('returns the same text as t() for a search script key', () => {
    expect(tSearch('search.count', { n: 3 })).toBe('3 kết quả');
    expect(tSearch('search.noResults', { query: 'lam hop' })).toBe(
      t('search.noResults', { query: 'lam hop' }),
    );
  });
});
