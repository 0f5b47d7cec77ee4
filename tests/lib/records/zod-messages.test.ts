import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { zodIssueToValidationIssue } from '../../../src/lib/records/zod-messages.ts';

/** The messages zodIssueToValidationIssue gives for `input` under `schema`, as `field: message`. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((i) => zodIssueToValidationIssue('f.yaml', i)).map((i) => `${i.field}: ${i.message}`);
}

const record = z.strictObject({
  title: z.string(),
  count: z.number().optional(),
  ok: z.boolean().optional(),
  items: z.array(z.string()).optional(),
  group: z.strictObject({ a: z.string() }).optional(),
  date: z.string({ error: 'write a date as YYYY-MM-DD, e.g. 2023-07-11' }).optional(),
});

describe('zodIssueToValidationIssue', () => {
  test.each<[string, unknown, string[]]>([
    ['a missing field names the line to add', {}, ['title: this field is required but missing: add `title:`']],
    ['a missing nested field', { title: 'x', group: {} }, ['group.a: this field is required but missing: add `a:`']],
    ['a number where text belongs', { title: 42 }, ['title: expected text but found number 42']],
    ['text where a number belongs', { title: 'x', count: 'ba' }, ['count: expected a number but found the text "ba"']],
    ['long text is cut at 40 characters', { title: 'x', count: 'một trăm hai mươi ba nghìn bốn trăm năm mươi sáu' }, ['count: expected a number but found the text "một trăm hai mươi ba nghìn bốn trăm năm …"']],
    ['a word where true/false belongs', { title: 'x', ok: 'có' }, ['ok: expected true or false but found the text "có"']],
    ['a single value where a list belongs', { title: 'x', items: 'a' }, ['items: expected a list (lines starting with "- ") but found the text "a"']],
    ['an empty value where a list belongs', { title: 'x', items: null }, ['items: expected a list (lines starting with "- ") but found an empty value']],
    ['a list where fields belong', { title: 'x', group: ['a'] }, ['group: expected a group of fields but found a list']],
    ['fields where text belongs', { title: { a: 1 } }, ['title: expected text but found a group of fields']],
    ['the schema’s own message wins', { title: 'x', date: 20230711 }, ['date: write a date as YYYY-MM-DD, e.g. 2023-07-11']],
    ['each unknown field on its own', { title: 'x', tilte: 'y', group: { a: 'b', c: 1 } }, [
      'tilte: unknown field "tilte": check its spelling against docs/records.md, or remove it (nothing unknown is published)',
      'group.c: unknown field "c": check its spelling against docs/records.md, or remove it (nothing unknown is published)',
    ]],
  ])('%s', (_, input, expected) => {
    expect(messages(record, input).sort()).toEqual([...expected].sort());
  });

  test('passes other messages through, with the field path of list items', () => {
    const schema = z.strictObject({ tasks: z.array(z.strictObject({ id: z.string().regex(/^t\d$/, { error: 'write t1, t2, …' }) })) });
    expect(messages(schema, { tasks: [{ id: 't1' }, { id: 'x' }] })).toEqual(['tasks[1].id: write t1, t2, …']);
  });
});
