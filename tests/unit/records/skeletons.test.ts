import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parseDataRecord, parseMarkdownRecord } from '../../../src/records/read.ts';
import {
  placeholdersIn,
  renderFields,
  renderSkeleton,
  skeletonFields,
  skeletonFieldsOf,
} from '../../../src/records/skeletons.ts';
import { text } from '../../../src/schemas/shared.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  plainReference,
  type CollectionName,
} from '../../../src/schemas/index.ts';

// What a clerk does: replace each «…» by a value (here the placeholder's own words, which the
// skeleton chose to be a valid id, date, number or code).
const fill = (text: string) => text.replace(/«([^»]*)»/g, '$1');

// Uncomments the optional fields: after each field's help (`# ── key …` and its continuation
// lines), the commented lines from `# key:` to the blank line that ends the field.
function uncommentOptional(text: string): string {
  let key: string | undefined;
  let inField = false;
  return text
    .split('\n')
    .map((line) => {
      const help = /^# ── (\S+) \(/.exec(line);
      if (help) [key, inField] = [help[1], false];
      else if (key && line.startsWith(`# ${key}:`)) inField = true;
      else if (line === '') inField = false;
      return inField && line.startsWith('# ') ? line.slice(2) : line;
    })
    .join('\n');
}

function parse(collection: CollectionName, text: string): unknown {
  const spec = COLLECTIONS[collection];
  const read =
    spec.format === 'markdown' ? parseMarkdownRecord(text) : parseDataRecord(text, '.yaml');
  if ('error' in read) throw new Error(read.error);
  return read.data;
}

function schemaIssues(collection: CollectionName, data: unknown): string[] {
  const result = COLLECTIONS[collection].schema(plainReference).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe.each(COLLECTION_NAMES)('the %s skeleton', (collection) => {
  const fields = skeletonFields(collection);
  const text = renderSkeleton(collection);
  const schema = COLLECTIONS[collection].schema(plainReference);

  test('lists every field of the schema, in schema order, and no other, each with its help', () => {
    expect(fields.map((f) => f.key)).toEqual(Object.keys((schema as z.ZodObject).shape));
    for (const f of fields) {
      expect(text, f.key).toMatch(
        new RegExp(`^# ── ${f.key} \\((bắt buộc|không bắt buộc)\\): \\p{L}`, 'mu'),
      );
      expect(text, f.key).toMatch(new RegExp(`^(# )?${f.key}:`, 'm'));
    }
  });

  test('writes out every required field, with a placeholder to replace', () => {
    for (const f of fields.filter((f) => f.required))
      expect(text, f.key).toMatch(new RegExp(`^${f.key}:.*«|^${f.key}:\\n\\s+.*«`, 'm'));
    expect(placeholdersIn(text).length).toBeGreaterThan(0);
  });

  test('validates once its placeholders are filled', () => {
    expect(schemaIssues(collection, parse(collection, fill(text)))).toEqual([]);
  });

  test('validates with every optional field uncommented as well', () => {
    const data = parse(collection, fill(uncommentOptional(text))) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(fields.map((f) => f.key).sort());
    expect(schemaIssues(collection, data)).toEqual([]);
  });
});

describe('a field added to a schema', () => {
  test('appears in the skeleton with its help and example, with nothing else to change', () => {
    const schema = z.strictObject({
      title: text.meta({ description: 'Tiêu đề.', examples: ['Họp bàn'] }),
      votes: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Số phiếu tán thành. Mặc định: không ghi.', examples: [12] }),
    });
    expect(renderFields(skeletonFieldsOf(schema))).toBe(
      [
        '# ── title (bắt buộc): Tiêu đề.',
        'title: «Họp bàn»',
        '',
        '# ── votes (không bắt buộc): Số phiếu tán thành. Mặc định: không ghi.',
        '# votes: 12',
        '',
      ].join('\n'),
    );
  });

  test('without an example gets a value from its form', () => {
    const schema = z.strictObject({
      count: z.number().int().meta({ description: 'Số lượng.' }),
      level: z.enum(['xa', 'thon']).meta({ description: 'Cấp.' }),
      places: z.array(text).default([]).meta({ description: 'Nơi. Mặc định: không có.' }),
    });
    expect(skeletonFieldsOf(schema).map((f) => [f.key, f.value])).toEqual([
      ['count', 1],
      ['level', 'xa'],
      ['places', []],
    ]);
  });

  test('without help is refused, naming the field and what to add', () => {
    expect(() => skeletonFieldsOf(z.strictObject({ votes: z.number() }))).toThrow(
      'record.votes has no help: give the field .meta({ description:',
    );
  });
});
