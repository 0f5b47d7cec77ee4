import { describe, expect, test } from 'vitest';
import { fieldLabel, fieldPattern, labelledPaths } from '../../../src/i18n/field-labels.ts';
import { inputRecordJsonSchema } from '../../../src/open-data/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../src/schemas/index.ts';

/** Every field path a clerk can write in a record of `collection`, `*` for list items and keys. */
function schemaPaths(collection: CollectionName): string[] {
  const paths = new Set<string>();
  const walk = (schema: unknown, prefix: string): void => {
    if (!schema || typeof schema !== 'object') return;
    const s = schema as Record<string, unknown>;
    for (const [key, value] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.add(path);
      walk(value, path);
    }
    if (s.items) walk(s.items, `${prefix}.*`);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      paths.add(`${prefix}.*`);
      walk(s.additionalProperties, `${prefix}.*`);
    }
    for (const k of ['anyOf', 'oneOf', 'allOf'])
      for (const part of (s[k] ?? []) as unknown[]) walk(part, prefix);
  };
  walk(inputRecordJsonSchema(collection), '');
  return [...paths];
}

describe('fieldPattern', () => {
  test.each([
    ['tasks[1].deadline.date', 'tasks.*.deadline.date'],
    ['tasks.t5-tong-hop-y-kien.assigneesText', 'tasks.*.assigneesText'],
    ['figures.binh-quan-tieu-chi-xa.criteriaSet', 'figures.*.criteriaSet'],
    ['statuses.17', 'statuses.*'],
    ['convenedBy[0]', 'convenedBy.*'],
    ['source.publishedAt', 'source.publishedAt'],
  ])('%s → %s', (path, pattern) => expect(fieldPattern(path)).toBe(pattern));
});

describe('fieldLabel', () => {
  test('names a field as a reader knows it, per collection where the meaning differs', () => {
    expect(fieldLabel('date', 'meetings')).toBe('ngày họp');
    expect(fieldLabel('date', 'documents')).toBe('ngày ban hành');
    expect(fieldLabel('tasks.ii4-doi-tuong-uu-tien.assignees', 'meetings')).toBe(
      'cơ quan được giao nhiệm vụ',
    );
    expect(fieldLabel('source.publishedAt', 'plans')).toBe('ngày đăng bài');
    expect(fieldLabel('criteriaSet', 'assessments')).toBe('bộ tiêu chí được dùng');
    expect(fieldLabel('otherwise', 'assessments')).toBe(
      'kết quả của các tiêu chí không liệt kê riêng',
    );
  });

  test('falls back to the nearest labelled parent', () => {
    expect(fieldLabel('convenedBy[2]', 'meetings')).toBe('cơ quan tổ chức');
  });

  test.each(COLLECTION_NAMES)('every field of a %s record has a label of its own', (collection) => {
    const known = new Set(labelledPaths());
    const missing = schemaPaths(collection).filter(
      (p) => !known.has(`${collection}:${p}`) && !known.has(p),
    );
    expect(missing).toEqual([]);
  });

  test('no label is a schema name: lower-case Vietnamese words only', () => {
    for (const key of labelledPaths()) {
      const [collection, path] = key.includes(':') ? key.split(':') : [undefined, key];
      expect(fieldLabel(path, collection as CollectionName | undefined), key).toMatch(
        /^[\p{Ll} ,]+$/u,
      );
    }
  });
});
