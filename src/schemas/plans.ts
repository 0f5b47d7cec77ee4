/** Plans: plans, programmes of action and schemes (KH, CTr, ĐA) with their period, targets and tasks. */
import { z } from 'astro/zod';
import {
  commonFields,
  isoDate,
  slug,
  sourceSchema,
  text,
  type ReferenceFactory,
} from './shared.ts';
import { taskSchema } from './tasks.ts';

export const PLAN_KINDS = {
  'ke-hoach': 'Kế hoạch',
  'chuong-trinh': 'Chương trình',
  'de-an': 'Đề án',
} as const;
export type PlanKind = keyof typeof PLAN_KINDS;

/** A target a plan sets: in words, and as a number when it has one. */
export function targetSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** Id unique within the plan (e.g. `thon-kieu-mau`). */
    id: slug,
    /** The target in the source's words. */
    text: text,
    /** What is counted (a metric id as used in content/statistics/, e.g. `so-thon-kieu-mau`). Default: none. */
    metric: slug.optional(),
    /** The number aimed at. Default: none (a target in words only). */
    value: z.number().optional(),
    /** Unit of `value` (e.g. "thôn", "tiêu chí", "%"). Default: none. */
    unit: text.optional(),
    /** Year by which it is due. Default: the end of the plan's period. */
    year: z.number().int().min(1945).max(2100).optional(),
    /** Place the target is for. Default: the plan's places. */
    place: reference('places').optional(),
  });
}
export type Target = z.output<ReturnType<typeof targetSchema>>;

export function planSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `plan`. Default: `plan`. */
      type: z.literal('plan').default('plan'),
      /**
       * Title as printed. Default: none: leave it out when no source gives it (never write a
       * description); the site then names the plan by the document that adopted it.
       */
      title: text.optional(),
      /** Form: ke-hoach, chuong-trinh or de-an. */
      kind: z.enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]], {
        error: `phải là một trong các giá trị: ${Object.keys(PLAN_KINDS).join(', ')}`,
      }),
      /** The document that adopted it (id in content/documents/). Default: none. */
      document: reference('documents').optional(),
      /** The body that adopted it. */
      adoptedBy: reference('bodies'),
      /** Day it was adopted. Default: the document's date. */
      date: isoDate.optional(),
      /** First year it covers. Default: unknown. */
      periodFrom: z.number().int().min(1945).max(2100).optional(),
      /** Last year it covers. Default: unknown. */
      periodTo: z.number().int().min(1945).max(2100).optional(),
      /** Places it covers. Default: none. */
      places: z.array(reference('places')).default([]),
      /** Targets it sets. Default: none. */
      targets: z.array(targetSchema(reference)).default([]),
      /** Tasks it assigns. Default: none. */
      tasks: z.array(taskSchema(reference)).default([]),
      /** The documents it is based on (căn cứ). Default: none. */
      basedOn: z.array(reference('documents')).default([]),
      /** The published article it was read from, if any. Default: none. */
      source: sourceSchema.optional(),
      /** Two or three sentences in our words. */
      summary: text,
      ...commonFields(reference),
    })
    .refine((p) => p.title !== undefined || p.document !== undefined, {
      error:
        'kế hoạch cần `title` (tên như in) hoặc `document` (văn bản ban hành) để trang gọi được tên kế hoạch',
      path: ['title'],
    })
    .refine((p) => !(p.periodFrom && p.periodTo && p.periodTo < p.periodFrom), {
      error: '`periodTo` nhỏ hơn `periodFrom`: kiểm tra lại hai năm',
      path: ['periodTo'],
    });
}
export type Plan = z.output<ReturnType<typeof planSchema>>;
