import { describe, expect, test } from 'vitest';
import { hasDiacritics, orderInTiers, phraseQuery } from '../../src/lib/search-ranking.ts';

describe('hasDiacritics', () => {
  test.each([
    ['lam hop', false],
    ['60-KH/HU', false],
    ['Lâm Hợp', true],
    ['duong', false],
    ['đuong', true],
    ['hiến', true],
    ['Hợp'.normalize('NFD'), true],
  ])('%s → %s', (query, expected) => {
    expect(hasDiacritics(query)).toBe(expected);
  });
});

describe('phraseQuery', () => {
  test.each([
    ['hien dat lam duong', '"hien dat lam duong"'],
    ['  lam   hop ', '"lam   hop"'],
    ['60-KH/HU', undefined],
    ['"da co ngoac"', undefined],
    ['ke "hoach', '"ke hoach"'],
  ])('%s → %s', (query, expected) => {
    expect(phraseQuery(query)).toBe(expected);
  });
});

describe('orderInTiers', () => {
  const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, from: 'folded' }));
  const pass = (ids: string[], from: string) => ids.map((id) => ({ id, from }));
  test('puts phrase-and-exact, then phrase, then exact matches first, keeping the order inside a tier', () => {
    const ordered = orderInTiers(results, { phrase: pass(['d', 'b', 'e'], 'phrase'), exact: pass(['e', 'c'], 'exact') });
    expect(ordered.map((r) => r.id)).toEqual(['e', 'b', 'd', 'c', 'a']);
  });
  test('gives each result as the pass that singled it out found it (phrase before exact)', () => {
    const ordered = orderInTiers(results, { phrase: pass(['d', 'e'], 'phrase'), exact: pass(['e', 'c'], 'exact') });
    expect(ordered.map((r) => `${r.id}:${r.from}`)).toEqual(['e:phrase', 'd:phrase', 'c:exact', 'a:folded', 'b:folded']);
  });
  test('keeps Pagefind’s order when no pass singled anything out', () => {
    expect(orderInTiers(results, {}).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
