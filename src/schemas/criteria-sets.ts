/** Criteria sets: versioned national sets of NTM criteria, and provincial sets that extend them. */
import { z } from 'astro/zod';
import { inferenceSchema, text, type ReferenceFactory } from './shared.ts';

/** One numbered indicator (chỉ tiêu) of a criterion, e.g. 2.1. */
export const indicatorSchema = z.strictObject({
  /** Its number as printed (e.g. "2.1", "17.8"). */
  code: z
    .string()
    .regex(/^\d+\.\d+$/, { error: 'mã chỉ tiêu ghi theo dạng số tiêu chí.số chỉ tiêu, ví dụ 2.1' }),
  /** Its name. */
  name: text,
  /** The target in words (e.g. "≥70%", "Đạt"). Default: none. */
  target: text.optional(),
});

/** One criterion (tiêu chí) of a set. */
export const criterionSchema = z.strictObject({
  /** Its number in the set (1…19, 20 in a provincial extension). */
  number: z.number().int().positive(),
  /** Its name as the decision prints it. */
  name: text,
  /** The group it belongs to (a `code` from the set's `groups`, or its base's). Default: not known. */
  group: text.optional(),
  /** Other names articles use for it (e.g. "Khu dân cư kiểu mẫu, vườn mẫu"), used to match text. Default: none. */
  aliases: z.array(text).default([]),
  /** Its indicators. Default: none recorded. */
  indicators: z.array(indicatorSchema).default([]),
});
export type Criterion = z.output<typeof criterionSchema>;

export const CRITERIA_LEVELS = { xa: 'Xã', thon: 'Thôn, khu dân cư', huyen: 'Huyện' } as const;
export const CRITERIA_TIERS = {
  'co-ban': 'Nông thôn mới',
  'nang-cao': 'Nông thôn mới nâng cao',
  'kieu-mau': 'Nông thôn mới kiểu mẫu',
} as const;

export function criteriaSetSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Record kind; always `criteria-set`. Default: `criteria-set`. */
      type: z.literal('criteria-set').default('criteria-set'),
      /** Name for readers (e.g. "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020"). */
      name: text,
      /** Short label for charts (e.g. "QĐ 1980 (19 tiêu chí)"). */
      shortName: text,
      /** The decision that issued it (id in content/documents/). */
      decision: reference('documents'),
      /** First year it applies to. */
      periodFrom: z.number().int().min(2000).max(2100),
      /** Last year it applies to. */
      periodTo: z.number().int().min(2000).max(2100),
      /** Which units it scores: xa, thon or huyen. */
      level: z.enum(['xa', 'thon', 'huyen'], { error: 'phải là xa, thon hoặc huyen' }),
      /** Which standard: co-ban, nang-cao or kieu-mau. Default: co-ban. */
      tier: z
        .enum(['co-ban', 'nang-cao', 'kieu-mau'], {
          error: 'phải là co-ban, nang-cao hoặc kieu-mau',
        })
        .default('co-ban'),
      /** A national set this one adds criteria to (a provincial variant). Default: none. */
      extends: reference('criteriaSets').optional(),
      /** The province a provincial variant applies in. Default: none (national). */
      province: reference('places').optional(),
      /** Criterion groups (I … V). Default: none (a variant may reuse its base's groups). */
      groups: z.array(z.strictObject({ code: text, name: text })).default([]),
      /** The criteria this record defines (a variant lists only those it adds). Default: none, only with `criteriaCount`. */
      criteria: z.array(criterionSchema).default([]),
      /** How many criteria the set has, when the record does not list them all (a provincial village set known only as "16 tiêu chí"). Default: the number listed. */
      criteriaCount: z.number().int().positive().optional(),
      /** How many indicators (chỉ tiêu) the set has in all (e.g. 57), when known. Default: not stated. */
      indicatorCount: z.number().int().positive().optional(),
      /** A note for readers (e.g. wording not yet checked against the decision). Default: none. */
      note: text.optional(),
      /** Values worked out rather than stated. Default: none. */
      inferences: z.array(inferenceSchema).default([]),
    })
    .superRefine((s, ctx) => {
      const numbers = new Set<number>();
      s.criteria.forEach((c, i) => {
        if (numbers.has(c.number))
          ctx.addIssue({
            code: 'custom',
            path: ['criteria', i, 'number'],
            message: `tiêu chí ${c.number} được ghi hai lần: chỉ giữ lại một`,
          });
        numbers.add(c.number);
        c.indicators.forEach((ind, j) => {
          if (!ind.code.startsWith(`${c.number}.`)) {
            ctx.addIssue({
              code: 'custom',
              path: ['criteria', i, 'indicators', j, 'code'],
              message: `chỉ tiêu ${ind.code} không thuộc tiêu chí ${c.number}: mã chỉ tiêu phải bắt đầu bằng "${c.number}."`,
            });
          }
        });
      });
      if (s.criteria.length === 0 && s.criteriaCount === undefined && s.extends === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['criteria'],
          message:
            'cần liệt kê ít nhất một tiêu chí, hoặc ghi `criteriaCount` (số tiêu chí của bộ) khi chưa có danh sách tiêu chí',
        });
      if (s.criteriaCount !== undefined) {
        const beyond = s.criteria.filter((c) => c.number > s.criteriaCount!);
        if (beyond.length > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['criteriaCount'],
            message: `bộ có ${s.criteriaCount} tiêu chí nhưng lại liệt kê tiêu chí số ${beyond.map((c) => c.number).join(', ')}: sửa \`criteriaCount\` hoặc số tiêu chí`,
          });
      }
      if (s.periodTo < s.periodFrom)
        ctx.addIssue({
          code: 'custom',
          path: ['periodTo'],
          message: '`periodTo` nhỏ hơn `periodFrom`: kiểm tra lại hai năm',
        });
      if (s.extends && !s.province)
        ctx.addIssue({
          code: 'custom',
          path: ['province'],
          message:
            'bộ tiêu chí có `extends` là bộ tiêu chí riêng của một tỉnh: ghi `province` (tỉnh áp dụng)',
        });
    });
}
export type CriteriaSet = z.output<ReturnType<typeof criteriaSetSchema>>;
