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
    id: slug.meta({
      description: 'Mã của mục tiêu, không trùng trong kế hoạch (vd `thon-kieu-mau`).',
    }),
    text: text.meta({ description: 'Mục tiêu, theo lời của nguồn.' }),
    metric: slug.optional().meta({
      description:
        'Cái được đếm: mã chỉ tiêu như trong content/statistics/ (vd `so-thon-kieu-mau`). Mặc định: không có.',
    }),
    value: z.number().optional().meta({
      description:
        'Con số phải đạt, chỉ khi nguồn nêu số. Mặc định: không có (mục tiêu chỉ bằng lời).',
    }),
    unit: text.optional().meta({
      description: 'Đơn vị của `value` (vd "thôn", "tiêu chí", "%"). Mặc định: không có.',
    }),
    year: z.number().int().min(1945).max(2100).optional().meta({
      description: 'Năm phải đạt. Mặc định: năm cuối của kế hoạch.',
    }),
    place: reference('places')
      .optional()
      .meta({ description: 'Địa bàn của mục tiêu (id). Mặc định: các địa bàn của kế hoạch.' }),
  });
}
export type Target = z.output<ReturnType<typeof targetSchema>>;

/** A plan: its title and form, who adopted it, when, and the years it covers. */
function planIdentity(reference: ReferenceFactory) {
  return {
    type: z.literal('plan').default('plan').meta({
      description: 'Loại bản ghi; luôn là plan. Mặc định: plan.',
    }),
    title: text.optional().meta({
      description:
        'Tên như in. Chưa biết tên thì bỏ trường này (không viết mô tả thay) và ghi `document`: trang gọi kế hoạch theo văn bản ban hành. Mặc định: không có.',
      examples: ['Kế hoạch thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2021–2025'],
    }),
    kind: z
      .enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]], {
        error: `phải là một trong các giá trị: ${Object.keys(PLAN_KINDS).join(', ')}`,
      })
      .meta({
        description:
          'Hình thức: ke-hoach (kế hoạch), chuong-trinh (chương trình) hoặc de-an (đề án).',
        examples: ['ke-hoach'],
      }),
    document: reference('documents')
      .optional()
      .meta({
        description: 'Văn bản ban hành kế hoạch (id trong content/documents/). Mặc định: không có.',
        examples: ['thanh-hoa/hoang-hoa/ubnd/2021-04-20-89-kh-ubnd'],
      }),
    adoptedBy: reference('bodies').meta({
      description: 'Cơ quan ban hành (id trong content/bodies/).',
      examples: ['thanh-hoa/hoang-hoa/ubnd'],
    }),
    date: isoDate.optional().meta({
      description:
        'Ngày ban hành; hạn của các nhiệm vụ không được trước ngày này. Mặc định: ngày của văn bản `document`.',
      examples: ['2021-04-20'],
    }),
    periodFrom: z
      .number()
      .int()
      .min(1945)
      .max(2100)
      .optional()
      .meta({
        description: 'Năm đầu của kế hoạch. Mặc định: chưa biết.',
        examples: [2021],
      }),
    periodTo: z
      .number()
      .int()
      .min(1945)
      .max(2100)
      .optional()
      .meta({
        description: 'Năm cuối của kế hoạch. Mặc định: chưa biết.',
        examples: [2025],
      }),
  };
}

/** A plan: the places it covers, its targets and tasks, what it rests on, where it was read. */
function planContent(reference: ReferenceFactory) {
  return {
    places: z
      .array(reference('places'))
      .default([])
      .meta({
        description: 'Các địa bàn kế hoạch áp dụng (id). Mặc định: không có.',
        examples: [['thanh-hoa/hoang-hoa/hoang-trung']],
      }),
    targets: z
      .array(targetSchema(reference))
      .default([])
      .meta({
        description:
          'Mục tiêu: `id`, `text`, và `metric`, `value`, `unit`, `year`, `place` khi có; chỉ ghi `value` khi nguồn nêu số. Mặc định: không có.',
        examples: [
          [{ id: 'thon-kieu-mau', text: 'Xây dựng 02 thôn kiểu mẫu', value: 2, unit: 'thôn' }],
        ],
      }),
    tasks: z
      .array(taskSchema(reference))
      .default([])
      .meta({
        description:
          'Nhiệm vụ kế hoạch giao, cùng dạng với nhiệm vụ của cuộc họp. Mặc định: không có.',
        examples: [
          [
            {
              id: 't1',
              text: 'Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn',
              assignees: ['thanh-hoa/hoang-hoa/ubnd'],
              deadline: { quarter: '2021-Q4', text: 'trong quý IV/2021' },
            },
          ],
        ],
      }),
    basedOn: z
      .array(reference('documents'))
      .default([])
      .meta({
        description: 'Các văn bản kế hoạch căn cứ vào (id). Mặc định: không có.',
        examples: [['trung-uong/thu-tuong-chinh-phu/2022-03-08-318-qd-ttg']],
      }),
    source: sourceSchema.optional().meta({
      description: 'Bài báo mà kế hoạch được đọc từ đó, nếu có. Mặc định: không có.',
      examples: [
        {
          title: 'Hoằng Hóa triển khai kế hoạch xây dựng nông thôn mới',
          archive: '002_0b1c.txt',
        },
      ],
    }),
    summary: text.meta({
      description: 'Hai ba câu tóm tắt bằng lời của mình.',
      examples: ['Kế hoạch đặt mục tiêu đưa hai xã về đích nông thôn mới.'],
    }),
  };
}

export function planSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      ...planIdentity(reference),
      ...planContent(reference),
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
