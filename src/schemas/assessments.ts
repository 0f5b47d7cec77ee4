/** Assessments: one commune (or village) on one date scored against one criteria set. */
import { z } from 'astro/zod';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import {
  commonFields,
  isoDate,
  reportedByOneOf,
  reportingFields,
  text,
  writtenForms,
  type ReferenceFactory,
} from './shared.ts';

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

/** An indicator's code as a key of `indicatorStatuses`: criterion number, dot, indicator number. */
const indicatorCode = z.string().regex(/^\d+\.\d+$/, {
  error: 'chỉ tiêu được ghi bằng mã số tiêu chí.số chỉ tiêu, ví dụ 17.8',
});
writtenForms.add(indicatorCode, { form: 'indicator code `17.8`' });

/** An assessment: which unit, on which day, against which set, and the status of each criterion. */
function assessmentStatuses(reference: ReferenceFactory) {
  return {
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
          'Số tiêu chí đạt như bài ghi ("đạt 16/20": 16); được đối chiếu với `statuses`. Có số này thì được bỏ những tiêu chí bài không nêu. Mặc định: bài không ghi.',
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
  };
}

export function assessmentSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      ...assessmentStatuses(reference),
      ...assessmentCounts(),
      ...reportingFields(reference),
      note: text.optional().meta({
        description:
          'Ghi chú cho người đọc (vd mục tiêu "về đích cuối năm 2020"). Mặc định: không có.',
        examples: ['Mục tiêu về đích cuối năm 2020.'],
      }),
      ...commonFields(reference),
    })
    .refine(...reportedByOneOf('kết quả đánh giá này'))
    .refine(...notAbove('reportedMet', 'reportedTotal', 'đạt 16/20', 16, 20))
    .refine(...notAbove('indicatorsMet', 'indicatorsTotal', '46/57 chỉ tiêu', 46, 57));
}

/** The refinement that a count met (`part`) is not above the count it is out of (`whole`). */
function notAbove<P extends string, W extends string>(
  part: P,
  whole: W,
  written: string,
  partExample: number,
  wholeExample: number,
) {
  return [
    (a: { [K in P | W]?: number | undefined }) => {
      const met = a[part];
      const total = a[whole];
      return met === undefined || total === undefined || met <= total;
    },
    {
      error: `\`${part}\` lớn hơn \`${whole}\`: kiểm tra lại hai con số (bài ghi "${written}" thì ${part}: ${partExample}, ${whole}: ${wholeExample})`,
      path: [part] as PropertyKey[],
    },
  ] as const;
}

/** Counts as the source states them: indicators (chỉ tiêu) and criteria lost since recognition. */
function assessmentCounts() {
  return {
    indicatorsMet: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({
        description: 'Số chỉ tiêu đạt như bài ghi ("46/57 chỉ tiêu": 46). Mặc định: bài không ghi.',
        examples: [46],
      }),
    indicatorsTotal: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        description:
          'Tổng số chỉ tiêu bài tính ("46/57 chỉ tiêu": 57); được đối chiếu với `indicatorCount` của bộ tiêu chí. Mặc định: bài không ghi.',
        examples: [57],
      }),
    indicatorStatuses: z
      .record(indicatorCode, criterionStatusSchema)
      .default({})
      .meta({
        description:
          'Tình trạng từng chỉ tiêu bài nêu, theo mã tiêu chí.chỉ tiêu (vd `"17.8": Chưa đạt`). Mặc định: không có.',
        examples: [{ '17.8': 'Chưa đạt' }],
      }),
    reportedLost: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        description:
          'Số tiêu chí bài nói đơn vị không còn đạt kể từ khi được công nhận ("rớt 2 tiêu chí": 2). Mặc định: bài không ghi.',
        examples: [2],
      }),
  };
}
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
