/**
 * The top-level field names of a record schema, in the order the schema declares them. Used for
 * CSV columns and to check that skeletons list every field.
 */
import type { z } from 'astro/zod';

interface ZodDefLike {
  type?: string;
  shape?: Record<string, unknown>;
  in?: unknown;
  innerType?: unknown;
  schema?: unknown;
}

/**
 * Returns the keys of the object at the heart of `schema`, looking through `.transform` pipes,
 * `.optional()`, `.default()` and similar wrappers. Throws when the schema is not an object.
 */
export function schemaFieldNames(schema: z.ZodType): string[] {
  let current: unknown = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    const def = (current as { _zod?: { def?: ZodDefLike } })._zod?.def;
    if (!def) break;
    if (def.type === 'object' && def.shape) return Object.keys(def.shape);
    current = def.in ?? def.innerType ?? def.schema;
    if (current === undefined) break;
  }
  throw new Error('schemaFieldNames: the schema is not an object schema');
}
