/** Statistics: figures a record reports for a place and period (hectares planted, criteria per commune, …). */
import { z } from 'astro/zod';
import { commonFields, isoDate, slug, text, type ReferenceFactory } from './shared.ts';

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
      description: 'Đơn vị (vd "ha", "tấn", "tỷ đồng", "tiêu chí/xã", "người").',
    }),
    estimate: z.boolean().default(false).meta({
      description: 'true khi nguồn ghi là số ước ("ước đạt", "ước tính"). Mặc định: false.',
    }),
    atLeast: z.boolean().default(false).meta({
      description: 'true khi nguồn ghi là số tối thiểu ("trên 1.000 lượt người"). Mặc định: false.',
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
      reportedIn: reference('meetings')
        .optional()
        .meta({
          description:
            'Cuộc họp báo cáo các số liệu (id trong content/meetings/). Cần `reportedIn` hoặc `reportedBy`. Mặc định: không có.',
          examples: ['2017/2017-04-05-so-ket-quy-i-ky-anh'],
        }),
      reportedBy: reference('documents')
        .optional()
        .meta({
          description:
            'Văn bản báo cáo các số liệu (id trong content/documents/). Cần `reportedIn` hoặc `reportedBy`. Mặc định: không có.',
          examples: ['ha-tinh/ky-anh/ubnd/2017-04-05-bao-cao'],
        }),
      figures: z
        .array(figureSchema(reference))
        .min(1, { error: 'cần liệt kê ít nhất một số liệu' })
        .meta({
          description:
            'Các số liệu, ít nhất một: `metric`, `label`, `value`, `unit`, và `estimate`, `atLeast`, `criteriaSet`, `note` khi cần.',
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
    .refine((s) => s.reportedIn !== undefined || s.reportedBy !== undefined, {
      error:
        'ghi rõ bản ghi nào báo cáo các số liệu này: `reportedIn` (một cuộc họp) hoặc `reportedBy` (một văn bản)',
      path: ['reportedIn'],
    });
}
export type Statistics = z.output<ReturnType<typeof statisticsSchema>>;
