import { describe, expect, test } from 'vitest';
import {
  checkRecordIds,
  documentsByTypeUrl,
  documentTypeSlug,
  meetingsByYearUrl,
  meetingUrl,
  placeUrl,
  recordUrl,
  sourceUrl,
  taskUrl,
  withPage,
} from '../../../src/site/urls.ts';

describe('record URLs', () => {
  test.each([
    [meetingUrl('2020/2020-09-08-lam-viec'), '/cuoc-hop/2020/2020-09-08-lam-viec/'],
    [placeUrl('ha-tinh/ky-anh/lam-hop'), '/dia-ban/ha-tinh/ky-anh/lam-hop/'],
    [sourceUrl('004_6aa71deb074a78cc.txt'), '/nguon/004_6aa71deb074a78cc/'],
    [taskUrl({ collection: 'meetings', id: 'a/b' }, 't2'), '/cuoc-hop/a/b/#nv-t2'],
    [taskUrl({ collection: 'plans', id: 'p' }, 't1'), '/ke-hoach/p/#nv-t1'],
  ])('%s', (url, expected) => expect(url).toBe(expected));

  test('assessments and statistics link to their place page', () => {
    expect(recordUrl('assessments', 'x', { place: { id: 'ha-tinh/ky-anh/lam-hop' } })).toBe(
      '/dia-ban/ha-tinh/ky-anh/lam-hop/#danh-gia',
    );
    expect(recordUrl('statistics', 'x', { place: { id: 'ha-tinh' } })).toBe(
      '/dia-ban/ha-tinh/#so-lieu',
    );
  });
});

describe('list URLs', () => {
  test('page 1 has no suffix, later pages end in trang-N/', () => {
    expect(withPage('/van-ban/', 1)).toBe('/van-ban/');
    expect(meetingsByYearUrl(2023, 3)).toBe('/cuoc-hop/nam/2023/trang-3/');
  });

  test('document types are slugs of their Vietnamese names, so ĐA and DA do not collide', () => {
    expect(documentTypeSlug('ĐA')).toBe('de-an');
    expect(documentTypeSlug('DA')).toBe('du-an');
    expect(documentTypeSlug('QĐ')).toBe('quyet-dinh');
    expect(documentsByTypeUrl('KH', 2)).toBe('/van-ban/loai/ke-hoach/trang-2/');
  });
});

describe('checkRecordIds', () => {
  test('accepts ordinary slug paths', () => {
    expect(
      checkRecordIds({ meetings: ['2020/2020-09-08-hop'], places: ['ha-tinh/ky-anh/lam-hop'] }),
    ).toEqual([]);
  });

  test('reports ids that a list page would shadow', () => {
    expect(checkRecordIds({ places: ['truc-thuoc/x'] })).toEqual([
      'places/truc-thuoc/x: "truc-thuoc/" is reserved for list pages in this section; rename the folder',
    ]);
    expect(checkRecordIds({ documents: ['trich-dan/x'] })).toEqual([
      'documents/trich-dan/x: "trich-dan/" is reserved for list pages in this section; rename the folder',
    ]);
    expect(
      checkRecordIds({
        meetings: ['nam/2020'],
        documents: ['loai/x'],
        places: ['ha-tinh/trang-2'],
        criteriaSets: ['a/tieu-chi-3'],
        bodies: ['Huyện ủy'],
      }),
    ).toEqual([
      'meetings/nam/2020: "nam/" is reserved for list pages in this section; rename the folder',
      'documents/loai/x: "loai/" is reserved for list pages in this section; rename the folder',
      'places/ha-tinh/trang-2: a segment named trang-N or tieu-chi-N is reserved for list pages; rename the file',
      'criteriaSets/a/tieu-chi-3: a segment named trang-N or tieu-chi-N is reserved for list pages; rename the file',
      'bodies/Huyện ủy: an id must be lower-case ASCII letters, digits and hyphens to make a URL',
    ]);
  });
});
