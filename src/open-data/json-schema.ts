/**
 * JSON Schemas generated from the zod record schemas, so the published schemas can never
 * drift from what the validator accepts.
 *
 * Two per collection:
 * - the **export** schema describes one record of `dist/data/<collection>.json`: the record as
 *   parsed (defaults filled in, links as `{ collection, id }`, deadlines and document numbers
 *   normalised), plus `id` and, for Markdown collections, `body`;
 * - the **input** schema describes a record as a clerk writes it in `content/` (zod's
 *   `io: 'input'`), for editors that check YAML against a schema.
 *
 * Zod cannot describe what a `.transform` returns; the few transforms in the schemas are
 * described here by hand (see `TRANSFORM_OUTPUTS`), and a test checks every exported record
 * against these schemas.
 */
import { z } from 'astro/zod';
import { documentNumberSchema } from '../schemas/documents.ts';
import {
  COLLECTIONS,
  plainReference,
  type CollectionName,
  type ReferenceFactory,
} from '../schemas/index.ts';
import { deadlineSchema } from '../schemas/tasks.ts';

type JsonSchema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** A link as exported: the collection and the id of the target record. */
function linkJsonSchema(collection: CollectionName): JsonSchema {
  return {
    type: 'object',
    description: `A link to a record of ${collection}: { collection, id }`,
    properties: { collection: { const: collection }, id: { type: 'string', minLength: 1 } },
    required: ['collection', 'id'],
    additionalProperties: false,
  };
}

/** Output of `deadlineSchema` (src/schemas/tasks.ts, interface `Deadline`). */
const DEADLINE_OUTPUT: JsonSchema = {
  type: 'object',
  description:
    'A normalised deadline: the last day allowed, its precision, the period and the source wording',
  properties: {
    due: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    precision: { enum: ['day', 'month', 'quarter', 'year'] },
    period: { type: 'string' },
    text: { type: 'string' },
  },
  required: ['due', 'precision'],
  additionalProperties: false,
};

/** Output of `documentNumberSchema` (src/schemas/documents.ts, `ParsedDocumentNumber` plus `raw`). */
const DOCUMENT_NUMBER_OUTPUT: JsonSchema = {
  type: 'object',
  description:
    'A document number taken apart: system (party/state), serial number, year, type, issuer, canonical spelling, and the number as written (raw)',
  properties: {
    system: { enum: ['party', 'state'] },
    number: { type: 'integer' },
    year: { type: 'integer' },
    type: { type: 'string' },
    typeName: { type: 'string' },
    issuer: { type: 'string' },
    canonical: { type: 'string' },
    warnings: { type: 'array', items: { type: 'string' } },
    raw: { type: 'string' },
  },
  required: ['system', 'number', 'issuer', 'canonical', 'warnings', 'raw'],
  additionalProperties: false,
};

// For generating the export schema only: a link described by its parsed shape, which zod can express.
const linkAsObject: ReferenceFactory = ((collection: CollectionName) =>
  z.strictObject({
    collection: z.literal(collection),
    id: z.string().min(1),
  })) as unknown as ReferenceFactory;

function transformOf(schema: unknown): unknown {
  return (schema as { _zod: { def: { out?: unknown } } })._zod.def.out;
}

/** Finds every transform inside `schema` that only changes the type of a string or number input to string. */
function toStringTransforms(schema: unknown, found: Set<unknown>, seen = new Set<unknown>()): void {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return;
  // `conclusion`: z.union([string, number]).transform(String)
  if (
    def.type === 'pipe' &&
    (def.in as { _zod?: { def?: { type?: string } } })?._zod?.def?.type === 'union'
  )
    found.add(def.out);
  for (const value of Object.values(def)) {
    if (Array.isArray(value)) for (const v of value) toStringTransforms(v, found, seen);
    else if (value && typeof value === 'object') {
      if ('_zod' in value) toStringTransforms(value, found, seen);
      else for (const v of Object.values(value)) toStringTransforms(v, found, seen);
    }
  }
}

function exportJsonSchemaOf(schema: z.ZodType): JsonSchema {
  const stringTransforms = new Set<unknown>();
  toStringTransforms(schema, stringTransforms);
  const known = new Map<unknown, JsonSchema>([
    [transformOf(deadlineSchema), DEADLINE_OUTPUT],
    [transformOf(documentNumberSchema), DOCUMENT_NUMBER_OUTPUT],
  ]);
  const generate = (s: z.ZodType): JsonSchema =>
    z.toJSONSchema(s, {
      io: 'output',
      unrepresentable: ({ zodSchema }) => {
        const hand = known.get(zodSchema);
        if (hand) return hand;
        if (stringTransforms.has(zodSchema)) return { type: 'string' };
        return 'throw';
      },
    });
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType } } })._zod.def;
  // A record schema that ends in a transform (documents: `kind` taken from `number`) keeps the
  // same fields, so its output is described by the object before the transform.
  return def.type === 'pipe' && def.in ? generate(def.in) : generate(schema);
}

/**
 * The JSON Schema of one record of `dist/data/<collection>.json`: the parsed record plus `id`
 * and, for Markdown collections, `body`.
 */
export function exportRecordJsonSchema(collection: CollectionName): JsonSchema {
  const spec = COLLECTIONS[collection];
  const record = exportJsonSchemaOf(spec.schema(linkAsObject));
  const withLinks = replaceLinkObjects(record);
  const properties = {
    id: {
      type: 'string',
      description: 'The record id: its file path under content/ without extension',
    },
    ...(withLinks.properties as JsonSchema),
    ...(spec.format === 'markdown'
      ? { body: { type: 'string', description: 'The Markdown text of the record' } }
      : {}),
  };
  const required = [
    'id',
    ...((withLinks.required as string[] | undefined) ?? []),
    ...(spec.format === 'markdown' ? ['body'] : []),
  ];
  const { $schema: _ignored, ...rest } = withLinks;
  return {
    $schema: DRAFT,
    title: `ntm-records: ${collection} (export)`,
    description: `One record of ${collection}.json as exported by the build`,
    ...rest,
    properties,
    required,
  };
}

// The generated link objects say `const: "<collection>"`; give them a description too.
function replaceLinkObjects(schema: JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const obj = node as JsonSchema;
    const props = obj.properties as Record<string, JsonSchema> | undefined;
    const collection = (props?.collection as { const?: unknown } | undefined)?.const;
    if (props && Object.keys(props).length === 2 && props.id && typeof collection === 'string') {
      return linkJsonSchema(collection as CollectionName);
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v)]));
  };
  return walk(schema) as JsonSchema;
}

/** The JSON Schema of a record as written in `content/<folder>/` (front matter, for Markdown records). */
export function inputRecordJsonSchema(collection: CollectionName): JsonSchema {
  const schema = z.toJSONSchema(COLLECTIONS[collection].schema(plainReference), {
    io: 'input',
  }) as JsonSchema;
  return { ...schema, title: `ntm-records: ${collection} (as written in content/)` };
}
