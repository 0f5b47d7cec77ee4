/**
 * JSON Schemas generated from the zod record schemas by `z.toJSONSchema`, so the published
 * schemas can never drift from what the validator accepts. Each field carries its Vietnamese
 * help (`description`) from the schema.
 *
 * Two per collection:
 * - the **export** schema describes one record of `dist/data/<collection>.json`: the record as
 *   parsed (zod's `io: 'output'`: defaults filled in, links as `{ collection, id }`, deadlines
 *   and document numbers taken apart), plus `id` and, for Markdown collections, `body`;
 * - the **input** schema describes a record as a clerk writes it in `content/` (zod's
 *   `io: 'input'`), for editors that check YAML against a schema.
 *
 * Every transform in the schemas is piped into a schema of what it returns (see `plainReference`,
 * `deadlineSchema`, `documentNumberSchema`), so zod describes the output without help.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, plainReference, type CollectionName } from '../schemas/index.ts';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of one record of `dist/data/<collection>.json`: the parsed record plus `id`
 * and, for Markdown collections, `body`.
 */
export function exportRecordJsonSchema(collection: CollectionName): JsonSchema {
  const spec = COLLECTIONS[collection];
  const record = z.toJSONSchema(spec.schema(plainReference), { io: 'output' }) as JsonSchema;
  const markdown = spec.format === 'markdown';
  return {
    ...record,
    title: `ntm-records: ${collection} (export)`,
    description: `One record of ${collection}.json as exported by the build`,
    properties: {
      id: {
        type: 'string',
        description: 'Id của bản ghi: đường dẫn tệp trong content/, không có phần mở rộng.',
      },
      ...(record.properties as JsonSchema),
      ...(markdown
        ? { body: { type: 'string', description: 'Nội dung Markdown của bản ghi.' } }
        : {}),
    },
    required: [
      'id',
      ...((record.required as string[] | undefined) ?? []),
      ...(markdown ? ['body'] : []),
    ],
  };
}

/** The JSON Schema of a record as written in `content/<folder>/` (front matter, for Markdown records). */
export function inputRecordJsonSchema(collection: CollectionName): JsonSchema {
  const schema = z.toJSONSchema(COLLECTIONS[collection].schema(plainReference), {
    io: 'input',
  }) as JsonSchema;
  return { ...schema, title: `ntm-records: ${collection} (as written in content/)` };
}
