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
      /** Record kind; always `recognition`. Default: `recognition`. */
      type: z.literal('recognition').default('recognition'),
      /** The commune, village or district (id in content/places/), as it was on `date`. */
      place: reference('places'),
      /** The level of the standard: xa-ntm, xa-ntm-nang-cao, xa-ntm-kieu-mau, thon-ntm, khu-dan-cu-kieu-mau or huyen-ntm. */
      level: z.enum(Object.keys(RECOGNITION_LEVELS) as [RecognitionLevel, ...RecognitionLevel[]], {
        error: `phải là một trong các mức: ${Object.keys(RECOGNITION_LEVELS).join(', ')}`,
      }),
      /** The stage reached: target, proposed, considered, voted, recognised, reached or re-recognised. */
      status: z.enum(
        Object.keys(RECOGNITION_STATUSES) as [RecognitionStatus, ...RecognitionStatus[]],
        {
          error: `phải là một trong các giá trị: ${Object.keys(RECOGNITION_STATUSES).join(', ')} (mục tiêu, đề nghị, hội đồng xem xét, hội đồng bỏ phiếu, đã công nhận, báo cáo đạt chuẩn, thừa nhận sau sáp nhập)`,
        },
      ),
      /** The day the status applies to (the day of the vote, of the decision, or of the report). */
      date: isoDate,
      /** The year of the standard as the source gives it ("đạt chuẩn nông thôn mới năm 2023", a target "năm 2025"). Default: not stated. */
      year: z.number().int().min(2000).max(2100).optional(),
      /** The appraisal round, as written (e.g. "đợt 1 năm 2022"). Default: not stated. */
      round: text.optional(),
      /** The decision that recognises it (id in content/documents/; a QĐ). Only with status recognised or re-recognised. Default: not stated. */
      decision: reference('documents').optional(),
      ...reportingFields(reference),
      /** A note for readers (e.g. "hồ sơ còn phải qua thẩm định của tỉnh"). Default: none. */
      note: text.optional(),
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
