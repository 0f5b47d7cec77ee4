import { describe, expect, test } from 'vitest';
import {
  hasDiacritics,
  isNameMatch,
  nameMatchesFirst,
  orderInTiers,
  sharedIds,
  phraseQuery,
} from '../../../src/search/ranking.ts';

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
    const ordered = orderInTiers(results, {
      phrase: pass(['d', 'b', 'e'], 'phrase'),
      exact: pass(['e', 'c'], 'exact'),
    });
    expect(ordered.map((r) => r.id)).toEqual(['e', 'b', 'd', 'c', 'a']);
  });
  test('gives each result as the pass that singled it out found it (phrase before exact)', () => {
    const ordered = orderInTiers(results, {
      phrase: pass(['d', 'e'], 'phrase'),
      exact: pass(['e', 'c'], 'exact'),
    });
    expect(ordered.map((r) => `${r.id}:${r.from}`)).toEqual([
      'e:phrase',
      'd:phrase',
      'c:exact',
      'a:folded',
      'b:folded',
    ]);
  });
  test('keeps Pagefind’s order when no pass singled anything out', () => {
    expect(orderInTiers(results, {}).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  test('matches results by the key given, so two pages of merged indexes sharing an id stay apart', () => {
    const merged = [
      { id: 'x', url: '/ha-tinh/a/' },
      { id: 'y', url: '/b/' },
      { id: 'x', url: '/thanh-hoa/c/' },
    ];
    const byUrl = (r: { id: string; url: string }) => (r.id === 'x' ? r.url : r.id);
    const ordered = orderInTiers(merged, { exact: [{ id: 'x', url: '/thanh-hoa/c/' }] }, byUrl);
    expect(ordered.map((r) => r.url)).toEqual(['/thanh-hoa/c/', '/ha-tinh/a/', '/b/']);
  });
});

describe('sharedIds', () => {
  test('lists the ids that more than one result carries', () => {
    expect([...sharedIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'c' }])]).toEqual(['a']);
  });
});

describe('isNameMatch', () => {
  test.each([
    ['Xã Lâm Hợp', 'lam hop', true],
    ['Thị trấn Thạnh Mỹ', 'Thạnh Mỹ', true],
    ['Huyện Hương Khê', 'huong khe', true],
    ['Kế hoạch 89/KH-UBND', '89/KH-UBND', true],
    ['Kế hoạch số 60-KH/HU', '60-kh/hu', true],
    [
      'Kế hoạch 60-KH/HU [Kế hoạch số 60-KH/HU của Huyện ủy Nam Giang — trích yếu không nêu trong bài]',
      '60-KH/HU',
      true,
    ],
    [
      '[Kế hoạch số 60-KH/HU của Huyện ủy Nam Giang — trích yếu không nêu trong bài]',
      '60-KH/HU',
      false,
    ],
    ['Quyết định: [Quyết định số 1447 của Ban Thường vụ]', 'quyet dinh', true],
    ['Chương trình cải tạo vườn tạp', 'cai tao vuon tap', true],
    ['Ủy ban nhân dân xã Lâm Hợp', 'lam hop', false],
    ['Xã Lâm Hợp', 'lam', false],
    ['Xã Lâm Hợp', '', false],
  ])('%s is named by "%s": %s', (title, query, expected) => {
    expect(isNameMatch(title, query)).toBe(expected);
  });
});

describe('nameMatchesFirst', () => {
  test('moves exact names to the front and keeps the rest in order', () => {
    const hits = [
      'Ủy ban nhân dân xã Lâm Hợp',
      'Cuộc họp ở Lâm Hợp',
      'Xã Lâm Hợp',
      'Đảng ủy xã Lâm Hợp',
    ].map((title) => ({ title }));
    expect(nameMatchesFirst(hits, 'lam hop').map((h) => h.title)).toEqual([
      'Xã Lâm Hợp',
      'Ủy ban nhân dân xã Lâm Hợp',
      'Cuộc họp ở Lâm Hợp',
      'Đảng ủy xã Lâm Hợp',
    ]);
  });

  test('puts the record a name belongs to before records named after it, whatever the scores', () => {
    const plan = { title: 'Kế hoạch 60-KH/HU', url: '/ke-hoach/quang-nam/nam-giang/60-kh-hu/' };
    const doc = { title: 'Kế hoạch 60-KH/HU', url: '/van-ban/quang-nam/nam-giang/huyen-uy/60/' };
    const other = { title: 'Họp Tổ công tác số 01 - Kế hoạch 60-KH/HU', url: '/cuoc-hop/x/' };
    const isDocument = (h: { url: string }) => h.url.startsWith('/van-ban/');
    for (const order of [
      [plan, doc, other],
      [other, doc, plan],
    ])
      expect(nameMatchesFirst(order, '60-KH/HU', isDocument)).toEqual([doc, plan, other]);
  });
});
