/** Places: provinces, districts, communes and villages, each as it was on the dates it existed. */
import { z } from 'astro/zod';
import { isoDate, text, type ReferenceFactory } from './shared.ts';

/** Administrative (and sub-administrative) kinds of place, as Vietnamese law names them. */
export const PLACE_KINDS = {
  tinh: 'Tỉnh',
  'thanh-pho-truc-thuoc-trung-uong': 'Thành phố trực thuộc Trung ương',
  huyen: 'Huyện',
  quan: 'Quận',
  'thi-xa': 'Thị xã',
  'thanh-pho': 'Thành phố',
  xa: 'Xã',
  phuong: 'Phường',
  'thi-tran': 'Thị trấn',
  'dac-khu': 'Đặc khu',
  thon: 'Thôn',
  xom: 'Xóm',
  ban: 'Bản',
  ap: 'Ấp',
  'to-dan-pho': 'Tổ dân phố',
  'khu-dan-cu': 'Khu dân cư',
} as const;
export type PlaceKind = keyof typeof PLACE_KINDS;

/** The level each kind sits at: 1 province, 2 district, 3 commune, 4 village. */
export const PLACE_LEVEL: Record<PlaceKind, 1 | 2 | 3 | 4> = {
  tinh: 1,
  'thanh-pho-truc-thuoc-trung-uong': 1,
  huyen: 2,
  quan: 2,
  'thi-xa': 2,
  'thanh-pho': 2,
  xa: 3,
  phuong: 3,
  'thi-tran': 3,
  'dac-khu': 3,
  thon: 4,
  xom: 4,
  ban: 4,
  ap: 4,
  'to-dan-pho': 4,
  'khu-dan-cu': 4,
};

const placeKind = z.enum(Object.keys(PLACE_KINDS) as [PlaceKind, ...PlaceKind[]], {
  error: `phải là một trong các giá trị: ${Object.keys(PLACE_KINDS).join(', ')}`,
});

export function placeSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `place`. Default: `place`. */
      type: z.literal('place').default('place'),
      /** Name without the kind word, as written at the time (e.g. "Lâm Hợp", not "xã Lâm Hợp"). */
      name: text,
      /** What kind of unit it is (xa, huyen, tinh, thon, to-dan-pho, …). */
      kind: placeKind,
      /** The unit it belonged to while it existed; omitted only for provinces. */
      parent: reference('places').optional(),
      /** Official unit code (2-digit province, 5-digit commune) when known. Default: none. */
      code: z
        .string()
        .regex(/^\d{2,5}$/, {
          error: 'mã đơn vị hành chính gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã)',
        })
        .optional(),
      /** First day the unit existed under this name, when known. Default: unknown. */
      validFrom: isoDate.optional(),
      /** Last day the unit existed (e.g. 2025-06-30 for an abolished district). Default: still exists. */
      validTo: isoDate.optional(),
      /** Units that took it over after `validTo` (a merger or split). Default: none. */
      successors: z.array(reference('places')).default([]),
      /** Units it was formed from (a commune formed by merging communes). Default: none stated. */
      predecessors: z.array(reference('places')).default([]),
      /** Other spellings and earlier names, for search. Default: none. */
      aliases: z.array(text).default([]),
      /** A note for readers (e.g. how the name was confirmed). Default: none. */
      note: text.optional(),
    })
    .refine((p) => !(p.validFrom && p.validTo && p.validTo < p.validFrom), {
      error: '`validTo` trước `validFrom`: đổi chỗ hai ngày hoặc sửa lại một ngày',
      path: ['validTo'],
    })
    .refine((p) => p.successors.length === 0 || p.validTo !== undefined, {
      error: 'địa danh có `successors` phải ghi ngày kết thúc: thêm `validTo`',
      path: ['validTo'],
    });
}
export type Place = z.output<ReturnType<typeof placeSchema>>;
