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
  'recognitions',
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
export type ReferenceFactory = <C extends CollectionName>(
  collection: C,
) => z.ZodType<RecordRef<C>, string>;

/**
 * How a value is written, for the generated field help (docs/records.md, `npm run new`): the
 * form of a shared piece (a date, a code) and the collection a link points at. Kept out of
 * zod's global registry, so the published JSON Schemas carry only standard keywords.
 */
export const writtenForms = z.registry<{ form?: string; references?: CollectionName }>();

/** The reference factory used outside Astro (validator, tests, scripts). */
export const plainReference: ReferenceFactory = <C extends CollectionName>(collection: C) => {
  const id = z
    .string({
      error: `ghi id của một bản ghi trong content/${folderOf(collection)}/ (đường dẫn của tệp, bỏ phần đuôi)`,
    })
    .min(1, {
      error: `id đang để trống: ghi id của một bản ghi trong content/${folderOf(collection)}/`,
    });
  writtenForms.add(id, { references: collection });
  // The parsed shape is stated as a schema, so that JSON Schema can describe it.
  const link = z
    .strictObject({ collection: z.literal(collection), id: z.string().min(1) })
    .meta({ description: `Liên kết tới một bản ghi trong content/${folderOf(collection)}/` });
  return id.transform((value): RecordRef<C> => ({ collection, id: value })).pipe(link);
};

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
writtenForms.add(isoDate, { form: 'day `YYYY-MM-DD`' });

/** A calendar month written `YYYY-MM` (e.g. `2023-08`). */
export const isoMonth = z
  .string({ error: 'ghi tháng theo dạng YYYY-MM, ví dụ 2023-08' })
  .regex(ISO_MONTH, {
    error: (issue) =>
      `"${String(issue.input)}" không phải tháng theo dạng YYYY-MM (tháng 8/2023 ghi là 2023-08)`,
  });
writtenForms.add(isoMonth, { form: 'month `YYYY-MM`' });

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
writtenForms.add(slug, { form: 'code: `a`–`z`, `0`–`9`, `-`' });

/** A web address (http or https only). */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'ghi đầy đủ địa chỉ trang web, bắt đầu bằng https:// hoặc http://',
});
writtenForms.add(webUrl, { form: 'web address `https://…`' });

/** A time of day as a site shows it: `H:MM`, `HH:MM` or `HH:MM:SS`. */
const clockTime = z.string().regex(/^\d{1,2}:\d{2}(?::\d{2})?$/, {
  error: 'ghi giờ theo dạng HH:MM hoặc HH:MM:SS, ví dụ 16:58',
});
writtenForms.add(clockTime, { form: 'time `HH:MM` or `HH:MM:SS`' });

/** The file name of an archived article under `content/sources/`. */
const archiveFile = z
  .string()
  .regex(/^[\w.-]+\.txt$/, { error: 'ghi tên một tệp .txt có trong content/sources/' });
writtenForms.add(archiveFile, { form: 'file name `….txt`' });

/**
 * Where a record's facts come from: the published article.
 * Every record made from an article carries one, so a reader can check it.
 */
export const sourceSchema = z.strictObject({
  title: text.meta({ description: 'Tiêu đề bài báo, đúng như đã đăng.' }),
  publisher: text.optional().meta({
    description:
      'Cơ quan đăng bài (chủ trang web, vd "Huyện ủy Nam Giang"). Mặc định: không ghi, khi bản lưu không cho biết (không đoán).',
  }),
  url: webUrl.optional().meta({
    description: 'Địa chỉ đầy đủ của bài (http hoặc https). Mặc định: không ghi, khi chưa biết.',
  }),
  publishedAt: isoDate
    .optional()
    .meta({ description: 'Ngày đăng bài. Mặc định: không ghi, khi trang không ghi.' }),
  publishedTime: clockTime.optional().meta({
    description:
      'Giờ đăng như trang ghi, dạng HH:MM hoặc HH:MM:SS; đặt trong ngoặc kép: "16:58". Mặc định: không ghi.',
  }),
  author: text.optional().meta({
    description: 'Tác giả hoặc bộ phận được ghi dưới bài, như bài ghi. Mặc định: không ghi.',
  }),
  archive: archiveFile.optional().meta({
    description:
      'Tên tệp bản lưu bài báo trong content/sources/ (vd 000_f394016b0c7f8a8b.txt); trình kiểm tra xem tệp có thật không. Nên luôn ghi. Mặc định: không có.',
  }),
});
export type Source = z.output<typeof sourceSchema>;

/**
 * A value the source does not state outright but that was worked out (e.g. a year the article
 * omits). The record keeps the value in its field and says here how it was inferred.
 */
export const inferenceSchema = z.strictObject({
  field: text.meta({
    description:
      'Đường dẫn tới trường có giá trị suy ra, vd `date`, `source.publishedAt`, `tasks.t2.deadline`.',
  }),
  note: text.meta({
    description: 'Giá trị đó được suy ra thế nào, viết bằng tiếng Việt cho người đọc.',
  }),
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
      name: text.optional().meta({
        description:
          'Họ tên đầy đủ như bài ghi, không kèm "Đ/c". Cần `name` hoặc `description`. Mặc định: không có (một nhóm, hoặc bài không nêu tên).',
      }),
      positions: z.array(text).default([]).meta({
        description:
          'Chức vụ ghi kèm tên, theo thứ tự trong bài (vd ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"]). Mặc định: không có.',
      }),
      role: text.optional().meta({
        description:
          'Vai trò của người đó trong bản ghi này (vd "Tổ phó", "Chủ trì và kết luận"). Mặc định: không ghi.',
      }),
      body: reference('bodies').optional().meta({
        description: 'Cơ quan người đó đại diện, nếu cơ quan có bản ghi. Mặc định: không có.',
      }),
      description: text.optional().meta({
        description:
          'Ai được nói tới khi bài không nêu tên một người (vd "Các đồng chí Thường trực Huyện ủy"). Cần `name` hoặc `description`. Mặc định: không có.',
      }),
    })
    .refine((p) => p.name !== undefined || p.description !== undefined, {
      error: 'ghi tên người (`name`), hoặc mô tả (`description`) khi bài không nêu tên ai',
    });
}
export type Person = z.output<ReturnType<typeof personSchema>>;

/** Record fields every collection shares. */
export function commonFields(reference: ReferenceFactory) {
  return {
    inferences: z
      .array(inferenceSchema)
      .default([])
      .meta({
        description:
          'Giá trị bài không ghi rõ mà được suy ra: mỗi mục ghi `field` (trường nào) và `note` (suy ra thế nào). Mặc định: không có.',
        examples: [
          [
            {
              field: 'date',
              note: 'Bài chỉ ghi "Chiều ngày 11/7"; năm 2023 suy từ các hạn chót trong bài và ngày đăng 13/07.',
            },
          ],
        ],
      }),
    programmes: z
      .array(reference('programmes'))
      .default([])
      .meta({
        description:
          'Các chương trình bản ghi liên quan (id trong content/programmes/). Mặc định: không có.',
        examples: [['nong-thon-moi']],
      }),
  };
}

/**
 * Who reported a count, figure or recognition: a meeting, a document, or (for news that reports
 * progress with no meeting and no document) the published article itself. At least one is
 * required; `reportedByOneOf` says so in a clerk's words.
 */
export function reportingFields(reference: ReferenceFactory) {
  return {
    reportedIn: reference('meetings')
      .optional()
      .meta({
        description:
          'Cuộc họp báo cáo điều này (id trong content/meetings/). Cần một trong `reportedIn`, `reportedBy`, `source`. Mặc định: không có.',
        examples: ['2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop'],
      }),
    reportedBy: reference('documents')
      .optional()
      .meta({
        description:
          'Văn bản báo cáo điều này (id trong content/documents/). Cần một trong `reportedIn`, `reportedBy`, `source`. Mặc định: không có.',
        examples: ['ha-tinh/ky-anh/huyen-uy/2020-09-10-bao-cao'],
      }),
    source: sourceSchema.optional().meta({
      description:
        'Bài báo đưa tin, khi không có cuộc họp hay văn bản nào báo cáo (tin tiến độ): `title`, `publisher`, `publishedAt`, `url`, `archive`. Mặc định: không có.',
      examples: [{ title: 'Xã Mẫu Sơn đạt 15/19 tiêu chí', publishedAt: '2024-01-23' }],
    }),
  };
}

/** The refinement that a record names who reported it, with its message. */
export function reportedByOneOf(what: string) {
  return [
    (r: { reportedIn?: unknown; reportedBy?: unknown; source?: unknown }) =>
      r.reportedIn !== undefined || r.reportedBy !== undefined || r.source !== undefined,
    {
      error: `ghi rõ ai báo cáo ${what}: \`reportedIn\` (một cuộc họp), \`reportedBy\` (một văn bản), hoặc \`source\` (bài báo, khi bài chỉ đưa tin mà không có cuộc họp hay văn bản nào)`,
      path: ['reportedIn'] as PropertyKey[],
    },
  ] as const;
}
