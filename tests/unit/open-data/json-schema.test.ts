import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { toExportRecord } from '../../../src/open-data/export.ts';
import {
  exportRecordJsonSchema,
  inputRecordJsonSchema,
} from '../../../src/open-data/json-schema.ts';
import { readCollectionFolder } from '../../../src/records/read.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { COLLECTIONS, COLLECTION_NAMES, EXTENSIONS } from '../../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const { content } = validateContent(join(ROOT, 'content'), { cwd: ROOT });
const ajv = () =>
  new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, formats: { uri: true } });

describe.each(COLLECTION_NAMES)('the JSON Schemas of %s', (name) => {
  // Ajv in strict mode refuses keywords JSON Schema does not define: these are standard.
  const checker = ajv();
  const exported = checker.compile(exportRecordJsonSchema(name));
  const written = checker.compile(inputRecordJsonSchema(name));

  test('accept every record of content/ as exported', () => {
    for (const record of content[name]) {
      const json = JSON.parse(JSON.stringify(toExportRecord(record))) as unknown;
      expect(exported(json) ? [] : exported.errors, record.id).toEqual([]);
    }
  });

  test('accept every file of content/ as written', () => {
    const spec = COLLECTIONS[name];
    const folder = join(ROOT, 'content', spec.folder);
    const { records } = readCollectionFolder(folder, spec.format, EXTENSIONS[spec.format], ROOT);
    for (const raw of records)
      expect(written(raw.data) ? [] : written.errors, raw.file).toEqual([]);
  });
});

describe('exportRecordJsonSchema', () => {
  const validate = ajv().compile(exportRecordJsonSchema('meetings'));
  const meeting = JSON.parse(JSON.stringify(toExportRecord(content.meetings[0]!))) as Record<
    string,
    unknown
  >;

  test('rejects a link to the wrong collection, a deadline without its last day, an unknown field', () => {
    expect(validate({ ...meeting, convenedBy: [{ collection: 'places', id: 'x' }] })).toBe(false);
    expect(
      validate({ ...meeting, tasks: [{ id: 't1', text: 'x', deadline: { precision: 'day' } }] }),
    ).toBe(false);
    expect(validate({ ...meeting, venu: 'typo' })).toBe(false);
    expect(validate(meeting)).toBe(true);
  });

  test('says which fields a record has, with the help of each in Vietnamese', () => {
    const schema = exportRecordJsonSchema('documents') as {
      required: string[];
      properties: Record<string, { description?: string }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'issuer', 'body']));
    expect(schema.required).not.toContain('title');
    expect(schema.properties.issuer?.description).toBe(
      'Cơ quan ban hành (id trong content/bodies/).',
    );
  });
});
