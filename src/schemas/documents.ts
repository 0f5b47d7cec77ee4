/** Documents: Party and State documents (plans, conclusions, decisions, notices, …). */
import { z } from 'astro/zod';
import { DOCUMENT_TYPE_NAMES, parseDocumentNumber } from '../domain/document-number.ts';
import {
  commonFields,
  isoDate,
  personSchema,
  sourceSchema,
  text,
  writtenForms,
  type ReferenceFactory,
} from './shared.ts';

/** A document number taken apart, as the record keeps it (`ParsedDocumentNumber` plus `raw`). */
export const documentNumberOutputSchema = z
  .strictObject({
    system: z.enum(['party', 'state']).meta({
      description: 'party: số kiểu Đảng (60-KH/HU); state: số kiểu Nhà nước (89/KH-UBND).',
    }),
    number: z.number().int().meta({ description: 'Số thứ tự, bỏ số 0 ở đầu (06-ĐA/HU: 6).' }),
    issuer: z.string().meta({ description: 'Ký hiệu cơ quan ban hành (HU, UBND, TTg, VPCP-NN).' }),
    canonical: z
      .string()
      .meta({ description: 'Số viết lại theo chuẩn của hệ thống, để so sánh và liên kết.' }),
    warnings: z
      .array(z.string())
      .meta({ description: 'Điều cần kiểm tra lại (vd số viết lẫn hai kiểu).' }),
    year: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Năm ghi trong số (51/2025/QĐ-TTg: 2025).' }),
    type: z.string().optional().meta({ description: 'Mã loại văn bản, viết chuẩn (KH, QĐ, QĐi).' }),
    typeName: z.string().optional().meta({ description: 'Tên loại văn bản (Kế hoạch).' }),
    raw: z.string().meta({ description: 'Số, ký hiệu như bản ghi viết.' }),
  })
  // In the order `parseDocumentNumber` builds it, so the exported JSON keeps its key order.
  .meta({ description: 'Số, ký hiệu văn bản đã tách thành từng phần.' });

const numberAsPrinted = z
  .string({ error: 'ghi số và ký hiệu đúng như in trên văn bản, ví dụ 60-KH/HU hoặc 89/KH-UBND' })
  .trim();
writtenForms.add(numberAsPrinted, { form: 'number as printed (`60-KH/HU`, `89/KH-UBND`)' });

/** A document number as written, parsed under the Party or State convention. */
export const documentNumberSchema = numberAsPrinted
  .transform((raw, ctx): z.input<typeof documentNumberOutputSchema> => {
    const parsed = parseDocumentNumber(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return { ...parsed.value, raw };
  })
  .pipe(documentNumberOutputSchema);

const documentTypeCode = z.enum(Object.keys(DOCUMENT_TYPE_NAMES) as [string, ...string[]], {
  error: `phải là một mã loại văn bản: ${Object.keys(DOCUMENT_TYPE_NAMES).join(', ')}`,
});

/** A document: its number, type, title, issuer, date and signature. */
function documentIdentity(reference: ReferenceFactory) {
  return {
    type: z.literal('document').default('document').meta({
      description: 'Loại bản ghi; luôn là document. Mặc định: document.',
    }),
    number: documentNumberSchema.optional().meta({
      description:
        'Số, ký hiệu đúng như in (60-KH/HU, 89/KH-UBND, 51/2025/QĐ-TTg): "-" sau số là văn bản của Đảng, "/" là văn bản Nhà nước. Văn bản in không có số, hoặc chỉ được nhắc bằng số ("Quyết định số 1447"): bỏ trường này, ghi `kind` và `knownAs`. Mặc định: không có.',
      examples: ['60-KH/HU'],
    }),
    kind: documentTypeCode.optional().meta({
      description: `Mã loại văn bản (${Object.keys(DOCUMENT_TYPE_NAMES).join(', ')}); phải khớp với loại trong \`number\`. Mặc định: lấy từ \`number\`; bắt buộc khi không có \`number\`.`,
      examples: ['KH'],
    }),
    title: text.optional().meta({
      description:
        'Trích yếu như in. Chưa biết trích yếu thì bỏ trường này (không viết mô tả thay): trang gọi văn bản theo loại và số, kèm dòng "trích yếu chưa có trong hồ sơ". Mặc định: không có.',
      examples: ['Về tiếp tục thực hiện Kế hoạch số 60-KH/HU, ngày 13/7/2017 của Huyện ủy'],
    }),
    knownAs: text.optional().meta({
      description:
        'Tên gọi văn bản khi không có `number`, đúng lời bài trích dẫn (vd "Quyết định số 1447 của Ban Thường vụ Huyện ủy", "Nghị quyết Đại hội đại biểu Đảng bộ xã khóa XXVI"); trang gọi văn bản bằng tên này. Mặc định: không có.',
      examples: ['Quyết định số 1447 của Ban Thường vụ Huyện ủy'],
    }),
    issuer: reference('bodies').meta({
      description: 'Cơ quan ban hành (id trong content/bodies/).',
      examples: ['quang-nam/nam-giang/huyen-uy'],
    }),
    date: isoDate.optional().meta({
      description: 'Ngày ban hành. Mặc định: chưa biết (có khi bài chỉ nêu số).',
      examples: ['2021-04-05'],
    }),
    signer: personSchema(reference)
      .optional()
      .meta({
        description:
          'Người ký: `name`, `positions`, `role` (cùng dạng với người chủ trì cuộc họp). Mặc định: chưa biết.',
        examples: [{ name: 'Nguyễn Văn A', positions: ['Phó Bí thư Thường trực'] }],
      }),
    signedFor: text.optional().meta({
      description:
        'Thể thức ký trên chữ ký (vd "T/L Ban Thường vụ", "T/M Ban Thường vụ"). Mặc định: không có.',
      examples: ['T/M Ban Thường vụ'],
    }),
  };
}

/** A document: who received it, the documents and places it concerns, where it was read. */
function documentRelations(reference: ReferenceFactory) {
  return {
    recipients: z
      .array(text)
      .default([])
      .meta({
        description: 'Nơi nhận, mỗi dòng một mục như in (bỏ gạch đầu dòng). Mặc định: không có.',
        examples: [['Các chi, đảng bộ trực thuộc', 'Lưu Văn phòng Huyện ủy']],
      }),
    implements: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Các văn bản mà văn bản này thực hiện (id), chỉ khi nguồn nói vậy. Mặc định: không có.',
        examples: [['quang-nam/nam-giang/huyen-uy/2017-07-13-60-kh-hu']],
      }),
    supersedes: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Các văn bản bị văn bản này thay thế (id), chỉ khi nguồn nói vậy. Mặc định: không có.',
        examples: [['quang-nam/nam-giang/huyen-uy/2016-05-03-12-kh-hu']],
      }),
    amends: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Các văn bản được văn bản này sửa đổi (id), chỉ khi nguồn nói vậy. Mặc định: không có.',
        examples: [['quang-nam/nam-giang/huyen-uy/2016-05-03-12-kh-hu']],
      }),
    cites: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Các văn bản khác mà văn bản này nhắc tới, trong nội dung hoặc nơi nhận (id). Mặc định: không có.',
        examples: [['trung-uong/thu-tuong-chinh-phu/2016-10-17-1980-qd-ttg']],
      }),
    places: z
      .array(reference('places'))
      .default([])
      .meta({
        description: 'Các địa bàn văn bản đề cập (id). Mặc định: không có.',
        examples: [['quang-nam/nam-giang']],
      }),
    source: sourceSchema.optional().meta({
      description:
        'Bài báo mà văn bản được đọc từ đó, nếu có (như `source` của cuộc họp). Mặc định: không có.',
      examples: [
        {
          title: 'Họp Tổ công tác số 01 - Kế hoạch 60-KH/HU của Huyện ủy',
          publishedAt: '2023-07-13',
          archive: '000_f394016b0c7f8a8b.txt',
        },
      ],
    }),
    summary: text.optional().meta({
      description: 'Một câu tóm tắt bằng lời của mình. Mặc định: không có.',
      examples: ['Kết luận của Huyện ủy về việc tiếp tục Kế hoạch số 60-KH/HU.'],
    }),
  };
}

export function documentSchema(reference: ReferenceFactory) {
  return (
    z
      .strictObject({
        ...documentIdentity(reference),
        ...documentRelations(reference),
        ...commonFields(reference),
      })
      // Fills `kind` from the number; an overwrite keeps the object's type, so JSON Schema can describe it.
      .overwrite((d) => ({
        ...d,
        kind: d.kind ?? d.number?.type,
      }))
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
      })
  );
}
export type DocumentRecord = z.output<ReturnType<typeof documentSchema>>;
