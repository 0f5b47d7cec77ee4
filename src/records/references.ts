/**
 * The links inside a parsed record. After parsing, every link to another record, wherever it
 * sits (a field, a list, a task, a person), is a `{ collection, id }` object; this module is the
 * one walker that finds them, for the validator (does each target exist?) and for the site
 * (backlinks, which documents a record cites).
 */
import { COLLECTION_NAMES, type RecordRef } from '../schemas/index.ts';

/** A link and the field path where it sits (e.g. `['tasks', 0, 'assignees', 1]`). */
export interface ReferenceAt {
  ref: RecordRef;
  path: PropertyKey[];
}

const COLLECTIONS: ReadonlySet<string> = new Set(COLLECTION_NAMES);

/** True for a parsed link: an object with exactly `collection` (a collection name) and `id`. */
export function isRecordRef(value: unknown): value is RecordRef {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const { collection, id } = value as Partial<RecordRef>;
  return typeof id === 'string' && typeof collection === 'string' && COLLECTIONS.has(collection);
}

/** Every link inside `value` (a record's parsed data), in document order, with its field path. */
export function collectReferences(value: unknown): ReferenceAt[] {
  const found: ReferenceAt[] = [];
  const path: PropertyKey[] = [];
  const walk = (node: unknown): void => {
    if (isRecordRef(node)) found.push({ ref: node, path: [...path] });
    else if (Array.isArray(node))
      node.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
    else if (node && typeof node === 'object')
      for (const [key, item] of Object.entries(node)) {
        path.push(key);
        walk(item);
        path.pop();
      }
  };
  walk(value);
  return found;
}
