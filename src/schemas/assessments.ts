/** Assessments: one commune (or village) on one date scored against one criteria set. */
import { z } from 'astro/zod';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import {
  commonFields,
  isoDate,
  reportedByOneOf,
  reportingFields,
  text,
  type ReferenceFactory,
} from './shared.ts';

/** Status of one criterion, as official reports word it. */
export const CRITERION_STATUSES = {
  dat: 'Đạt',
  'co-ban-dat': 'Cơ bản đạt',
  'chua-dat': 'Chưa đạt',
} as const;
export type CriterionStatus = keyof typeof CRITERION_STATUSES;

/** Accepts "Đạt", "Cơ bản đạt", "Chưa đạt" (any case, with or without tones) or the ids. */
export const criterionStatusSchema = z
  .string({ error: 'ghi Đạt, Cơ bản đạt hoặc Chưa đạt' })
  .transform((s) => foldVietnamese(s).trim().replace(/\s+/g, '-'))
  .pipe(
    z.enum(['dat', 'co-ban-dat', 'chua-dat'], { error: 'phải là Đạt, Cơ bản đạt hoặc Chưa đạt' }),
  );

export function assessmentSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `assessment`. Default: `assessment`. */
      type: z.literal('assessment').default('assessment'),
      /** The commune or village assessed. */
      place: reference('places'),
      /** Day the status applies to (usually the day it was reported). */
      date: isoDate,
      /** The criteria set it is scored against. */
      criteriaSet: reference('criteriaSets'),
      /** Status per criterion number: `17: Chưa đạt`. Criteria not listed take `otherwise`. */
      statuses: z
        .record(
          z.string().regex(/^\d+$/, { error: 'tiêu chí được ghi bằng số thứ tự, ví dụ 17' }),
          criterionStatusSchema,
        )
        .default({}),
      /** Status of every criterion not listed in `statuses` (e.g. Đạt when the source names only the unmet ones). Default: none, so every criterion must be listed. */
      otherwise: criterionStatusSchema.optional(),
      /** The number of criteria met as the source states it ("đạt 16/20": 16). Checked against `statuses`; with it, criteria the source does not name may be left out (not stated). Default: not stated. */
      reportedMet: z.number().int().nonnegative().optional(),
      /** The number of criteria the source counts out of ("16/20": 20). Checked against the set's size. Default: not stated. */
      reportedTotal: z.number().int().positive().optional(),
      /** The number of indicators (chỉ tiêu) met as the source states it ("46/57 chỉ tiêu": 46). Default: not stated. */
      indicatorsMet: z.number().int().nonnegative().optional(),
      /** The number of indicators the source counts out of ("46/57 chỉ tiêu": 57). Checked against the set's `indicatorCount`. Default: not stated. */
      indicatorsTotal: z.number().int().positive().optional(),
      /** Status per indicator code the source names (`"17.8": Chưa đạt`). Default: none. */
      indicatorStatuses: z
        .record(
          z.string().regex(/^\d+\.\d+$/, {
            error: 'chỉ tiêu được ghi bằng mã số tiêu chí.số chỉ tiêu, ví dụ 17.8',
          }),
          criterionStatusSchema,
        )
        .default({}),
      /** The number of criteria the source says the unit no longer meets since it was recognised ("rớt 2 tiêu chí": 2). Default: not stated. */
      reportedLost: z.number().int().positive().optional(),
      ...reportingFields(reference),
      /** A note for readers (e.g. the target "về đích cuối năm 2020"). Default: none. */
      note: text.optional(),
      ...commonFields(reference),
    })
    .refine(...reportedByOneOf('kết quả đánh giá này'))
    .refine(
      (a) =>
        !(
          a.reportedMet !== undefined &&
          a.reportedTotal !== undefined &&
          a.reportedMet > a.reportedTotal
        ),
      {
        error:
          '`reportedMet` lớn hơn `reportedTotal`: kiểm tra lại hai con số (bài ghi "đạt 16/20" thì reportedMet: 16, reportedTotal: 20)',
        path: ['reportedMet'],
      },
    )
    .refine(
      (a) =>
        !(
          a.indicatorsMet !== undefined &&
          a.indicatorsTotal !== undefined &&
          a.indicatorsMet > a.indicatorsTotal
        ),
      {
        error:
          '`indicatorsMet` lớn hơn `indicatorsTotal`: kiểm tra lại hai con số (bài ghi "46/57 chỉ tiêu" thì indicatorsMet: 46, indicatorsTotal: 57)',
        path: ['indicatorsMet'],
      },
    );
}
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
