/** Statistics: figures a record reports for a place and period (hectares planted, criteria per commune, …). */
import { z } from 'astro/zod';
import { commonFields, isoDate, slug, text, type ReferenceFactory } from './shared.ts';

/** One reported figure. */
export function figureSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** What is measured, as a stable id (e.g. `binh-quan-tieu-chi-xa`, `dien-tich-lua`). */
    metric: slug,
    /** What is measured, in the source's words (e.g. "Diện tích gieo cấy lúa"). */
    label: text,
    /** The number (write 5.466,32 as 5466.32). */
    value: z.number({
      error: 'ghi số liệu bằng chữ số, dùng dấu chấm cho phần thập phân, ví dụ 5466.32',
    }),
    /** Unit (e.g. "ha", "tấn", "tỷ đồng", "tiêu chí/xã", "người"). */
    unit: text,
    /** True when the source calls it an estimate (ước đạt, ước tính). Default: false. */
    estimate: z.boolean().default(false),
    /** True when the source gives it as a lower bound ("trên 1.000 lượt người"). Default: false. */
    atLeast: z.boolean().default(false),
    /** For a count of criteria, the set it counts against. Default: none. */
    criteriaSet: reference('criteriaSets').optional(),
    /** A note (e.g. "giá trị ước tính của sản lượng hải sản"). Default: none. */
    note: text.optional(),
  });
}
export type Figure = z.output<ReturnType<typeof figureSchema>>;

export function statisticsSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `statistics`. Default: `statistics`. */
      type: z.literal('statistics').default('statistics'),
      /** The place the figures are for. */
      place: reference('places'),
      /** The period, in words (e.g. "Quý I năm 2017"). */
      period: text,
      /** First day of the period. */
      periodStart: isoDate,
      /** Last day of the period (or the day the figures were reported, for a running total). */
      periodEnd: isoDate,
      /** The meeting that reported them. Default: none. */
      reportedIn: reference('meetings').optional(),
      /** The document that reported them. Default: none. */
      reportedBy: reference('documents').optional(),
      /** The figures. */
      figures: z
        .array(figureSchema(reference))
        .min(1, { error: 'cần liệt kê ít nhất một số liệu' }),
      ...commonFields(reference),
    })
    .refine((s) => s.periodEnd >= s.periodStart, {
      error: '`periodEnd` trước `periodStart`: kiểm tra lại hai ngày',
      path: ['periodEnd'],
    })
    .refine((s) => s.reportedIn !== undefined || s.reportedBy !== undefined, {
      error:
        'ghi rõ bản ghi nào báo cáo các số liệu này: `reportedIn` (một cuộc họp) hoặc `reportedBy` (một văn bản)',
      path: ['reportedIn'],
    });
}
export type Statistics = z.output<ReturnType<typeof statisticsSchema>>;
