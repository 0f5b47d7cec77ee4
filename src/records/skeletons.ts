/**
 * Skeleton records for `npm run new -- <kind>`: every field of the collection's schema, each
 * with its help in Vietnamese (what it means, how it is written, its default) and a value.
 * Made from the schemas (`field-help.ts`): a field added to a schema with its help appears here
 * with nothing else to change. Required values are placeholders written `«…»` around the
 * schema's example (the file does not validate until they are replaced); optional fields are
 * commented out, ready to be uncommented.
 */
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { z } from 'astro/zod';
import {
  collectionSchema,
  fieldExample,
  schemaFields,
  type FieldHelp,
  type JsonSchema,
} from './field-help.ts';

/** One field of a skeleton. */
export interface SkeletonField {
  key: string;
  /** What it means, in Vietnamese, with its default. */
  help: string;
  /** The value written: the schema's example (as a placeholder when the field is filled in). */
  value: unknown;
  /** Written out (not commented), with its value as a placeholder to replace. */
  filledIn: boolean;
  required: boolean;
}

/** Markdown bodies of the skeletons of Markdown collections: the sections a record has. */
const BODIES: Partial<Record<CollectionName, string>> = {
  documents: '«Nội dung chính của văn bản, hoặc xoá dòng này nếu chỉ có số hiệu.»\n',
  meetings:
    '## Kết quả\n\n«Kết quả, bằng lời của mình.»\n\n## Tồn tại, hạn chế\n\n- «…»\n\n## Kết luận\n\n1. «…»\n',
  plans: '«Nội dung chính của kế hoạch, bằng lời của mình.»\n',
};

/**
 * Optional fields a skeleton writes out all the same: a record needs one of `reportedIn` and
 * `reportedBy`, a document its `number` or its `kind`, and whether anyone chaired a meeting is
 * worth a clerk's look.
 */
const FILLED_IN: Partial<Record<CollectionName, readonly string[]>> = {
  documents: ['number', 'title'],
  plans: ['title'],
  criteriaSets: ['criteria'],
  meetings: ['chairs'],
  assessments: ['reportedIn'],
  statistics: ['reportedIn'],
  recognitions: ['reportedIn'],
};

/** The fields of a collection's skeleton, in schema order. */
export function skeletonFields(collection: CollectionName): SkeletonField[] {
  return skeletonFieldsOf(collectionSchema(collection), FILLED_IN[collection]);
}

/** The skeleton fields of any object schema; `filledIn` names optional ones written out all the same. */
export function skeletonFieldsOf(
  schema: z.ZodObject,
  filledIn: readonly string[] = [],
): SkeletonField[] {
  return schemaFields(schema).map((f) => ({
    key: f.name,
    help: f.help,
    value: fieldExample(schema, f.name) ?? valueFromSchema(f),
    filledIn: f.required || filledIn.includes(f.name),
    required: f.required,
  }));
}

/** A value for a field whose schema gives no example: its only value, first choice or default. */
function valueFromSchema(field: FieldHelp): unknown {
  const s: JsonSchema = field.schema;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('default' in s) return s.default;
  if (s.type === 'array') return [];
  if (s.type === 'boolean') return false;
  if (s.type === 'integer' || s.type === 'number')
    return typeof s.minimum === 'number' && s.minimum > Number.MIN_SAFE_INTEGER ? s.minimum : 1;
  return '…';
}

/** `value` with every text and number inside it written as a placeholder «…». */
function asPlaceholder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asPlaceholder);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asPlaceholder(v)]));
  return typeof value === 'string' || typeof value === 'number' ? `«${value}»` : value;
}

/** The names a clerk may type after `npm run new --`, for each collection. */
export const SKELETON_ALIASES: Record<string, CollectionName> = {
  place: 'places',
  places: 'places',
  'dia-ban': 'places',
  body: 'bodies',
  bodies: 'bodies',
  'co-quan': 'bodies',
  programme: 'programmes',
  programmes: 'programmes',
  'chuong-trinh': 'programmes',
  document: 'documents',
  documents: 'documents',
  'van-ban': 'documents',
  'criteria-set': 'criteriaSets',
  'criteria-sets': 'criteriaSets',
  criteriaSets: 'criteriaSets',
  'bo-tieu-chi': 'criteriaSets',
  meeting: 'meetings',
  meetings: 'meetings',
  'cuoc-hop': 'meetings',
  plan: 'plans',
  plans: 'plans',
  'ke-hoach': 'plans',
  assessment: 'assessments',
  assessments: 'assessments',
  'danh-gia': 'assessments',
  statistics: 'statistics',
  statistic: 'statistics',
  'so-lieu': 'statistics',
};

/** The placeholders «…» left in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/«[^»]*»/g)].map((m) => m[0]);
}

/** Wraps a comment at about 100 characters, each line starting with `#` and `lead`. */
function comment(text: string, lead: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && `# ${lead}${line} ${word}`.length > 100) {
      lines.push(`# ${lead}${line}`);
      line = word;
      lead = '   ';
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(`# ${lead}${line}`);
  return lines;
}

/** The text of a collection's skeleton file: YAML (front matter, for Markdown records) with every field explained. */
export function renderSkeleton(collection: CollectionName): string {
  const yaml = [
    `# Bản ghi mới (${collection}). Thay mọi chỗ «…» bằng giá trị thật; bỏ dấu # trước các trường không bắt buộc muốn dùng.`,
    '# Xem đủ các trường trong docs/records.md; kiểm tra bằng: npm run validate',
    '',
    renderFields(skeletonFields(collection)),
  ].join('\n');
  if (COLLECTIONS[collection].format !== 'markdown') return yaml;
  return `---\n${yaml.trimEnd()}\n---\n${BODIES[collection] ?? '«…»\n'}`;
}

/** Skeleton fields as YAML lines: each field's help as a comment, then the field (commented out when optional). */
export function renderFields(fields: readonly SkeletonField[]): string {
  const lines: string[] = [];
  for (const f of fields) {
    const label = `── ${f.key} (${f.required ? 'bắt buộc' : 'không bắt buộc'}): `;
    const value = f.filledIn ? asPlaceholder(f.value) : f.value;
    const yaml = stringify({ [f.key]: value }, { lineWidth: 0 }).trimEnd();
    lines.push(
      ...comment(f.help, label),
      ...yaml.split('\n').map((l) => (f.filledIn ? l : `# ${l}`)),
      '',
    );
  }
  return lines.join('\n');
}
