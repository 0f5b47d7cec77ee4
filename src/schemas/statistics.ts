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
    metric: slug.meta({
      description:
        'Cái được đo, bằng một mã ổn định (vd `binh-quan-tieu-chi-xa`, `dien-tich-lua`); dùng lại cùng mã cho cùng chỉ tiêu.',
    }),
    label: text.meta({
      description: 'Tên chỉ tiêu theo lời của nguồn (vd "Diện tích gieo cấy lúa").',
    }),
    value: z
      .number({
        error: 'ghi số liệu bằng chữ số, dùng dấu chấm cho phần thập phân, ví dụ 5466.32',
      })
      .meta({
        description:
          'Con số, dấu chấm thập phân và không có dấu phân cách hàng nghìn (5.466,32 ghi 5466.32). "Trên 1.000" ghi 1000 kèm `atLeast: true`.',
      }),
    unit: text.meta({
      description:
        'Đơn vị, đúng nghĩa của số (vd "ha", "tấn", "tỷ đồng", "triệu đồng/người/năm", "%", "% kế hoạch", "tiêu chí/xã", "người").',
    }),
    estimate: z.boolean().default(false).meta({
      description: 'true khi nguồn ghi là số ước ("ước đạt", "ước tính"). Mặc định: false.',
    }),
    atLeast: z.boolean().default(false).meta({
      description: 'true khi nguồn ghi là số tối thiểu ("trên 1.000 lượt người"). Mặc định: false.',
    }),
    change: z.boolean().default(false).meta({
      description:
        'true khi số là mức tăng, giảm so với trước ("tăng 4,5 triệu đồng so với năm 2022"), không phải mức hiện có. Mặc định: false.',
    }),
    partOf: slug.optional().meta({
      description:
        '`metric` của số liệu tổng (trong cùng bản ghi) mà số này là một phần ("trong đó vốn nhân dân đóng góp 216 tỷ đồng"). Mặc định: không có.',
    }),
    criteriaSet: reference('criteriaSets').optional().meta({
      description:
        'Với số đếm tiêu chí: bộ tiêu chí được đếm theo, chỉ khi bối cảnh của nguồn cho biết. Mặc định: không có.',
    }),
    note: text.optional().meta({
      description: 'Ghi chú (vd "giá trị ước tính của sản lượng hải sản"). Mặc định: không có.',
    }),
  });
}
export type Figure = z.output<ReturnType<typeof figureSchema>>;

export function statisticsSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      type: z.literal('statistics').default('statistics').meta({
        description: 'Loại bản ghi; luôn là statistics. Mặc định: statistics.',
      }),
      place: reference('places').meta({
        description: 'Địa bàn của các số liệu (id trong content/places/).',
        examples: ['ha-tinh/ky-anh'],
      }),
      period: text.meta({
        description: 'Kỳ số liệu, bằng chữ (vd "Quý I năm 2017").',
        examples: ['Quý I năm 2017'],
      }),
      periodStart: isoDate.meta({ description: 'Ngày đầu kỳ.', examples: ['2017-01-01'] }),
      periodEnd: isoDate.meta({
        description: 'Ngày cuối kỳ; với số lũy kế, là ngày được báo cáo.',
        examples: ['2017-03-31'],
      }),
      ...reportingFields(reference),
      figures: z
        .array(figureSchema(reference))
        .min(1, { error: 'cần liệt kê ít nhất một số liệu' })
        .meta({
          description:
            'Các số liệu, ít nhất một: `metric`, `label`, `value`, `unit`, và `estimate`, `atLeast`, `change`, `partOf`, `criteriaSet`, `note` khi cần.',
          examples: [
            [
              {
                metric: 'dien-tich-lua',
                label: 'Diện tích gieo cấy lúa',
                value: 5466.32,
                unit: 'ha',
              },
            ],
          ],
        }),
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
        const comparable = whole.unit === f.unit && !whole.atLeast && !f.change && !whole.change;
        if (comparable && f.value > whole.value)
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'value'],
            message: `${f.value} ${f.unit} lớn hơn tổng ${whole.value} ${whole.unit} (${whole.label}) mà nó là một phần: kiểm tra lại hai số liệu hoặc \`partOf\``,
          });
      });
    });
}
export type Statistics = z.output<ReturnType<typeof statisticsSchema>>;
