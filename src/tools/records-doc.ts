/**
 * The generated parts of docs/records.md (`npm run docs:records`): each field's table and the
 * table of which record points at which, made from the schemas (`src/records/field-help.ts`), so
 * the guide can never contradict them. The prose around them is written by hand; a generated
 * part sits between
 *
 *     <!-- generated: fields meetings -->   (a collection's fields, and the objects inside them)
 *     <!-- generated: fields meetings.tasks -->   (the fields of the object at a path)
 *     <!-- generated: references -->   (which field of which collection links to which collection)
 *     <!-- /generated -->
 *
 * An object field (a task, a source, a person) links to the table of that object when the guide
 * has one elsewhere; otherwise its table follows its collection's.
 */
import { COLLECTION_NAMES, folderOf, type CollectionName } from '../schemas/index.ts';
import {
  collectionFields,
  fieldAt,
  objectOf,
  type FieldHelp,
  type JsonSchema,
} from '../records/field-help.ts';

const PART = /<!-- generated: ([^>]*?) -->\n[\s\S]*?<!-- \/generated -->/g;

/** `template` (docs/records.md) with every generated part made anew from the schemas. */
export function renderRecordsDoc(template: string): string {
  const shared = sharedTables(template);
  return template.replace(PART, (_, spec: string) => {
    const body = renderPart(spec.trim(), shared);
    return `<!-- generated: ${spec} -->\n${body}\n<!-- /generated -->`;
  });
}

/** The collections the guide gives no `fields <collection>` part (each needs one). */
export function collectionsWithoutTable(template: string): CollectionName[] {
  const specs = new Set([...template.matchAll(PART)].map((m) => m[1]!.trim()));
  return COLLECTION_NAMES.filter((c) => !specs.has(`fields ${c}`));
}

/** Where an object's fields are listed elsewhere in the guide: shape of the object → anchor. */
type SharedTables = Map<string, { anchor: string; title: string }>;

function sharedTables(template: string): SharedTables {
  const tables: SharedTables = new Map();
  for (const m of template.matchAll(PART)) {
    const [kind, path] = m[1]!.trim().split(/\s+/) as [string, string | undefined];
    if (kind !== 'fields' || !path?.includes('.')) continue;
    const field = resolve(path);
    const heading = headingBefore(template, m.index);
    tables.set(shapeKey(field), { anchor: anchorOf(heading), title: heading });
  }
  return tables;
}

function renderPart(spec: string, shared: SharedTables): string {
  const [kind, path] = spec.split(/\s+/) as [string, string | undefined];
  if (kind === 'references' && path === undefined) return referencesTable();
  if (kind === 'fields' && path !== undefined) {
    if (!path.includes('.')) return collectionTables(path as CollectionName, shared);
    return fieldsTable(resolve(path).fields, shared, new Map());
  }
  throw new Error(
    `docs/records.md: "<!-- generated: ${spec} -->" is not a part this script makes (fields <collection>[.<path>], references)`,
  );
}

function resolve(path: string): FieldHelp & { fields: FieldHelp[] } {
  const [collection, ...rest] = path.split('.');
  if (!COLLECTION_NAMES.includes(collection as CollectionName))
    throw new Error(`docs/records.md: no collection "${collection}" (in "${path}")`);
  const field = fieldAt(collection as CollectionName, rest.join('.'));
  if (!field?.fields) throw new Error(`docs/records.md: "${path}" is not an object field`);
  return field as FieldHelp & { fields: FieldHelp[] };
}

/** A collection's table, then the table of each object inside it that has none elsewhere. */
function collectionTables(collection: CollectionName, shared: SharedTables): string {
  if (!COLLECTION_NAMES.includes(collection))
    throw new Error(`docs/records.md: no collection "${collection}"`);
  const below = new Map<FieldHelp, string>();
  const parts = [fieldsTable(collectionFields(collection), shared, below)];
  for (const [field, path] of below)
    parts.push(
      `\`${path}\`${field.schema.type === 'array' ? ', each item' : ''}:`,
      fieldsTable(field.fields!, shared, below, `${path}.`),
    );
  return parts.join('\n\n');
}

/**
 * A table of `fields`. Object fields link to their table elsewhere in the guide, or are added
 * to `below` (with their path) for a table after this one.
 */
function fieldsTable(
  fields: readonly FieldHelp[],
  shared: SharedTables,
  below: Map<FieldHelp, string>,
  prefix = '',
): string {
  const rows = fields.map((f) => {
    let form = f.form;
    if (f.fields) {
      const elsewhere = shared.get(shapeKey(f));
      if (elsewhere) form += `: see [${elsewhere.title}](#${elsewhere.anchor})`;
      else {
        below.set(f, `${prefix}${f.name}`);
        form += ': see below';
      }
    }
    return `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | ${cell(form)} | ${cell(f.help)} |`;
  });
  return [
    '| field | required | written as | help (Vietnamese, from the schema) |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Which fields of which collection link to which collection, at any depth. */
function referencesTable(): string {
  const rows: string[] = [];
  for (const collection of COLLECTION_NAMES) {
    const byTarget = new Map<CollectionName, string[]>();
    const walk = (fields: readonly FieldHelp[], prefix: string) => {
      for (const f of fields) {
        const path = `${prefix}${f.name}`;
        if (f.references) byTarget.set(f.references, [...(byTarget.get(f.references) ?? []), path]);
        if (f.fields) walk(f.fields, `${path}${f.schema.type === 'array' ? '[]' : ''}.`);
      }
    };
    walk(collectionFields(collection), '');
    for (const target of COLLECTION_NAMES) {
      const paths = byTarget.get(target);
      if (paths)
        rows.push(
          `| \`${folderOf(collection)}\` | \`${folderOf(target)}\` | ${paths.map((p) => `\`${p}\``).join(', ')} |`,
        );
    }
  }
  return ['| a record in | may point at | through |', '|---|---|---|', ...rows].join('\n');
}

/** The fields of an object, as a key: the same object in two places has the same key. */
function shapeKey(field: FieldHelp): string {
  const object = objectOf(field.schema) as JsonSchema;
  return JSON.stringify([object.properties, object.required ?? []]);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The text of the last heading before `index`. */
function headingBefore(text: string, index: number): string {
  const headings = [...text.slice(0, index).matchAll(/^#{1,6} (.+)$/gm)];
  const last = headings.at(-1);
  if (!last)
    throw new Error('docs/records.md: a generated part of an object needs a heading above it');
  return last[1]!;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
