/** Criteria sets: versioned national sets of NTM criteria, and provincial sets that extend them. */
import { z } from 'astro/zod';
import { inferenceSchema, text, type ReferenceFactory } from './shared.ts';

/** One numbered indicator (chỉ tiêu) of a criterion, e.g. 2.1. */
export const indicatorSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\d+\.\d+$/, { error: 'mã chỉ tiêu ghi theo dạng số tiêu chí.số chỉ tiêu, ví dụ 2.1' })
    .meta({
      description:
        'Số của chỉ tiêu như in, bắt đầu bằng số của tiêu chí (vd "2.1", "17.8"); đặt trong ngoặc kép.',
    }),
  name: text.meta({ description: 'Tên chỉ tiêu.' }),
  target: text.optional().meta({
    description: 'Mức phải đạt, bằng chữ (vd "≥70%", "Đạt"). Mặc định: không có.',
  }),
});

/** One criterion (tiêu chí) of a set. */
export const criterionSchema = z.strictObject({
  number: z
    .number()
    .int()
    .positive()
    .meta({ description: 'Số thứ tự trong bộ (1…19, hoặc 20 ở bộ của tỉnh).' }),
  name: text.meta({ description: 'Tên tiêu chí như quyết định in.' }),
  group: text.optional().meta({
    description:
      'Nhóm của tiêu chí: một `code` trong `groups` của bộ (hoặc của bộ gốc). Mặc định: chưa biết.',
  }),
  aliases: z.array(text).default([]).meta({
    description:
      'Các tên khác bài báo dùng cho tiêu chí (vd "Khu dân cư kiểu mẫu, vườn mẫu"), để đối chiếu với bài. Mặc định: không có.',
  }),
  indicators: z.array(indicatorSchema).default([]).meta({
    description:
      'Các chỉ tiêu của tiêu chí: `code`, `name`, `target`. Để trống còn hơn tự nghĩ ra. Mặc định: không có.',
  }),
});
export type Criterion = z.output<typeof criterionSchema>;

export const CRITERIA_LEVELS = { xa: 'Xã', thon: 'Thôn, khu dân cư', huyen: 'Huyện' } as const;
export const CRITERIA_TIERS = {
  'co-ban': 'Nông thôn mới',
  'nang-cao': 'Nông thôn mới nâng cao',
  'kieu-mau': 'Nông thôn mới kiểu mẫu',
} as const;

/** A criteria set: its names, the decision that issued it, its period, level and standard. */
function criteriaSetIdentity(reference: ReferenceFactory) {
  return {
    type: z.literal('criteria-set').default('criteria-set').meta({
      description: 'Loại bản ghi; luôn là criteria-set. Mặc định: criteria-set.',
    }),
    name: text.meta({
      description:
        'Tên cho người đọc (vd "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020").',
      examples: ['Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020'],
    }),
    shortName: text.meta({
      description: 'Nhãn ngắn cho biểu đồ (vd "QĐ 1980 (19 tiêu chí)").',
      examples: ['QĐ 1980 (19 tiêu chí)'],
    }),
    decision: reference('documents').meta({
      description:
        'Quyết định ban hành bộ tiêu chí (id trong content/documents/). Chưa biết quyết định: trỏ tới một văn bản có tiêu đề trong ngoặc vuông kèm một mục `inferences`, không bao giờ tự đặt số.',
      examples: ['trung-uong/thu-tuong-chinh-phu/2016-10-17-1980-qd-ttg'],
    }),
    periodFrom: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .meta({ description: 'Năm đầu áp dụng.', examples: [2016] }),
    periodTo: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .meta({ description: 'Năm cuối áp dụng.', examples: [2020] }),
    level: z.enum(['xa', 'thon', 'huyen'], { error: 'phải là xa, thon hoặc huyen' }).meta({
      description: 'Đơn vị được chấm: xa, thon hoặc huyen.',
      examples: ['xa'],
    }),
    tier: z
      .enum(['co-ban', 'nang-cao', 'kieu-mau'], {
        error: 'phải là co-ban, nang-cao hoặc kieu-mau',
      })
      .default('co-ban')
      .meta({
        description: 'Mức: co-ban, nang-cao hoặc kieu-mau. Mặc định: co-ban.',
        examples: ['co-ban'],
      }),
    extends: reference('criteriaSets')
      .optional()
      .meta({
        description:
          'Bộ tiêu chí quốc gia mà bộ của tỉnh này bổ sung; phải cùng cấp, và chuỗi `extends` không được vòng lại. Mặc định: không có.',
        examples: ['qd-1980-2016-2020'],
      }),
    province: reference('places')
      .optional()
      .meta({
        description: 'Tỉnh áp dụng; bắt buộc khi có `extends`. Mặc định: không có (bộ quốc gia).',
        examples: ['ha-tinh'],
      }),
  };
}

/** A criteria set: its groups and criteria, notes and inferences. */
function criteriaSetContents() {
  return {
    groups: z
      .array(
        z.strictObject({
          code: text.meta({ description: 'Mã nhóm (vd "I").' }),
          name: text.meta({ description: 'Tên nhóm (vd "Quy hoạch").' }),
        }),
      )
      .default([])
      .meta({
        description:
          'Các nhóm tiêu chí (I … V): `code` và `name`. Mặc định: không có (bộ của tỉnh có thể dùng nhóm của bộ gốc).',
        examples: [[{ code: 'I', name: 'Quy hoạch' }]],
      }),
    criteria: z
      .array(criterionSchema)
      .default([])
      .meta({
        description:
          'Các tiêu chí bản ghi này định nghĩa (bộ của tỉnh chỉ ghi những tiêu chí nó thêm): `number`, `name`, `group`, `aliases`, `indicators`. Mặc định: không có, chỉ khi có `criteriaCount`.',
        examples: [[{ number: 1, name: 'Quy hoạch', group: 'I' }]],
      }),
    criteriaCount: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        description:
          'Số tiêu chí của bộ, khi bản ghi chưa liệt kê đủ (vd bộ tiêu chí thôn của tỉnh chỉ biết là "16 tiêu chí"). Mặc định: số tiêu chí đã liệt kê.',
        examples: [16],
      }),
    indicatorCount: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        description: 'Tổng số chỉ tiêu của bộ (vd 57), khi biết. Mặc định: không ghi.',
        examples: [57],
      }),
    note: text.optional().meta({
      description:
        'Ghi chú cho người đọc (vd tên tiêu chí chưa đối chiếu với quyết định). Mặc định: không có.',
      examples: ['Tên các tiêu chí chưa đối chiếu với bản in của quyết định.'],
    }),
    inferences: z
      .array(inferenceSchema)
      .default([])
      .meta({
        description:
          'Giá trị suy ra chứ không ghi rõ: mỗi mục ghi `field` và `note`. Mặc định: không có.',
        examples: [
          [{ field: 'criteria', note: 'Tên tiêu chí lấy từ bài báo, chưa có bản quyết định.' }],
        ],
      }),
  };
}

export function criteriaSetSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      ...criteriaSetIdentity(reference),
      ...criteriaSetContents(),
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
      const count = s.criteriaCount;
      const beyond = count === undefined ? [] : s.criteria.filter((c) => c.number > count);
      if (beyond.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['criteriaCount'],
          message: `bộ có ${count} tiêu chí nhưng lại liệt kê tiêu chí số ${beyond.map((c) => c.number).join(', ')}: sửa \`criteriaCount\` hoặc số tiêu chí`,
        });
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
