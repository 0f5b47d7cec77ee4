/** Documents: Party and State documents (plans, conclusions, decisions, notices, …). */
import { z } from 'astro/zod';
import { DOCUMENT_TYPE_NAMES, parseDocumentNumber } from '../domain/document-number.ts';
import {
  commonFields,
  isoDate,
  personSchema,
  sourceSchema,
  text,
  type ReferenceFactory,
} from './shared.ts';

/** A document number as written, parsed under the Party or State convention. */
export const documentNumberSchema = z
  .string({ error: 'ghi số và ký hiệu đúng như in trên văn bản, ví dụ 60-KH/HU hoặc 89/KH-UBND' })
  .trim()
  .transform((raw, ctx) => {
    const parsed = parseDocumentNumber(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return { ...parsed.value, raw };
  });

const documentTypeCode = z.enum(Object.keys(DOCUMENT_TYPE_NAMES) as [string, ...string[]], {
  error: `phải là một mã loại văn bản: ${Object.keys(DOCUMENT_TYPE_NAMES).join(', ')}`,
});

export function documentSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `document`. Default: `document`. */
      type: z.literal('document').default('document'),
      /** Number and symbol as printed (`60-KH/HU`, `89/KH-UBND`, `51/2025/QĐ-TTg`). Default: none (a notice printed without one, or cited by number only). */
      number: documentNumberSchema.optional(),
      /** Type code (KH, KL, TB, QĐ, …). Default: taken from `number`; required when there is no number. */
      kind: documentTypeCode.optional(),
      /**
       * Title (trích yếu) as printed. Default: none: leave it out when no source gives the title
       * (never write a description in its place); the site then names the document by its type
       * and number and says the title is not in the record.
       */
      title: text.optional(),
      /**
       * What a document without a `number` is called: the sources' words when they cite it
       * without its full number ("Quyết định số 1447 của Ban Thường vụ Huyện ủy", "Nghị quyết
       * Đại hội đại biểu Đảng bộ xã khóa XXVI"). The site names the document by it. Default:
       * none.
       */
      knownAs: text.optional(),
      /** The body that issued it (id in content/bodies/). */
      issuer: reference('bodies'),
      /** Day of issue. Default: unknown (some citations give only the number). */
      date: isoDate.optional(),
      /** Who signed it and on whose behalf. Default: unknown. */
      signer: personSchema(reference).optional(),
      /** Signing formula above the signature (e.g. "T/L Ban Thường vụ"). Default: none. */
      signedFor: text.optional(),
      /** Recipients (Nơi nhận), one line each, as printed. Default: none. */
      recipients: z.array(text).default([]),
      /** Documents this one carries out (e.g. a conclusion implementing a plan). Default: none. */
      implements: z.array(reference('documents')).default([]),
      /** Documents this one replaces. Default: none. */
      supersedes: z.array(reference('documents')).default([]),
      /** Documents this one amends. Default: none. */
      amends: z.array(reference('documents')).default([]),
      /** Other documents it mentions (e.g. in its recipients or text). Default: none. */
      cites: z.array(reference('documents')).default([]),
      /** Places the document concerns. Default: none. */
      places: z.array(reference('places')).default([]),
      /** The published article the document was read from, when it was. Default: none. */
      source: sourceSchema.optional(),
      /** A one-sentence summary in our words. Default: none. */
      summary: text.optional(),
      ...commonFields(reference),
    })
    .transform((d) => ({ ...d, kind: d.kind ?? d.number?.type }))
    .refine((d) => d.number !== undefined || d.title !== undefined || d.knownAs !== undefined, {
      error:
        'văn bản không có `number` thì phải có `title` (trích yếu) hoặc `knownAs` (tên gọi văn bản theo cách bài viết trích dẫn, ví dụ "Quyết định số 1447 của Ban Thường vụ Huyện ủy")',
      path: ['knownAs'],
    })
    .refine((d) => d.kind !== undefined, {
      error: 'văn bản không có `number` thì phải ghi `kind` (mã loại văn bản, ví dụ TB)',
      path: ['kind'],
    })
    .refine((d) => !(d.number?.type && d.kind !== d.number.type), {
      error: '`kind` không khớp với loại văn bản trong `number`: sửa lại một trong hai',
      path: ['kind'],
    });
}
export type DocumentRecord = z.output<ReturnType<typeof documentSchema>>;
