import { describe, expect, test } from 'vitest';
import {
  collectionFields,
  fieldAt,
  formOf,
  type FieldHelp,
} from '../../../src/records/field-help.ts';
import { COLLECTION_NAMES } from '../../../src/schemas/index.ts';

function everyField(fields: readonly FieldHelp[], prefix = ''): Array<[string, FieldHelp]> {
  return fields.flatMap((f) => [
    [`${prefix}${f.name}`, f] as [string, FieldHelp],
    ...everyField(f.fields ?? [], `${prefix}${f.name}.`),
  ]);
}

describe.each(COLLECTION_NAMES)('the fields of %s', (collection) => {
  const fields = everyField(collectionFields(collection));

  test('each carry help from the schema, in Vietnamese', () => {
    for (const [path, f] of fields) expect(f.help, path).toMatch(/[À-ỹ]/u);
  });

  test('each optional one says what it is when left out (Mặc định)', () => {
    for (const [path, f] of fields) if (!f.required) expect(f.help, path).toContain('Mặc định');
  });
});

describe('collectionFields', () => {
  test('says which fields are required, how each is written and where links point', () => {
    const byName = new Map(collectionFields('meetings').map((f) => [f.name, f]));
    expect(byName.get('date')).toMatchObject({ required: true, form: 'day `YYYY-MM-DD`' });
    expect(byName.get('convenedBy')).toMatchObject({
      required: true,
      form: 'list (at least 1) of ids in `content/bodies/`',
      references: 'bodies',
    });
    expect(byName.get('place')).toMatchObject({ required: false, references: 'places' });
    expect(byName.get('type')).toMatchObject({ required: false, form: 'always `meeting`' });
  });

  test('reaches the fields of objects inside a record, and the links inside them', () => {
    expect(fieldAt('plans', 'tasks.assignees')).toMatchObject({ references: 'bodies' });
    expect(fieldAt('plans', 'tasks.deadline.quarter')).toMatchObject({ form: 'quarter `YYYY-Qn`' });
    expect(fieldAt('criteriaSets', 'criteria.indicators.code')?.required).toBe(true);
    expect(fieldAt('meetings', 'nope')).toBeUndefined();
  });
});

describe('formOf', () => {
  test.each<[Record<string, unknown>, string]>([
    [{ type: 'string', enum: ['a', 'b'] }, 'one of `a`, `b`'],
    [{ type: 'integer', minimum: 1945, maximum: 2100 }, 'whole number 1945–2100'],
    [{ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, 'whole number ≥ 0'],
    [{ type: 'number' }, 'number'],
    [{ type: ['string', 'number'] }, 'text or number'],
    [{ type: 'array', items: { type: 'string' } }, 'list of text'],
    [{ type: 'string', pattern: '^x$' }, 'text matching `^x$`'],
  ])('%j → %s', (schema, form) => expect(formOf(schema)).toBe(form));
});
