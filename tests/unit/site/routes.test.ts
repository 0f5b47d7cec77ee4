import { describe, expect, test } from 'vitest';
import { buildRecordIndex } from '../../../src/site/record-index.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { buildSiteIndex, type SiteIndex } from '../../../src/site/site-index.ts';
import {
  allPageUrls,
  criterionRoutes,
  documentCitedByRoutes,
  placeChildrenRoutes,
  meetingYearRoutes,
  pagedPath,
  taskBodyIndexRoutes,
  taskStateRedirectRoutes,
  taskStateRoutes,
} from '../../../src/site/routes.ts';

const { content } = validateContent('tests/fixtures/site');
const index = buildRecordIndex(content, '2026-11-22');
const site = buildSiteIndex(content, index);

describe('pagedPath', () => {
  test('page 1 is the key itself, later pages add trang-N', () => {
    expect(pagedPath('2020', 1)).toBe('2020');
    expect(pagedPath('2020', 2)).toBe('2020/trang-2');
    expect(pagedPath('', 3)).toBe('trang-3');
  });
});

describe('list routes', () => {
  test('one page per year with its meetings', () => {
    expect(meetingYearRoutes(site).map((r) => [r.params.path, r.props.page.items])).toEqual([
      ['2023', ['2023-07-11-hop']],
      ['2017', ['2017-04-14-hop']],
    ]);
  });

  test('every task state has a page, even an empty one', () => {
    expect(taskStateRoutes(site).map((r) => [r.params.path, r.props.page.itemCount])).toEqual([
      ['qua-han', 1],
      ['sap-den-han', 1],
      ['chua-den-han', 0],
      ['chua-co-thoi-han', 1],
      ['da-bao-cao-hoan-thanh', 1],
      ['da-bao-cao-huy', 0],
    ]);
  });

  test('the lists published under an earlier name redirect to what replaced them', () => {
    expect(taskStateRedirectRoutes(site).map((r) => [r.params.path, r.props.redirectTo])).toEqual([
      ['dang-thuc-hien', '/nhiem-vu/'],
      ['da-hoan-thanh', '/nhiem-vu/da-bao-cao-hoan-thanh/'],
      ['da-huy', '/nhiem-vu/da-bao-cao-huy/'],
    ]);
  });

  test('the tracker filters by the bodies that have tasks, A–Z', () => {
    expect(taskBodyIndexRoutes(site).map((r) => [r.params.path, r.props.page.items])).toEqual([
      ['', ['huyen-uy', 'ubnd']],
    ]);
  });

  test('a full list of citing records only for documents cited more than their page shows', () => {
    expect(
      documentCitedByRoutes(site, 2).map((r) => [r.params.path, r.props.page.itemCount]),
    ).toEqual([['kh-89', 3]]);
    expect(documentCitedByRoutes(site, 20)).toEqual([]);
  });

  test('a full list of units only for places with more than their page lists', () => {
    expect(placeChildrenRoutes(site)).toEqual([]);
    const big = {
      childPlacesAtoZ: new Map([
        ['tinh-x', Array.from({ length: 61 }, (_, i) => `tinh-x/xa-${i}`)],
      ]),
    } as unknown as SiteIndex;
    expect(placeChildrenRoutes(big).map((r) => [r.params.path, r.props.page.items.length])).toEqual(
      [
        ['tinh-x', 20],
        ['tinh-x/trang-2', 20],
        ['tinh-x/trang-3', 20],
        ['tinh-x/trang-4', 1],
      ],
    );
  });

  test('a page per criterion of each set, the variant including its base', () => {
    expect(criterionRoutes(site).map((r) => r.params.path)).toEqual([
      'co-ban/tieu-chi-1',
      'co-ban/tieu-chi-2',
      'co-ban/tieu-chi-3',
      'tinh/tieu-chi-1',
      'tinh/tieu-chi-2',
      'tinh/tieu-chi-3',
      'tinh/tieu-chi-4',
    ]);
  });
});

describe('allPageUrls', () => {
  test('lists every record page, list page and source page once', () => {
    const urls = allPageUrls(index, site, ['000_test.txt']);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('/cuoc-hop/2023-07-11-hop/');
    expect(urls).toContain('/dia-ban/tinh-a/huyen-b/dong-ha/');
    expect(urls).toContain('/bo-tieu-chi/tinh/tieu-chi-4/');
    expect(urls).toContain('/nhiem-vu/co-quan/ubnd/');
    expect(urls).toContain('/nhiem-vu/co-quan/');
    expect(urls).toContain('/nhiem-vu/dia-ban/');
    expect(urls).toContain('/van-ban/loai/ket-luan/');
    expect(urls).toContain('/van-ban/co-quan/huyen-uy/');
    expect(urls).toContain('/nguon/000_test/');
  });
});
