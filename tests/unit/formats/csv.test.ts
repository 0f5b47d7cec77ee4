import { describe, expect, test } from 'vitest';
import {
  CSV_BOM,
  csvCellText,
  csvTextValue,
  formatCsv,
  parseCsv,
  quoteCsvCell,
} from '../../../src/formats/csv.ts';

describe('quoteCsvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['Nông thôn mới', 'Nông thôn mới'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('quotes %j as %j', (input, expected) => {
    expect(quoteCsvCell(input)).toBe(expected);
  });
});

describe('csvCellText', () => {
  test.each([
    [undefined, ''],
    [null, ''],
    ['text', 'text'],
    [5466.32, '5466.32'],
    [false, 'false'],
    [['a', 'b'], '["a","b"]'],
    [{ collection: 'bodies', id: 'x' }, '{"collection":"bodies","id":"x"}'],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+84 912', "'+84 912"],
    ['-tổ 1', "'-tổ 1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-5, '-5'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCellText(value)).toBe(expected);
  });
  test.each(['=1+1', '-a', 'plain', "'quoted already", "it's"])(
    'csvTextValue reads back the string %j',
    (text) => {
      expect(csvTextValue(csvCellText(text))).toBe(text);
    },
  );
});

describe('formatCsv', () => {
  test('starts with a BOM and ends every row with CRLF', () => {
    expect(formatCsv(['a', 'b'], [['1', 'x,y']])).toBe(`${CSV_BOM}a,b\r\n1,"x,y"\r\n`);
  });
  test('writes numbers with a dot, absent values empty, and quotes what needs quoting', () => {
    expect(
      formatCsv(
        ['Tên', 'Giá trị'],
        [
          ['Quý I, 2017', 9.8],
          ['nói "đạt"', null],
          [' lề', -5],
        ],
      ),
    ).toBe(`${CSV_BOM}Tên,Giá trị\r\n"Quý I, 2017",9.8\r\n"nói ""đạt""",\r\n" lề",-5\r\n`);
  });
  test('defuses formula-like text in every cell, the header row included', () => {
    expect(
      formatCsv(
        ['=A1', 'b'],
        [
          ['@SUM(A1)', '+84'],
          ['-x', '\tTab'],
        ],
      ),
    ).toBe(`${CSV_BOM}'=A1,b\r\n'@SUM(A1),'+84\r\n'-x,'\tTab\r\n`);
  });
});

describe('parseCsv', () => {
  test('reads back what formatCsv writes, including quotes, commas and line breaks', () => {
    const rows = [
      ['id', 'text', 'json'],
      ['t1', 'Hoàn thành trước 15/8/2023, "ngay"', '{"a":[1,2]}'],
      ['t2', 'dòng 1\r\ndòng 2\nhết', ''],
    ];
    expect(parseCsv(formatCsv(rows[0]!, rows.slice(1)))).toEqual(rows);
  });
  test('reads a file without a BOM and without a final line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  test('rejects an unterminated quoted cell', () => {
    expect(() => parseCsv('a,"b\n')).toThrow('not closed');
  });
  test('rejects a quote inside an unquoted cell', () => {
    expect(() => parseCsv('ab"c\n')).toThrow('quote inside');
  });
});
