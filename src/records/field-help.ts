/**
 * The fields of each collection as a clerk writes them, with their help, read from the schemas:
 * the one place where field help is written is the schema itself (each field's
 * `.meta({ description, examples })`, in Vietnamese). `npm run new` skeletons, docs/records.md
 * and the open-data page are all made from this, so adding a field with its help to a schema is
 * all it takes for them to show it.
 *
 * It reads the schema through `z.toJSONSchema` (zod's input side: what is written in
 * `content/`), plus `writtenForms` for how shared pieces are written and where links point.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, folderOf, plainReference, type CollectionName } from '../schemas/index.ts';
import { writtenForms } from '../schemas/shared.ts';

/** A JSON Schema node, as `z.toJSONSchema` writes it. */
export type JsonSchema = Record<string, unknown>;

/** One field of a record, or of an object inside one. */
export interface FieldHelp {
  /** The field name, as written in a record. */
  name: string;
  /** True when a record must give it. */
  required: boolean;
  /** What it means, its form and its default, in Vietnamese (the schema's `description`). */
  help: string;
  /** How its value is written, in words (`day YYYY-MM-DD`, `list of ids in content/bodies/`). */
  form: string;
  /** The collection it links to (a link, or a list of links). */
  references?: CollectionName;
  /** For an object, or a list of objects: the fields of the object. */
  fields?: FieldHelp[];
  /** The JSON Schema of the field's value as written. */
  schema: JsonSchema;
}

const FORM = 'x-ntm-form';
const REFERENCES = 'x-ntm-references';

/** A collection's schema, built on the plain reference factory (the one outside Astro). */
export function collectionSchema(collection: CollectionName): z.ZodObject {
  const schema = COLLECTIONS[collection].schema(plainReference);
  if (!(schema instanceof z.ZodObject)) throw new Error(`${collection}: not an object schema`);
  return schema;
}

/** The input JSON Schema of `schema`, with how shared pieces are written and where links point marked. */
export function writtenJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const written = writtenForms.get(zodSchema);
      if (written?.form) (jsonSchema as JsonSchema)[FORM] = written.form;
      if (written?.references) (jsonSchema as JsonSchema)[REFERENCES] = written.references;
    },
  });
}

/** The top-level fields of an object schema, in schema order, each with its help. */
export function schemaFields(schema: z.ZodObject, where = 'record'): FieldHelp[] {
  return objectFields(writtenJsonSchema(schema), where);
}

const cache = new Map<CollectionName, FieldHelp[]>();

/** The top-level fields of a collection's records, in schema order, each with its help. */
export function collectionFields(collection: CollectionName): FieldHelp[] {
  let fields = cache.get(collection);
  if (!fields) {
    fields = schemaFields(collectionSchema(collection), collection);
    cache.set(collection, fields);
  }
  return fields;
}

/** The field at a dotted path (`tasks.deadline`), looking through lists of objects. */
export function fieldAt(collection: CollectionName, path: string): FieldHelp | undefined {
  let fields: FieldHelp[] | undefined = collectionFields(collection);
  let found: FieldHelp | undefined;
  for (const name of path.split('.')) {
    found = fields?.find((f) => f.name === name);
    fields = found?.fields;
  }
  return found;
}

function objectFields(schema: JsonSchema, where: string): FieldHelp[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, value]) => {
    if (typeof value.description !== 'string' || value.description.trim() === '')
      throw new Error(
        `${where}.${name} has no help: give the field .meta({ description: '…' }) in its schema (in Vietnamese: what it means, how it is written, its default)`,
      );
    const field: FieldHelp = {
      name,
      required: required.has(name),
      help: value.description,
      form: formOf(value),
      schema: value,
    };
    const references = referencesOf(value);
    if (references) field.references = references;
    const object = objectOf(value);
    if (object) field.fields = objectFields(object, `${where}.${name}`);
    return field;
  });
}

/** The object a value is, or each item of a list is; undefined for anything else. */
export function objectOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.type === 'object' && schema.properties) return schema;
  const items = schema.items as JsonSchema | undefined;
  if (schema.type === 'array' && items?.type === 'object' && items.properties) return items;
  return undefined;
}

function referencesOf(schema: JsonSchema): CollectionName | undefined {
  const items = schema.items as JsonSchema | undefined;
  return (schema[REFERENCES] ?? items?.[REFERENCES]) as CollectionName | undefined;
}

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/** How a value of `schema` is written, in words for docs/records.md. */
export function formOf(schema: JsonSchema): string {
  if (typeof schema[REFERENCES] === 'string')
    return `id in \`content/${folderOf(schema[REFERENCES] as CollectionName)}/\``;
  if (typeof schema[FORM] === 'string') return schema[FORM];
  if ('const' in schema) return `always \`${String(schema.const)}\``;
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(formOf).join(' or ');
  if (Array.isArray(schema.type)) return (schema.type as string[]).map(typeWord).join(' or ');
  switch (schema.type) {
    case 'array':
      return listForm(schema);
    case 'object':
      return schema.properties
        ? 'object'
        : `map: ${formOf(schema.propertyNames as JsonSchema)} → ${formOf(schema.additionalProperties as JsonSchema)}`;
    case 'integer':
    case 'number':
      return numberForm(schema);
    case 'string':
      return typeof schema.pattern === 'string' ? `text matching \`${schema.pattern}\`` : 'text';
    default:
      return typeWord(String(schema.type));
  }
}

function listForm(schema: JsonSchema): string {
  const items = schema.items as JsonSchema;
  const atLeast = typeof schema.minItems === 'number' && schema.minItems > 0;
  const of =
    typeof items[REFERENCES] === 'string'
      ? `ids in \`content/${folderOf(items[REFERENCES] as CollectionName)}/\``
      : items.type === 'object' && items.properties
        ? 'objects'
        : formOf(items);
  return `list${atLeast ? ` (at least ${String(schema.minItems)})` : ''} of ${of}`;
}

function numberForm(schema: JsonSchema): string {
  const word = schema.type === 'integer' ? 'whole number' : 'number';
  const min =
    typeof schema.exclusiveMinimum === 'number'
      ? schema.exclusiveMinimum + 1
      : typeof schema.minimum === 'number' && schema.minimum > -SAFE_INTEGER
        ? schema.minimum
        : undefined;
  const max =
    typeof schema.maximum === 'number' && schema.maximum < SAFE_INTEGER
      ? schema.maximum
      : undefined;
  if (min !== undefined && max !== undefined) return `${word} ${min}–${max}`;
  if (min !== undefined) return `${word} ≥ ${min}`;
  return word;
}

function typeWord(type: string): string {
  if (type === 'boolean') return '`true` or `false`';
  if (type === 'integer') return 'whole number';
  return type === 'string' ? 'text' : type;
}

/** The example the schema gives for its field `name` (`.meta({ examples })`), if any. */
export function fieldExample(schema: z.ZodObject, name: string): unknown {
  const field = (schema.shape as Record<string, z.ZodType>)[name];
  const examples = field ? z.globalRegistry.get(field)?.examples : undefined;
  return Array.isArray(examples) ? examples[0] : undefined;
}
