/** Tasks assigned in a meeting or a plan, and their deadlines. */
import { z } from 'astro/zod';
import { isoDate, isoMonth, slug, text, writtenForms, type ReferenceFactory } from './shared.ts';

/** How precisely a deadline is known. */
export const DEADLINE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type DeadlinePrecision = (typeof DEADLINE_PRECISIONS)[number];

/** A normalised deadline: the last day it allows, how precise it is, and the words used. */
export const deadlineOutputSchema = z
  .strictObject({
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .meta({
        description:
          'Ngày cuối cùng được phép (YYYY-MM-DD): chính ngày đó, hoặc ngày cuối của tháng, quý, năm.',
      }),
    precision: z.enum(DEADLINE_PRECISIONS).meta({
      description: 'Hạn chính xác tới đâu: day, month, quarter hoặc year.',
    }),
    period: z.string().optional().meta({
      description: 'Tháng, quý hoặc năm của hạn (YYYY-MM, YYYY-Qn, YYYY), khi hạn không tới ngày.',
    }),
    text: z.string().optional().meta({ description: 'Lời ghi hạn trong bài.' }),
  })
  .meta({
    description:
      'Thời hạn đã chuẩn hoá: ngày cuối cùng được phép, độ chính xác, kỳ và lời trong bài.',
  });
export type Deadline = z.output<typeof deadlineOutputSchema>;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A quarter written `YYYY-Qn` (e.g. `2017-Q2`). */
const quarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { error: 'ghi quý theo dạng YYYY-Qn, ví dụ 2017-Q2' });
writtenForms.add(quarter, { form: 'quarter `YYYY-Qn`' });

/**
 * A deadline as a clerk writes it: exactly one of `date`, `month` (YYYY-MM), `quarter`
 * (YYYY-Qn) or `year`, plus the source's wording in `text`.
 */
export const deadlineSchema = z
  .strictObject({
    date: isoDate.optional().meta({
      description:
        'Hạn là một ngày: "hoàn thành trước 15/8/2023" ghi 2023-08-15. Ghi đúng một trong `date`, `month`, `quarter`, `year`. Mặc định: không có.',
    }),
    month: isoMonth.optional().meta({
      description:
        'Hạn là một tháng: "trong tháng 8/2023" ghi 2023-08. Ghi đúng một trong `date`, `month`, `quarter`, `year`. Mặc định: không có.',
    }),
    quarter: quarter.optional().meta({
      description:
        'Hạn là một quý: "trong quý II/2017" ghi 2017-Q2. Ghi đúng một trong `date`, `month`, `quarter`, `year`. Mặc định: không có.',
    }),
    year: z.number().int().min(1945).max(2100).optional().meta({
      description:
        'Hạn là một năm: "cuối năm 2020" ghi 2020. Ghi đúng một trong `date`, `month`, `quarter`, `year`. Mặc định: không có.',
    }),
    text: text.optional().meta({
      description:
        'Lời ghi hạn trong bài (vd "hoàn thành trong tháng 8/2023"). Mặc định: không có.',
    }),
  })
  .refine((d) => [d.date, d.month, d.quarter, d.year].filter((v) => v !== undefined).length === 1, {
    error: 'ghi đúng một trong các trường `date`, `month`, `quarter` hoặc `year`',
  })
  .transform((d): Deadline => {
    const words = d.text === undefined ? {} : { text: d.text };
    if (d.date) return { due: d.date, precision: 'day', ...words };
    if (d.month) {
      const [y, m] = d.month.split('-').map(Number);
      return { due: lastDayOfMonth(y!, m!), precision: 'month', period: d.month, ...words };
    }
    if (d.quarter) {
      const [y, q] = d.quarter.split('-Q').map(Number);
      return { due: lastDayOfMonth(y!, q! * 3), precision: 'quarter', period: d.quarter, ...words };
    }
    return { due: `${d.year}-12-31`, precision: 'year', period: String(d.year), ...words };
  })
  .pipe(deadlineOutputSchema);

/** What is known of a task's progress. `open` until a later record reports otherwise. */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function taskSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      id: slug.meta({
        description:
          'Mã của nhiệm vụ, không trùng trong bản ghi (vd `t1`, `de-an-mia`); cùng id bản ghi, nó gọi tên nhiệm vụ mãi về sau, nên đừng đổi.',
      }),
      text: text.meta({ description: 'Việc phải làm, theo lời của bài hoặc sát với lời bài.' }),
      assignees: z.array(reference('bodies')).default([]).meta({
        description: 'Các cơ quan được giao (id trong content/bodies/). Mặc định: không có.',
      }),
      assigneesText: z.array(text).default([]).meta({
        description:
          'Người nhận việc chưa có bản ghi, như bài ghi (vd "Các xã, thị trấn", "Đồng chí Tổ phó Tổ công tác"). Mặc định: không có.',
      }),
      deadline: deadlineSchema.optional().meta({
        description:
          'Thời hạn: đúng một trong `date`, `month`, `quarter`, `year`, kèm `text` là lời trong bài. Mặc định: không có hạn.',
      }),
      conclusion: z
        .union([z.string(), z.number()])
        .transform(String)
        .pipe(z.string())
        .optional()
        .meta({
          description:
            'Số của mục kết luận hoặc phần mà nhiệm vụ thuộc về (vd "2", "II.4"); ghi chữ cũng được. Mặc định: không có.',
        }),
      programme: reference('programmes')
        .optional()
        .meta({ description: 'Chương trình mà nhiệm vụ thuộc về (id). Mặc định: không có.' }),
      places: z
        .array(reference('places'))
        .default([])
        .meta({ description: 'Các địa bàn nhiệm vụ liên quan (id). Mặc định: không có.' }),
      status: z
        .enum(TASK_STATUSES, { error: 'phải là open, done hoặc cancelled' })
        .default('open')
        .meta({
          description:
            'Tình trạng: open (đang làm), done (đã xong) hoặc cancelled (đã huỷ). Mặc định: open.',
        }),
      statusDate: isoDate.optional().meta({
        description:
          'Ngày tình trạng được báo cáo; bắt buộc khi status là done hoặc cancelled, và không trước ngày giao việc. Mặc định: không có.',
      }),
      statusSource: reference('meetings')
        .optional()
        .meta({ description: 'Cuộc họp báo cáo tình trạng đó (id). Mặc định: không có.' }),
    })
    .refine((t) => t.status === 'open' || t.statusDate !== undefined, {
      error: 'nhiệm vụ ghi done hoặc cancelled cần có `statusDate` (ngày báo cáo tình trạng đó)',
      path: ['statusDate'],
    });
}
export type Task = z.output<ReturnType<typeof taskSchema>>;
