/**
 * Pieces shared by every record schema: dates, references, sources, people, inferences.
 *
 * Schemas are written for clerks: each field accepts the shape a person would type in YAML
 * (Vietnamese status words, plain dates) and normalises it with `.transform`, so pages and
 * the domain modules in `src/domain/` only ever see one shape.
 */
import { z } from 'astro/zod';

/** The collections under `content/`, in the order a record may depend on them. */
export const COLLECTION_NAMES = [
  'places',
  'bodies',
  'programmes',
  'documents',
  'criteriaSets',
  'meetings',
  'plans',
  'assessments',
  'statistics',
] as const;

export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A link to another record, as stored after parsing: which collection and which id. */
export interface RecordRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Makes the schema of a link to a record of collection `C`. Astro's `reference()` is passed in
 * by `src/content.config.ts`; the validator passes `plainReference`, which yields the same
 * `{ collection, id }` shape. Whether the target exists is a cross-record rule
 * (`src/records/rules.ts`), because one record cannot know the others.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<RecordRef<C>>;

/** The reference factory used outside Astro (validator, tests, scripts). */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) =>
  z
    .string({
      error: `ghi id của một bản ghi trong content/${folderOf(collection)}/ (đường dẫn của tệp, bỏ phần đuôi)`,
    })
    .min(1, {
      error: `id đang để trống: ghi id của một bản ghi trong content/${folderOf(collection)}/`,
    })
    .transform((id): RecordRef<C> => ({ collection, id })) as unknown as z.ZodType<RecordRef<C>>;

/** The folder under `content/` that holds a collection. */
export function folderOf(collection: CollectionName): string {
  return collection === 'criteriaSets' ? 'criteria-sets' : collection;
}

/** Checks that a `YYYY-MM-DD` string names a real calendar day. */
export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A calendar day written `YYYY-MM-DD` (e.g. `2023-07-11`); kept as that string. */
export const isoDate = z
  .string({ error: 'ghi ngày theo dạng YYYY-MM-DD, ví dụ 2023-07-11' })
  .regex(ISO_DAY, {
    abort: true,
    error: (issue) =>
      `"${String(issue.input)}" không phải ngày theo dạng YYYY-MM-DD (ngày 11/7/2023 ghi là 2023-07-11)`,
  })
  .refine(isRealDay, {
    error: (issue) => `ngày ${String(issue.input)} không có trên lịch: kiểm tra lại ngày và tháng`,
  });

/** A calendar month written `YYYY-MM` (e.g. `2023-08`). */
export const isoMonth = z
  .string({ error: 'ghi tháng theo dạng YYYY-MM, ví dụ 2023-08' })
  .regex(ISO_MONTH, {
    error: (issue) =>
      `"${String(issue.input)}" không phải tháng theo dạng YYYY-MM (tháng 8/2023 ghi là 2023-08)`,
  });

/** A non-empty line of text, trimmed. */
export const text = z
  .string({ error: 'ghi nội dung bằng chữ vào đây' })
  .trim()
  .min(1, { error: 'không được để trống: ghi nội dung, hoặc xoá cả dòng này' });

/** A lower-case ASCII slug such as `lam-hop`, used for ids inside a record (tasks, targets). */
export const slug = z
  .string({
    error: 'ghi một mã ngắn bằng chữ thường không dấu (a–z), chữ số và dấu gạch nối, ví dụ t1',
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" không phải mã hợp lệ: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ giao-thong)`,
  });

/** A web address (http or https only). */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'ghi đầy đủ địa chỉ trang web, bắt đầu bằng https:// hoặc http://',
});

/**
 * Where a record's facts come from: the published article.
 * Every record made from an article carries one, so a reader can check it.
 */
export const sourceSchema = z.strictObject({
  /** Headline of the article as published. */
  title: text,
  /** Who published it (the website's owner, e.g. "Huyện ủy Nam Giang"). Default: not shown in the archived copy. */
  publisher: text.optional(),
  /** Address of the article, when known. Default: none (the archived copy stands in). */
  url: webUrl.optional(),
  /** Day the article was published (YYYY-MM-DD). */
  publishedAt: isoDate.optional(),
  /** Time of publication as shown by the site (HH:MM or HH:MM:SS), when shown. */
  publishedTime: z
    .string()
    .regex(/^\d{1,2}:\d{2}(?::\d{2})?$/, {
      error: 'ghi giờ theo dạng HH:MM hoặc HH:MM:SS, ví dụ 16:58',
    })
    .optional(),
  /** Author or desk credited by the article. */
  author: text.optional(),
  /** File name of the archived copy of the article under `content/sources/` (e.g. `000_f394016b0c7f8a8b.txt`). */
  archive: z
    .string()
    .regex(/^[\w.-]+\.txt$/, { error: 'ghi tên một tệp .txt có trong content/sources/' })
    .optional(),
});
export type Source = z.output<typeof sourceSchema>;

/**
 * A value the source does not state outright but that was worked out (e.g. a year the article
 * omits). The record keeps the value in its field and says here how it was inferred.
 */
export const inferenceSchema = z.strictObject({
  /** Field path of the inferred value, e.g. `date` or `tasks.t2.deadline`. */
  field: text,
  /** How it was inferred, in Vietnamese, for readers. */
  note: text,
});
export type Inference = z.output<typeof inferenceSchema>;

/**
 * A person as a record names them: name (when given) and the positions stated with it.
 * Articles sometimes name only a group ("các đồng chí Thường trực Huyện ủy"): then `name` is
 * omitted and `description` says who.
 */
export function personSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Full name as written, without the title "Đ/c". Default: none (a group or unnamed office). */
      name: text.optional(),
      /** Positions stated with the name, in the article's order (e.g. ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]). */
      positions: z.array(text).default([]),
      /** The role this person had in the record (e.g. "Tổ trưởng Tổ công tác", "Tổ phó"). */
      role: text.optional(),
      /** The body the person represents, when it has a record. */
      body: reference('bodies').optional(),
      /** Who is meant when no single person is named (e.g. "Các đồng chí Thường trực Huyện ủy"). */
      description: text.optional(),
    })
    .refine((p) => p.name !== undefined || p.description !== undefined, {
      error: 'ghi tên người (`name`), hoặc mô tả (`description`) khi bài không nêu tên ai',
    });
}
export type Person = z.output<ReturnType<typeof personSchema>>;

/** Record fields every collection shares. */
export function commonFields(reference: ReferenceFactory) {
  return {
    /** Values worked out rather than stated; see `inferenceSchema`. Default: none. */
    inferences: z.array(inferenceSchema).default([]),
    /** Programmes the record concerns (ids in content/programmes/). Default: none. */
    programmes: z.array(reference('programmes')).default([]),
  };
}
