import { describe, expect, test } from 'vitest';
import {
  indexDocumentsByNumber,
  isNationalIssuer,
  linkDocumentNumbers,
  linkDocumentNumbersInHtml,
  resolveDocumentNumber,
} from '../../../src/domain/link-documents.ts';

const byNumber = indexDocumentsByNumber([
  { id: 'kl-10-2021', canonical: '10-KL/HU', date: '2021-04-05', national: false },
  { id: 'kl-10-2016', canonical: '10-KL/HU', date: '2016-03-01', national: false },
  { id: 'kh-89', canonical: '89/KH-UBND', date: '2021-06-07', national: false },
  { id: 'qd-1980', canonical: '1980/QĐ-TTg', date: '2016-10-17', national: true },
  { id: 'ct-05-2016', canonical: '5-CT/TW', date: '2016-05-15', national: true },
  { id: 'ct-05-2011', canonical: '5-CT/TW', date: '2011-01-01', national: true },
]);
const referencing = (...ids: string[]) => ({ referenced: new Set(ids) });

describe('isNationalIssuer', () => {
  test.each([
    ['TW', true],
    ['TTg', true],
    ['CP', true],
    ['QH15', true],
    ['VPCP-NN', true],
    ['HU', false],
    ['UBND', false],
    ['TU', false],
    ['HĐND', false],
  ])('%s → %s', (issuer, national) => {
    expect(isNationalIssuer(issuer)).toBe(national);
  });
});

describe('resolveDocumentNumber', () => {
  test('a local number names the document the record references', () => {
    expect(resolveDocumentNumber('89/KH-UBND', byNumber, referencing('kh-89'))?.id).toBe('kh-89');
  });

  test('a local number the record does not reference names nothing: every district uses the same numbers', () => {
    expect(resolveDocumentNumber('89/KH-UBND', byNumber)).toBeUndefined();
    expect(resolveDocumentNumber('10-KL/HU', byNumber, { date: '2023-07-11' })).toBeUndefined();
  });

  test('a national number names its document without a reference', () => {
    expect(resolveDocumentNumber('1980/QĐ-TTg', byNumber)?.id).toBe('qd-1980');
  });

  test('a recurring number names the latest candidate issued by the record date', () => {
    expect(resolveDocumentNumber('5-CT/TW', byNumber, { date: '2017-04-14' })?.id).toBe(
      'ct-05-2016',
    );
    expect(resolveDocumentNumber('5-CT/TW', byNumber, { date: '2012-01-01' })?.id).toBe(
      'ct-05-2011',
    );
    expect(
      resolveDocumentNumber('10-KL/HU', byNumber, {
        date: '2023-07-11',
        ...referencing('kl-10-2021', 'kl-10-2016'),
      })?.id,
    ).toBe('kl-10-2021');
  });

  test('failing a reference, a local number names the document of a body the record names', () => {
    const local = indexDocumentsByNumber([
      {
        id: 'a-23',
        canonical: '23/KH-UBND',
        date: '2021-01-01',
        national: false,
        issuer: 'huyen-a/ubnd',
      },
      {
        id: 'b-23',
        canonical: '23/KH-UBND',
        date: '2021-02-01',
        national: false,
        issuer: 'huyen-b/ubnd',
      },
    ]);
    expect(
      resolveDocumentNumber('23/KH-UBND', local, { bodies: new Set(['huyen-b/ubnd']) })?.id,
    ).toBe('b-23');
    expect(
      resolveDocumentNumber('23/KH-UBND', local, {
        date: '2022-01-01',
        bodies: new Set(['huyen-c/ubnd']),
      }),
    ).toBeUndefined();
  });

  test('only the referenced one of a recurring number counts', () => {
    expect(resolveDocumentNumber('10-KL/HU', byNumber, referencing('kl-10-2016'))?.id).toBe(
      'kl-10-2016',
    );
  });

  test('a recurring number without a date, or an unknown number, names nothing', () => {
    expect(resolveDocumentNumber('5-CT/TW', byNumber)).toBeUndefined();
    expect(resolveDocumentNumber('60-KH/HU', byNumber, referencing('kh-89'))).toBeUndefined();
  });
});

describe('linkDocumentNumbers', () => {
  test('links known numbers and leaves the rest as text', () => {
    expect(
      linkDocumentNumbers(
        'Theo Kế hoạch 89/KH-UBND và Kế hoạch số 60-KH/HU, ngày 13/7/2017.',
        byNumber,
        referencing('kh-89'),
      ),
    ).toEqual([
      { text: 'Theo Kế hoạch ' },
      { text: '89/KH-UBND', documentId: 'kh-89' },
      { text: ' và Kế hoạch số 60-KH/HU, ngày 13/7/2017.' },
    ]);
  });

  test('text without numbers is one segment', () => {
    expect(linkDocumentNumbers('đạt 16/20 tiêu chí', byNumber)).toEqual([
      { text: 'đạt 16/20 tiêu chí' },
    ]);
  });
});

describe('linkDocumentNumbersInHtml', () => {
  const href = (id: string) => `/van-ban/${id}/`;
  test('links numbers in text between tags', () => {
    expect(
      linkDocumentNumbersInHtml(
        '<p>Thực hiện <strong>Kết luận số 10-KL/HU</strong>.</p>',
        byNumber,
        href,
        { date: '2023-07-11', ...referencing('kl-10-2021') },
      ),
    ).toBe(
      '<p>Thực hiện <strong>Kết luận số <a href="/van-ban/kl-10-2021/">10-KL/HU</a></strong>.</p>',
    );
  });

  test('never links inside an existing link or code', () => {
    const html = '<p><a href="/x/">89/KH-UBND</a> <code>89/KH-UBND</code> 89/KH-UBND</p>';
    expect(linkDocumentNumbersInHtml(html, byNumber, href, referencing('kh-89'))).toBe(
      '<p><a href="/x/">89/KH-UBND</a> <code>89/KH-UBND</code> <a href="/van-ban/kh-89/">89/KH-UBND</a></p>',
    );
  });
});
