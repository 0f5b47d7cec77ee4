import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { zodIssueToValidationIssue } from '../../../src/records/zod-messages.ts';

/** The messages zodIssueToValidationIssue gives for `input` under `schema`, as `field: message`. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return result.error.issues
    .flatMap((i) => zodIssueToValidationIssue('f.yaml', i))
    .map((i) => `${i.field}: ${i.message}`);
}

const record = z.strictObject({
  title: z.string(),
  count: z.number().optional(),
  ok: z.boolean().optional(),
  items: z.array(z.string()).optional(),
  group: z.strictObject({ a: z.string() }).optional(),
  date: z.string({ error: 'ghi ngày theo dạng YYYY-MM-DD, ví dụ 2023-07-11' }).optional(),
});

describe('zodIssueToValidationIssue', () => {
  test.each<[string, unknown, string[]]>([
    ['a missing field names the line to add', {}, ['title: thiếu trường bắt buộc: thêm `title:`']],
    [
      'a missing nested field',
      { title: 'x', group: {} },
      ['group.a: thiếu trường bắt buộc: thêm `a:`'],
    ],
    [
      'a number where text belongs',
      { title: 42 },
      ['title: phải là một đoạn chữ nhưng đang ghi số 42'],
    ],
    [
      'text where a number belongs',
      { title: 'x', count: 'ba' },
      ['count: phải là một số nhưng đang ghi đoạn chữ "ba"'],
    ],
    [
      'long text is cut at 40 characters',
      { title: 'x', count: 'một trăm hai mươi ba nghìn bốn trăm năm mươi sáu' },
      ['count: phải là một số nhưng đang ghi đoạn chữ "một trăm hai mươi ba nghìn bốn trăm năm …"'],
    ],
    [
      'a word where true/false belongs',
      { title: 'x', ok: 'có' },
      ['ok: phải là true hoặc false nhưng đang ghi đoạn chữ "có"'],
    ],
    [
      'a single value where a list belongs',
      { title: 'x', items: 'a' },
      ['items: phải là một danh sách (các dòng bắt đầu bằng "- ") nhưng đang ghi đoạn chữ "a"'],
    ],
    [
      'an empty value where a list belongs',
      { title: 'x', items: null },
      [
        'items: phải là một danh sách (các dòng bắt đầu bằng "- ") nhưng đang ghi một giá trị trống',
      ],
    ],
    [
      'a list where fields belong',
      { title: 'x', group: ['a'] },
      ['group: phải là một nhóm trường nhưng đang ghi một danh sách'],
    ],
    [
      'fields where text belongs',
      { title: { a: 1 } },
      ['title: phải là một đoạn chữ nhưng đang ghi một nhóm trường'],
    ],
    [
      'the schema’s own message wins',
      { title: 'x', date: 20230711 },
      ['date: ghi ngày theo dạng YYYY-MM-DD, ví dụ 2023-07-11'],
    ],
    [
      'each unknown field on its own',
      { title: 'x', tilte: 'y', group: { a: 'b', c: 1 } },
      [
        'tilte: trường "tilte" không có trong mẫu bản ghi: kiểm tra chính tả theo docs/records.md, hoặc xoá trường này (trường lạ không được đăng)',
        'group.c: trường "c" không có trong mẫu bản ghi: kiểm tra chính tả theo docs/records.md, hoặc xoá trường này (trường lạ không được đăng)',
      ],
    ],
  ])('%s', (_, input, expected) => {
    expect(messages(record, input).sort()).toEqual([...expected].sort());
  });

  test.each<[string, z.ZodType, unknown, string]>([
    [
      'a year below its limit',
      z.strictObject({ year: z.number().int().min(1945) }),
      { year: 1900 },
      'year: không được nhỏ hơn 1945',
    ],
    [
      'a year above its limit',
      z.strictObject({ year: z.number().int().max(2100) }),
      { year: 2200 },
      'year: không được lớn hơn 2100',
    ],
    [
      'a fraction where a whole number belongs',
      z.strictObject({ year: z.number().int() }),
      { year: 2020.5 },
      'year: phải là một số nguyên nhưng đang ghi số 2020.5',
    ],
    [
      'empty text',
      z.strictObject({ id: z.string().min(1) }),
      { id: '' },
      'id: không được để trống',
    ],
    [
      'a word outside its list',
      z.strictObject({ kind: z.enum(['xa', 'thon']) }),
      { kind: 'huyen' },
      'kind: phải là một trong các giá trị: xa, thon',
    ],
    [
      'an empty list',
      z.strictObject({ items: z.array(z.string()).min(1) }),
      { items: [] },
      'items: cần ít nhất 1 mục',
    ],
  ])('says zod’s generic limits in Vietnamese: %s', (_, schema, input, expected) => {
    expect(messages(schema, input)).toEqual([expected]);
  });

  test('passes other messages through, with the field path of list items', () => {
    const schema = z.strictObject({
      tasks: z.array(
        z.strictObject({ id: z.string().regex(/^t\d$/, { error: 'write t1, t2, …' }) }),
      ),
    });
    expect(messages(schema, { tasks: [{ id: 't1' }, { id: 'x' }] })).toEqual([
      'tasks[1].id: write t1, t2, …',
    ]);
  });
});
