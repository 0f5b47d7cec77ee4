import { describe, expect, test } from 'vitest';
import { parseDataRecord, parseMarkdownRecord } from '../../../src/records/read.ts';
import { MAX_YAML_ALIASES, numberProblem } from '../../../src/records/parse-data.ts';

const problemsOf = (text: string, ext = '.yaml') => {
  const parsed = parseDataRecord(text, ext);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.problems.map((p) => `${p.field}: ${p.message}`);
};
const errorOf = (text: string, ext = '.yaml') => {
  const parsed = parseDataRecord(text, ext);
  return 'error' in parsed ? parsed.error : undefined;
};

describe('numbers that would be read as another value', () => {
  test.each<[string, string]>([
    [
      'n: 0x1F',
      'n: số "0x1F" không viết ở hệ thập phân (sẽ được đọc thành 31): viết số thập phân, ví dụ 31; nếu đây là một mã, đặt nó trong dấu ngoặc kép',
    ],
    [
      'n: 0o17',
      'n: số "0o17" không viết ở hệ thập phân (sẽ được đọc thành 15): viết số thập phân, ví dụ 15; nếu đây là một mã, đặt nó trong dấu ngoặc kép',
    ],
    [
      'n: 1e3',
      'n: số "1e3" viết dạng lũy thừa (sẽ được đọc thành 1000): viết đầy đủ các chữ số, ví dụ 1000',
    ],
    [
      'n: 123456789012345678901234567890',
      'n: số 123456789012345678901234567890 quá lớn để giữ chính xác (lớn nhất là 9007199254740991): kiểm tra lại; nếu đây là một mã chứ không phải số, đặt nó trong dấu ngoặc kép',
    ],
    [
      'n: 0.12345678901234567',
      'n: số 0.12345678901234567 có quá nhiều chữ số để giữ chính xác (tối đa 15 chữ số): làm tròn bớt; nếu đây là một mã, đặt nó trong dấu ngoặc kép',
    ],
    [
      'n: 007',
      'n: số "007" có chữ số 0 ở đầu (sẽ được đọc thành 7): bỏ số 0 ở đầu; nếu đây là một mã (như "042"), đặt nó trong dấu ngoặc kép',
    ],
    ['n: +5', 'n: số "+5" có dấu + ở đầu: bỏ dấu +'],
    [
      'n: .5',
      'n: số ".5" thiếu chữ số ở một bên dấu chấm (sẽ được đọc thành 0.5): viết đầy đủ, ví dụ 0.5',
    ],
    [
      'n: .inf',
      'n: ".inf" không phải một số cụ thể: ghi một số thập phân, hoặc đặt trong dấu ngoặc kép nếu đây là chữ',
    ],
    [
      'statuses: { 0x2: dat }',
      'statuses.2: số "0x2" không viết ở hệ thập phân (sẽ được đọc thành 2): viết số thập phân, ví dụ 2; nếu đây là một mã, đặt nó trong dấu ngoặc kép',
    ],
    [
      'figures:\n  - value: 1e2',
      'figures[0].value: số "1e2" viết dạng lũy thừa (sẽ được đọc thành 100): viết đầy đủ các chữ số, ví dụ 100',
    ],
  ])('YAML %j', (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  test.each<[string, string]>([
    [
      '{"n": 1e3}',
      'n: số "1e3" viết dạng lũy thừa (sẽ được đọc thành 1000): viết đầy đủ các chữ số, ví dụ 1000',
    ],
    [
      '{"a": [1, {"n": 123456789012345678901234567890}]}',
      'a[1].n: số 123456789012345678901234567890 quá lớn để giữ chính xác (lớn nhất là 9007199254740991): kiểm tra lại; nếu đây là một mã chứ không phải số, đặt nó trong dấu ngoặc kép',
    ],
  ])('JSON %j', (text, expected) => {
    expect(problemsOf(text, '.json')).toEqual([expected]);
  });

  test.each([
    'n: 42',
    'n: -3',
    'n: 17.5',
    'n: 0',
    'n: 0.05',
    'code: "0x1F"',
    'n: 9007199254740991',
  ])('accepts %j', (text) => {
    expect(problemsOf(text)).toEqual([]);
  });

  test('numberProblem leaves plain decimals alone', () => {
    expect(numberProblem('5466.32', 5466.32)).toBeUndefined();
  });
});

describe('JSON keys written twice', () => {
  test.each<[string, string]>([
    ['{"name": "a", "name": "b"}', 'name'],
    ['{"x": {"kind": "xa", "y": 1, "kind": "huyen"}}', 'x.kind'],
    ['{"list": [{"a": 1}, {"a": 1, "a": 2}]}', 'list[1].a'],
  ])('%s is refused at %s', (text, field) => {
    expect(problemsOf(text, '.json')).toEqual([
      `${field}: một trường được ghi hai lần trong cùng một nhóm: giữ một lần, xoá lần kia`,
    ]);
  });

  test('the same key in two objects is fine, and text that looks like a key is not one', () => {
    expect(problemsOf('{"a": {"k": 1}, "b": {"k": "\\"k\\": 2"}, "k": [ "k" ]}', '.json')).toEqual(
      [],
    );
  });
});

describe('characters a record may not hold', () => {
  test.each<[string, string, string]>([
    [
      'a NUL in a YAML value',
      'summary: "Tóm\\0tắt"',
      'summary: có ký tự U+0000, ký tự rỗng (NUL) ở vị trí 4: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
    [
      'an escape character in a JSON value',
      '{"a": {"b": ["x\\u001b[31m"]}}',
      'a.b[0]: có ký tự U+001B, ký tự điều khiển không nhìn thấy ở vị trí 2: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
    [
      'a lone surrogate from a JSON escape',
      '{"title": "a\\ud800b"}',
      'title: có ký tự U+D800, không phải ký tự hợp lệ ở vị trí 2: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
    [
      'U+FFFE (which makes a feed not XML)',
      'title: "Họp \\uFFFE"',
      'title: có ký tự U+FFFE, không phải ký tự hợp lệ ở vị trí 5: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
    [
      'a right-to-left override',
      'name: "Kỳ \\u202ETân"',
      'name: có ký tự U+202E, ký tự đảo chiều văn bản ở vị trí 4: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
    [
      'a control character in a field name',
      '"ti\\u0007tle": x',
      'ti\u0007tle: tên trường có ký tự U+0007, ký tự điều khiển không nhìn thấy ở vị trí 3: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
    ],
  ])('%s', (_, text, expected) => {
    expect(problemsOf(text, text.startsWith('{') ? '.json' : '.yaml')).toEqual([expected]);
  });

  test('tab and line breaks are text', () => {
    expect(problemsOf('note: "a\\tb\\nc"')).toEqual([]);
  });

  test('a NUL in a Markdown body is named with its line', () => {
    const parsed = parseMarkdownRecord('---\ntitle: Họp\n---\nMở đầu.\n\nKết\u0000 luận.\n');
    expect('problems' in parsed && parsed.problems).toEqual([
      {
        field: 'body',
        message:
          'có ký tự U+0000, ký tự rỗng (NUL) ở dòng 6: xoá ký tự này (thường lẫn vào khi chép từ Word, PDF hoặc trang web)',
      },
    ]);
  });
});

describe('work without bound', () => {
  test('an alias bomb is refused, by file', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries())
      levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`);
    expect(errorOf(levels.join('\n'))).toBe(
      `YAML dùng bí danh (*tên) để lặp lại giá trị quá nhiều lần (quá ${MAX_YAML_ALIASES} lần), làm bản ghi phình ra: viết giá trị ra đầy đủ thay vì dùng & và *`,
    );
  });

  test('a few aliases are fine', () => {
    expect(problemsOf('a: &x [1, 2]\nb: *x\n')).toEqual([]);
  });

  test.each([
    ['YAML', `a: ${'['.repeat(2_000)}${']'.repeat(2_000)}`, '.yaml'],
    ['JSON', `{"a": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`, '.json'],
  ])('%s nested thousands deep is refused', (_, text, ext) => {
    expect(errorOf(text, ext)).toMatch(
      /^(các danh sách và nhóm trường lồng nhau quá 32 cấp: viết phẳng hơn|không đọc được YAML ở gần dòng 1 \(các nhóm trường lồng nhau quá sâu\).*)$/,
    );
  });
});

describe('a "---" line inside the front matter', () => {
  test('in a block of text, it ends the front matter early: refused, with both lines', () => {
    const text =
      '---\ntitle: Họp\nsummary: |\n  Phần một\n---\n  Phần hai\ndate: 2021-03-01\n---\nNội dung\n';
    expect(parseMarkdownRecord(text)).toEqual({
      error:
        'dòng 5 "---" kết thúc phần thông tin (front matter) quá sớm: trường "date" ở dòng 7 nằm sau nó sẽ bị đăng thành nội dung bài. Nếu "---" thuộc nội dung của một trường, thụt lề dòng đó như các dòng khác của trường; nếu không, xoá dòng "---" thừa',
    });
  });

  test('a field right after the closing line is refused too', () => {
    const parsed = parseMarkdownRecord('---\ntitle: Họp\n---\ndate: 2021-03-01\n\nNội dung\n');
    expect('error' in parsed && parsed.error).toContain('trường "date" ở dòng 4');
  });

  test('a body with a thematic break or "Label: text" lines is not mistaken for fields', () => {
    const parsed = parseMarkdownRecord(
      '---\ntitle: Họp\n---\nKết luận: đồng ý.\n\n---\n\nGhi chú: hết.\n',
    );
    expect('error' in parsed).toBe(false);
  });
});
