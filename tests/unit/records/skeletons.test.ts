import { describe, expect, test } from 'vitest';
import { schemaFieldNames } from '../../../src/open-data/schema-fields.ts';
import { parseDataRecord, parseMarkdownRecord } from '../../../src/records/read.ts';
import { SKELETONS, placeholdersIn, renderSkeleton } from '../../../src/records/skeletons.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  plainReference,
  type CollectionName,
} from '../../../src/schemas/index.ts';

// What a clerk does: replace each «…» by a value (here the placeholder's own words, which the
// skeleton chose to be a valid id, date, number or code).
const fill = (text: string) => text.replace(/«([^»]*)»/g, '$1');

// Uncomments the optional fields (top-level lines "# key: …" and their indented continuation).
function uncommentOptional(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('# ') && !line.startsWith('# ──') && !/^# (Bản ghi|Xem)/.test(line)
        ? line.slice(2)
        : line,
    )
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
  const skeleton = SKELETONS[collection];
  const text = renderSkeleton(skeleton);

  test('lists every field of the schema, in schema order, and no other', () => {
    expect(skeleton.fields.map((f) => f.key)).toEqual(
      schemaFieldNames(COLLECTIONS[collection].schema(plainReference)),
    );
    for (const f of skeleton.fields) {
      expect(text, f.key).toMatch(
        new RegExp(`^# ── ${f.key} \\((bắt buộc|không bắt buộc)\\): .+`, 'm'),
      );
      expect(text, f.key).toMatch(new RegExp(`^(# )?${f.key}:`, 'm'));
    }
  });

  test('does not validate as written: its placeholders must be filled', () => {
    expect(placeholdersIn(text).length).toBeGreaterThan(0);
  });

  test('validates once its placeholders are filled', () => {
    expect(schemaIssues(collection, parse(collection, fill(text)))).toEqual([]);
  });

  test('validates with every optional field uncommented as well', () => {
    const data = parse(collection, fill(uncommentOptional(text))) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(skeleton.fields.map((f) => f.key).sort());
    expect(schemaIssues(collection, data)).toEqual([]);
  });
});
