/** Bodies: the committees and offices that convene meetings, issue documents and are assigned tasks. */
import { z } from 'astro/zod';
import { isoDate, text, type ReferenceFactory } from './shared.ts';

/** Kinds of body. Party bodies issue Party-numbered documents; state bodies State-numbered ones. */
export const BODY_KINDS = {
  'dai-hoi': 'Đại hội Đảng bộ',
  'ban-chap-hanh': 'Ban Chấp hành Đảng bộ (cấp ủy)',
  'bo-chinh-tri': 'Bộ Chính trị',
  'ban-bi-thu': 'Ban Bí thư',
  'ban-thuong-vu': 'Ban Thường vụ',
  'thuong-truc': 'Thường trực cấp ủy',
  'dang-uy': 'Đảng ủy',
  'chi-bo': 'Chi bộ',
  'co-quan-dang': 'Cơ quan tham mưu của Đảng',
  'ban-chi-dao': 'Ban Chỉ đạo',
  'to-cong-tac': 'Tổ công tác',
  'doan-cong-tac': 'Đoàn công tác',
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  'co-quan-nha-nuoc': 'Cơ quan chuyên môn, đơn vị nhà nước',
  'ban-quan-ly': 'Ban Quản lý',
  'chinh-phu': 'Chính phủ, Thủ tướng Chính phủ',
  'doan-the': 'Mặt trận, đoàn thể',
  'ban-nhan-dan': 'Ban nhân dân thôn, tổ dân phố',
} as const;
export type BodyKind = keyof typeof BODY_KINDS;

/** Party kinds: documents they issue use the Party convention (`60-KH/HU`). */
export const PARTY_BODY_KINDS: readonly BodyKind[] = [
  'dai-hoi',
  'ban-chap-hanh',
  'bo-chinh-tri',
  'ban-bi-thu',
  'ban-thuong-vu',
  'thuong-truc',
  'dang-uy',
  'chi-bo',
  'co-quan-dang',
];

export function bodySchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      type: z.literal('body').default('body').meta({
        description: 'Loại bản ghi; luôn là body. Mặc định: body.',
      }),
      name: text.meta({
        description: 'Tên đầy đủ như văn bản ghi (vd "Thường trực Huyện ủy Kỳ Anh").',
        examples: ['Thường trực Huyện ủy Kỳ Anh'],
      }),
      shortName: text.optional().meta({
        description: 'Tên ngắn dùng trong bài (vd "Thường trực Huyện ủy"). Mặc định: tên đầy đủ.',
        examples: ['Thường trực Huyện ủy'],
      }),
      kind: z
        .enum(Object.keys(BODY_KINDS) as [BodyKind, ...BodyKind[]], {
          error: `phải là một trong các giá trị: ${Object.keys(BODY_KINDS).join(', ')}`,
        })
        .meta({
          description:
            'Loại cơ quan. Của Đảng: dai-hoi, ban-chap-hanh, bo-chinh-tri, ban-bi-thu, ban-thuong-vu, thuong-truc, dang-uy, chi-bo, co-quan-dang; còn lại: ban-chi-dao, to-cong-tac, doan-cong-tac, ubnd, hdnd, co-quan-nha-nuoc, ban-quan-ly, chinh-phu, doan-the, ban-nhan-dan.',
          examples: ['thuong-truc'],
        }),
      place: reference('places')
        .optional()
        .meta({
          description:
            'Địa bàn mà cơ quan phụ trách (id trong content/places/). Không bao giờ đoán: bài không nêu địa bàn thì bỏ trống và đặt tệp trong khong-ro-dia-ban/ kèm ghi chú. Mặc định: không ghi.',
          examples: ['ha-tinh/ky-anh'],
        }),
      parent: reference('bodies')
        .optional()
        .meta({
          description:
            'Cơ quan mà cơ quan này thuộc về (Thường trực → Huyện ủy, chi bộ → Đảng ủy), nếu có bản ghi. Mặc định: không có.',
          examples: ['ha-tinh/ky-anh/huyen-uy'],
        }),
      issuerCode: z
        .string()
        .regex(/^[A-ZĐa-z0-9-]+$/, {
          error: 'mã cơ quan ban hành chỉ gồm chữ cái, chữ số và dấu gạch nối, ví dụ HU hoặc UBND',
        })
        .optional()
        .meta({
          description:
            'Ký hiệu của cơ quan trong số văn bản: HU, TU, ĐU, UBND, HĐND, TTg, TW. Mặc định: không có.',
          examples: ['HU'],
        }),
      validFrom: isoDate.optional().meta({
        description: 'Ngày đầu tiên cơ quan tồn tại, nếu biết. Mặc định: chưa biết.',
        examples: ['2020-10-15'],
      }),
      validTo: isoDate.optional().meta({
        description:
          'Ngày cuối cùng cơ quan tồn tại (Huyện ủy và các cơ quan trực thuộc: 2025-06-30); sau ngày đó cơ quan không thể triệu tập họp. Mặc định: vẫn tồn tại.',
        examples: ['2025-06-30'],
      }),
      note: text.optional().meta({
        description:
          'Ghi chú cho người đọc, kể cả cách xác định tên hoặc ngày của cơ quan. Mặc định: không có.',
        examples: ['Tên lấy theo bài đăng ngày 8/9/2020.'],
      }),
    })
    .refine((b) => !(b.validFrom && b.validTo && b.validTo < b.validFrom), {
      error: '`validTo` trước `validFrom`: đổi chỗ hai ngày hoặc sửa lại một ngày',
      path: ['validTo'],
    });
}
export type Body = z.output<ReturnType<typeof bodySchema>>;
