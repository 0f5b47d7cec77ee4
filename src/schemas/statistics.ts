/** Statistics: figures a record reports for a place and period (hectares planted, criteria per commune, …). */
import { z } from 'astro/zod';
import {
  commonFields,
  isoDate,
  reportedByOneOf,
  reportingFields,
  slug,
  text,
  type ReferenceFactory,
} from './shared.ts';

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
    /** Unit exactly as meant (e.g. "ha", "tấn", "tỷ đồng", "triệu đồng/người/năm", "%", "% kế hoạch", "tiêu chí/xã"). */
    unit: text,
    /** True when the source calls it an estimate (ước đạt, ước tính). Default: false. */
    estimate: z.boolean().default(false),
    /** True when the source gives it as a lower bound ("trên 1.000 lượt người"). Default: false. */
    atLeast: z.boolean().default(false),
    /** True when the figure is a change from an earlier level ("tăng 4,5 triệu đồng so với năm 2022"), not a level. Default: false. */
    change: z.boolean().default(false),
    /** The `metric` of the figure in the same record that this one is part of ("trong đó vốn nhân dân đóng góp 216 tỷ đồng"). Default: none. */
    partOf: slug.optional(),
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
      ...reportingFields(reference),
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
    .refine(...reportedByOneOf('các số liệu này'))
    .superRefine((s, ctx) => {
      const byMetric = new Map(s.figures.map((f) => [f.metric, f]));
      s.figures.forEach((f, i) => {
        if (f.partOf === undefined) return;
        const whole = byMetric.get(f.partOf);
        if (!whole || f.partOf === f.metric) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'partOf'],
            message: `không có số liệu nào khác trong bản ghi này có metric "${f.partOf}": \`partOf\` ghi metric của số liệu tổng mà số liệu này là một phần`,
          });
          return;
        }
        if (
          whole.unit === f.unit &&
          !whole.atLeast &&
          !f.change &&
          !whole.change &&
          f.value > whole.value
        )
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'value'],
            message: `${f.value} ${f.unit} lớn hơn tổng ${whole.value} ${whole.unit} (${whole.label}) mà nó là một phần: kiểm tra lại hai số liệu hoặc \`partOf\``,
          });
      });
    });
}
export type Statistics = z.output<ReturnType<typeof statisticsSchema>>;
