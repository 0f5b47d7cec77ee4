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

/** A place: what it is called, its level and the unit it belongs to. */
function placeIdentity(reference: ReferenceFactory) {
  return {
    type: z.literal('place').default('place').meta({
      description: 'Loại bản ghi; luôn là place. Mặc định: place.',
    }),
    name: text.meta({
      description:
        'Tên, không kèm chữ chỉ cấp, đúng như thời điểm đó (vd "Lâm Hợp", không ghi "xã Lâm Hợp").',
      examples: ['Lâm Hợp'],
    }),
    kind: placeKind.meta({
      description:
        'Cấp hành chính: tinh, huyen, thi-xa, thanh-pho, xa, phuong, thi-tran, thon, xom, to-dan-pho, …',
      examples: ['xa'],
    }),
    parent: reference('places')
      .optional()
      .meta({
        description:
          'Đơn vị cấp trên khi đơn vị này còn tồn tại (id trong content/places/), phải ở cấp cao hơn: tỉnh 1, huyện 2, xã 3, thôn 4. Bắt buộc với mọi cấp trừ tỉnh. Mặc định: không có (tỉnh).',
        examples: ['ha-tinh/ky-anh'],
      }),
    code: z
      .string()
      .regex(/^\d{2,5}$/, {
        error: 'mã đơn vị hành chính gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã)',
      })
      .optional()
      .meta({
        description:
          'Mã đơn vị hành chính chính thức: 2 chữ số với tỉnh, 5 chữ số với xã; đặt trong ngoặc kép. Mặc định: không có.',
        examples: ['18355'],
      }),
  };
}

/** A place over time: when it existed, what it became or was formed from, other names. */
function placeHistory(reference: ReferenceFactory) {
  return {
    validFrom: isoDate.optional().meta({
      description: 'Ngày đầu tiên đơn vị tồn tại với tên này, nếu biết. Mặc định: chưa biết.',
      examples: ['2020-01-01'],
    }),
    validTo: isoDate.optional().meta({
      description:
        'Ngày cuối cùng đơn vị tồn tại (mọi huyện: 2025-06-30, vì cấp huyện không còn từ 1/7/2025). Bắt buộc khi có `successors`. Mặc định: vẫn tồn tại.',
      examples: ['2025-06-30'],
    }),
    successors: z
      .array(reference('places'))
      .default([])
      .meta({
        description:
          'Các đơn vị tiếp nhận đơn vị này sau `validTo` (sáp nhập, chia tách). Mặc định: không có.',
        examples: [['ha-tinh/ky-lam']],
      }),
    predecessors: z
      .array(reference('places'))
      .default([])
      .meta({
        description:
          'Các đơn vị hợp thành đơn vị này (xã mới lập do sáp nhập các xã cũ), khi nguồn nêu; phải cùng cấp, đã kết thúc trước khi đơn vị này bắt đầu, và khớp với `successors` của chúng. Mặc định: không có.',
        examples: [['ha-tinh/ky-anh/ky-lac']],
      }),
    aliases: z
      .array(text)
      .default([])
      .meta({
        description: 'Cách viết khác và tên cũ, để tìm kiếm. Mặc định: không có.',
        examples: [['Kỳ Lâm Hợp']],
      }),
    note: text.optional().meta({
      description:
        'Ghi chú cho người đọc, kể cả cách xác định những điều chưa chắc. Mặc định: không có.',
      examples: ['Cấp huyện không còn từ ngày 1/7/2025, nên huyện tồn tại đến hết ngày 30/6/2025.'],
    }),
  };
}

export function placeSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      ...placeIdentity(reference),
      ...placeHistory(reference),
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
