/**
 * Recognitions: where a commune, village or district stands on the way to a level of the
 * standard (xã NTM, NTM nâng cao, NTM kiểu mẫu; thôn NTM, khu dân cư kiểu mẫu; huyện NTM), at
 * one stage (a target, a proposal, the appraisal council's vote, the recognising decision, …),
 * as one source reports it on one day.
 */
import { z } from 'astro/zod';
import {
  commonFields,
  isoDate,
  reportedByOneOf,
  reportingFields,
  text,
  type ReferenceFactory,
} from './shared.ts';

/** The levels of the standard, with the place level (2 district, 3 commune, 4 village) each applies to. */
export const RECOGNITION_LEVELS = {
  'xa-ntm': 'Xã đạt chuẩn nông thôn mới',
  'xa-ntm-nang-cao': 'Xã đạt chuẩn nông thôn mới nâng cao',
  'xa-ntm-kieu-mau': 'Xã đạt chuẩn nông thôn mới kiểu mẫu',
  'thon-ntm': 'Thôn đạt chuẩn nông thôn mới',
  'khu-dan-cu-kieu-mau': 'Thôn, khu dân cư nông thôn mới kiểu mẫu',
  'huyen-ntm': 'Huyện đạt chuẩn nông thôn mới',
} as const;
export type RecognitionLevel = keyof typeof RECOGNITION_LEVELS;

/** The place level each recognition level applies to. */
export const RECOGNITION_PLACE_LEVEL: Record<RecognitionLevel, 2 | 3 | 4> = {
  'xa-ntm': 3,
  'xa-ntm-nang-cao': 3,
  'xa-ntm-kieu-mau': 3,
  'thon-ntm': 4,
  'khu-dan-cu-kieu-mau': 4,
  'huyen-ntm': 2,
};

/** The stages of a recognition, as the sources report them. */
export const RECOGNITION_STATUSES = {
  target: 'Mục tiêu phấn đấu',
  proposed: 'Đang đề nghị xét công nhận',
  considered: 'Hội đồng thẩm định đã xem xét hồ sơ',
  voted: 'Hội đồng thẩm định đã bỏ phiếu đề nghị công nhận',
  recognised: 'Đã được công nhận',
  reached: 'Được báo cáo là đạt chuẩn',
  're-recognised': 'Được thừa nhận đạt chuẩn sau sáp nhập',
} as const;
export type RecognitionStatus = keyof typeof RECOGNITION_STATUSES;

/** Statuses that a recognising decision can stand behind. */
export const DECIDED_STATUSES: readonly RecognitionStatus[] = ['recognised', 're-recognised'];

export function recognitionSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      type: z.literal('recognition').default('recognition').meta({
        description: 'Loại bản ghi; luôn là recognition. Mặc định: recognition.',
      }),
      place: reference('places').meta({
        description:
          'Xã, thôn hoặc huyện (id trong content/places/), đúng như đơn vị vào ngày `date`; cấp của đơn vị phải khớp với `level`.',
        examples: ['ha-tinh/ky-anh/ky-lac'],
      }),
      level: z
        .enum(Object.keys(RECOGNITION_LEVELS) as [RecognitionLevel, ...RecognitionLevel[]], {
          error: `phải là một trong các mức: ${Object.keys(RECOGNITION_LEVELS).join(', ')}`,
        })
        .meta({
          description:
            'Mức đạt chuẩn: xa-ntm, xa-ntm-nang-cao, xa-ntm-kieu-mau (xã); thon-ntm, khu-dan-cu-kieu-mau (thôn); huyen-ntm (huyện).',
          examples: ['xa-ntm'],
        }),
      status: z
        .enum(Object.keys(RECOGNITION_STATUSES) as [RecognitionStatus, ...RecognitionStatus[]], {
          error: `phải là một trong các giá trị: ${Object.keys(RECOGNITION_STATUSES).join(', ')} (mục tiêu, đề nghị, hội đồng xem xét, hội đồng bỏ phiếu, đã công nhận, báo cáo đạt chuẩn, thừa nhận sau sáp nhập)`,
        })
        .meta({
          description:
            'Bước đã tới: target (mục tiêu), proposed (đề nghị xét), considered (hội đồng xem xét), voted (hội đồng bỏ phiếu), recognised (đã có quyết định công nhận), reached (được báo cáo là đạt chuẩn), re-recognised (thừa nhận lại sau sáp nhập).',
          examples: ['recognised'],
        }),
      date: isoDate.meta({
        description: 'Ngày của bước này (ngày bỏ phiếu, ngày quyết định, hoặc ngày báo cáo).',
        examples: ['2022-12-30'],
      }),
      year: z
        .number()
        .int()
        .min(2000)
        .max(2100)
        .optional()
        .meta({
          description:
            'Năm đạt chuẩn như bài ghi ("đạt chuẩn nông thôn mới năm 2023", mục tiêu "năm 2025"). Mặc định: bài không ghi.',
          examples: [2022],
        }),
      round: text.optional().meta({
        description: 'Đợt thẩm định, như bài ghi (vd "đợt 1 năm 2022"). Mặc định: bài không ghi.',
        examples: ['đợt 1 năm 2022'],
      }),
      decision: reference('documents')
        .optional()
        .meta({
          description:
            'Quyết định công nhận (id trong content/documents/), chỉ khi `status` là recognised hoặc re-recognised. Mặc định: bài không nêu.',
          examples: ['ha-tinh/ubnd/2022-12-30-qd-cong-nhan'],
        }),
      ...reportingFields(reference),
      note: text.optional().meta({
        description:
          'Ghi chú cho người đọc (vd "hồ sơ còn phải qua thẩm định của tỉnh"). Mặc định: không có.',
        examples: ['Hồ sơ còn phải qua thẩm định của tỉnh.'],
      }),
      ...commonFields(reference),
    })
    .refine(...reportedByOneOf('mức đạt chuẩn này'))
    .refine((r) => r.decision === undefined || DECIDED_STATUSES.includes(r.status), {
      error:
        '`decision` chỉ ghi khi đã có quyết định công nhận: đổi `status` thành recognised (hoặc re-recognised), hoặc xoá `decision`',
      path: ['decision'],
    });
}
export type Recognition = z.output<ReturnType<typeof recognitionSchema>>;
