/** Assessments: one commune (or village) on one date scored against one criteria set. */
import { z } from 'astro/zod';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import { commonFields, isoDate, text, writtenForms, type ReferenceFactory } from './shared.ts';

/** Status of one criterion, as official reports word it. */
export const CRITERION_STATUSES = {
  dat: 'Đạt',
  'co-ban-dat': 'Cơ bản đạt',
  'chua-dat': 'Chưa đạt',
} as const;
export type CriterionStatus = keyof typeof CRITERION_STATUSES;

const statusWords = z.string({ error: 'ghi Đạt, Cơ bản đạt hoặc Chưa đạt' });
writtenForms.add(statusWords, { form: '`Đạt`, `Cơ bản đạt` or `Chưa đạt`' });

/** Accepts "Đạt", "Cơ bản đạt", "Chưa đạt" (any case, with or without tones) or the ids. */
export const criterionStatusSchema = statusWords
  .transform((s) => foldVietnamese(s).trim().replace(/\s+/g, '-'))
  .pipe(
    z.enum(['dat', 'co-ban-dat', 'chua-dat'], { error: 'phải là Đạt, Cơ bản đạt hoặc Chưa đạt' }),
  );

/** A criterion's number as a key of `statuses`: `17`. */
const criterionNumber = z
  .string()
  .regex(/^\d+$/, { error: 'tiêu chí được ghi bằng số thứ tự, ví dụ 17' });
writtenForms.add(criterionNumber, { form: 'criterion number' });

export function assessmentSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      type: z.literal('assessment').default('assessment').meta({
        description: 'Loại bản ghi; luôn là assessment. Mặc định: assessment.',
      }),
      place: reference('places').meta({
        description:
          'Xã (hoặc thôn) được đánh giá, ở đúng cấp mà bộ tiêu chí chấm (id trong content/places/).',
        examples: ['ha-tinh/ky-anh/lam-hop'],
      }),
      date: isoDate.meta({
        description: 'Ngày mà tình trạng áp dụng (thường là ngày được báo cáo).',
        examples: ['2020-09-08'],
      }),
      criteriaSet: reference('criteriaSets').meta({
        description:
          'Bộ tiêu chí dùng để chấm (id trong content/criteria-sets/); phải khớp với cách bài đếm ("/20" là bộ 20 tiêu chí của Hà Tĩnh).',
        examples: ['ha-tinh-2016-2020'],
      }),
      statuses: z
        .record(criterionNumber, criterionStatusSchema)
        .default({})
        .meta({
          description:
            'Tình trạng từng tiêu chí theo số: Đạt, Cơ bản đạt hoặc Chưa đạt (vd `17: Chưa đạt`). Tiêu chí không ghi lấy theo `otherwise`. Mặc định: không có.',
          examples: [{ '1': 'Chưa đạt', '17': 'Chưa đạt' }],
        }),
      otherwise: criterionStatusSchema.optional().meta({
        description:
          'Tình trạng của mọi tiêu chí không ghi trong `statuses` (vd Đạt, khi bài chỉ nêu các tiêu chí chưa đạt; thêm một mục `inferences` nói vậy). Mặc định: không có, nên phải ghi đủ mọi tiêu chí.',
        examples: ['Đạt'],
      }),
      reportedMet: z
        .number()
        .int()
        .nonnegative()
        .optional()
        .meta({
          description:
            'Số tiêu chí đạt như bài ghi ("đạt 16/20": 16); được đối chiếu với `statuses`. Mặc định: bài không ghi.',
          examples: [18],
        }),
      reportedTotal: z
        .number()
        .int()
        .positive()
        .optional()
        .meta({
          description:
            'Tổng số tiêu chí bài tính ("16/20": 20); được đối chiếu với số tiêu chí của bộ. Mặc định: bài không ghi.',
          examples: [20],
        }),
      reportedIn: reference('meetings')
        .optional()
        .meta({
          description:
            'Cuộc họp báo cáo kết quả này (id trong content/meetings/). Cần `reportedIn` hoặc `reportedBy`. Mặc định: không có.',
          examples: ['2020/2020-09-08-thuong-truc-huyen-uy-ky-anh-lam-viec-ky-lac-lam-hop'],
        }),
      reportedBy: reference('documents')
        .optional()
        .meta({
          description:
            'Văn bản báo cáo kết quả này (id trong content/documents/). Cần `reportedIn` hoặc `reportedBy`. Mặc định: không có.',
          examples: ['ha-tinh/ky-anh/huyen-uy/2020-09-10-bao-cao'],
        }),
      note: text.optional().meta({
        description:
          'Ghi chú cho người đọc (vd mục tiêu "về đích cuối năm 2020"). Mặc định: không có.',
        examples: ['Mục tiêu về đích cuối năm 2020.'],
      }),
      ...commonFields(reference),
    })
    .refine((a) => a.reportedIn !== undefined || a.reportedBy !== undefined, {
      error:
        'ghi rõ bản ghi nào báo cáo kết quả đánh giá này: `reportedIn` (một cuộc họp) hoặc `reportedBy` (một văn bản)',
      path: ['reportedIn'],
    });
}
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
