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
      /** Record kind; always `body`. Default: `body`. */
      type: z.literal('body').default('body'),
      /** Full name as written (e.g. "Thường trực Huyện ủy Kỳ Anh"). */
      name: text,
      /** Short name used in running text (e.g. "Thường trực Huyện ủy"). Default: the name. */
      shortName: text.optional(),
      /** What kind of body it is. */
      kind: z.enum(Object.keys(BODY_KINDS) as [BodyKind, ...BodyKind[]], {
        error: `phải là một trong các giá trị: ${Object.keys(BODY_KINDS).join(', ')}`,
      }),
      /** The place whose affairs it handles (id in content/places/). Default: not stated by the source (never guessed). */
      place: reference('places').optional(),
      /** The body it belongs to or answers to, if it has a record. Default: none. */
      parent: reference('bodies').optional(),
      /** Issuer code in document numbers (e.g. HU, TU, UBND, TTg). Default: none. */
      issuerCode: z
        .string()
        .regex(/^[A-ZĐa-z0-9-]+$/, {
          error: 'mã cơ quan ban hành chỉ gồm chữ cái, chữ số và dấu gạch nối, ví dụ HU hoặc UBND',
        })
        .optional(),
      /** First day it existed, when known. */
      validFrom: isoDate.optional(),
      /** Last day it existed (district party committees ended on 2025-06-30). Default: still exists. */
      validTo: isoDate.optional(),
      /** A note for readers. Default: none. */
      note: text.optional(),
    })
    .refine((b) => !(b.validFrom && b.validTo && b.validTo < b.validFrom), {
      error: '`validTo` trước `validFrom`: đổi chỗ hai ngày hoặc sửa lại một ngày',
      path: ['validTo'],
    });
}
export type Body = z.output<ReturnType<typeof bodySchema>>;
