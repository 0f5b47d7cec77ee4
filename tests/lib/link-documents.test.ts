import { describe, expect, test } from 'vitest';
import { indexDocumentsByNumber, linkDocumentNumbers, linkDocumentNumbersInHtml, resolveDocumentNumber } from '../../src/lib/link-documents.ts';

const byNumber = indexDocumentsByNumber([
  { id: 'kl-10-2021', canonical: '10-KL/HU', date: '2021-04-05' },
  { id: 'kl-10-2016', canonical: '10-KL/HU', date: '2016-03-01' },
  { id: 'kh-89', canonical: '89/KH-UBND', date: '2021-06-07' },
]);

describe('resolveDocumentNumber', () => {
  test('a number held by one document names it', () => {
    expect(resolveDocumentNumber('89/KH-UBND', byNumber)?.id).toBe('kh-89');
  });

  test('a recurring number names the latest document issued by the context date', () => {
    expect(resolveDocumentNumber('10-KL/HU', byNumber, '2023-07-11')?.id).toBe('kl-10-2021');
    expect(resolveDocumentNumber('10-KL/HU', byNumber, '2018-01-01')?.id).toBe('kl-10-2016');
  });

  test('a recurring number without a context date, or an unknown number, names nothing', () => {
    expect(resolveDocumentNumber('10-KL/HU', byNumber)).toBeUndefined();
    expect(resolveDocumentNumber('60-KH/HU', byNumber)).toBeUndefined();
  });
});

describe('linkDocumentNumbers', () => {
  test('links known numbers and leaves the rest as text', () => {
    expect(linkDocumentNumbers('Theo Kế hoạch 89/KH-UBND và Kế hoạch số 60-KH/HU, ngày 13/7/2017.', byNumber)).toEqual([
      { text: 'Theo Kế hoạch ' },
      { text: '89/KH-UBND', documentId: 'kh-89' },
      { text: ' và Kế hoạch số 60-KH/HU, ngày 13/7/2017.' },
    ]);
  });

  test('text without numbers is one segment', () => {
    expect(linkDocumentNumbers('đạt 16/20 tiêu chí', byNumber)).toEqual([{ text: 'đạt 16/20 tiêu chí' }]);
  });
});

describe('linkDocumentNumbersInHtml', () => {
  const href = (id: string) => `/van-ban/${id}/`;
  test('links numbers in text between tags', () => {
    expect(linkDocumentNumbersInHtml('<p>Thực hiện <strong>Kết luận số 10-KL/HU</strong>.</p>', byNumber, href, '2023-07-11')).toBe(
      '<p>Thực hiện <strong>Kết luận số <a href="/van-ban/kl-10-2021/">10-KL/HU</a></strong>.</p>',
    );
  });

  test('never links inside an existing link or code', () => {
    const html = '<p><a href="/x/">89/KH-UBND</a> <code>89/KH-UBND</code> 89/KH-UBND</p>';
    expect(linkDocumentNumbersInHtml(html, byNumber, href)).toBe('<p><a href="/x/">89/KH-UBND</a> <code>89/KH-UBND</code> <a href="/van-ban/kh-89/">89/KH-UBND</a></p>');
  });
});
