/** Assessments: one commune (or village) on one date scored against one criteria set. */
import { z } from 'astro/zod';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import { commonFields, isoDate, text, type ReferenceFactory } from './shared.ts';

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
      /** The number of criteria met as the source states it ("đạt 16/20": 16). Checked against `statuses`. Default: not stated. */
      reportedMet: z.number().int().nonnegative().optional(),
      /** The number of criteria the source counts out of ("16/20": 20). Checked against the set's size. Default: not stated. */
      reportedTotal: z.number().int().positive().optional(),
      /** The meeting that reported it (id in content/meetings/). Default: none. */
      reportedIn: reference('meetings').optional(),
      /** The document that reported it (id in content/documents/). Default: none. */
      reportedBy: reference('documents').optional(),
      /** A note for readers (e.g. the target "về đích cuối năm 2020"). Default: none. */
      note: text.optional(),
      ...commonFields(reference),
    })
    .refine((a) => a.reportedIn !== undefined || a.reportedBy !== undefined, {
      error:
        'ghi rõ bản ghi nào báo cáo kết quả đánh giá này: `reportedIn` (một cuộc họp) hoặc `reportedBy` (một văn bản)',
      path: ['reportedIn'],
    });
}
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
