/** Tasks assigned in a meeting or a plan, and their deadlines. */
import { z } from 'astro/zod';
import { isoDate, isoMonth, slug, text, type ReferenceFactory } from './shared.ts';

/** How precisely a deadline is known. */
export type DeadlinePrecision = 'day' | 'month' | 'quarter' | 'year';

/** A normalised deadline: the last day it allows, how precise it is, and the words used. */
export interface Deadline {
  /** Last day allowed (YYYY-MM-DD): the day itself, or the end of the month, quarter or year. */
  due: string;
  precision: DeadlinePrecision;
  /** The period as `YYYY-MM`, `YYYY-Qn` or `YYYY` when the precision is coarser than a day. */
  period?: string;
  /** The source's own wording (e.g. "hoàn thành trong tháng 8/2023"). */
  text?: string;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A deadline as a clerk writes it: exactly one of `date`, `month` (YYYY-MM), `quarter`
 * (YYYY-Qn) or `year`, plus the source's wording in `text`.
 */
export const deadlineSchema = z
  .strictObject({
    /** A day: "hoàn thành trước 15/8/2023" → 2023-08-15. */
    date: isoDate.optional(),
    /** A month: "trong tháng 8/2023" → 2023-08. */
    month: isoMonth.optional(),
    /** A quarter: "trong quý II/2017" → 2017-Q2. */
    quarter: z
      .string()
      .regex(/^\d{4}-Q[1-4]$/, { error: 'ghi quý theo dạng YYYY-Qn, ví dụ 2017-Q2' })
      .optional(),
    /** A year: "cuối năm 2020" → 2020. */
    year: z.number().int().min(1945).max(2100).optional(),
    /** The source's own wording. Default: none. */
    text: text.optional(),
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
  });

/** What is known of a task's progress. `open` until a later record reports otherwise. */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function taskSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Id unique within the record (e.g. `t1`, `de-an-mia`); with the record id it names the task for good. */
      id: slug,
      /** What must be done, in the source's words or close to them. */
      text: text,
      /** Bodies the task is given to (ids in content/bodies/). Default: none. */
      assignees: z.array(reference('bodies')).default([]),
      /** Assignees without a record (e.g. "các đơn vị thành viên TCT"), as written. Default: none. */
      assigneesText: z.array(text).default([]),
      /** Deadline, when one is set. Default: none. */
      deadline: deadlineSchema.optional(),
      /** Which numbered conclusion or section it comes from (e.g. "2", "II.1"). Default: none. */
      conclusion: z.union([z.string(), z.number()]).transform(String).optional(),
      /** Programme the task belongs to. Default: none. */
      programme: reference('programmes').optional(),
      /** Places the task concerns. Default: none. */
      places: z.array(reference('places')).default([]),
      /** Progress: open, done or cancelled. Default: open. */
      status: z.enum(TASK_STATUSES, { error: 'phải là open, done hoặc cancelled' }).default('open'),
      /** Day the status was reported (required for done or cancelled). */
      statusDate: isoDate.optional(),
      /** The record that reports the status (a meeting). Default: none. */
      statusSource: reference('meetings').optional(),
    })
    .refine((t) => t.status === 'open' || t.statusDate !== undefined, {
      error: 'nhiệm vụ ghi done hoặc cancelled cần có `statusDate` (ngày báo cáo tình trạng đó)',
      path: ['statusDate'],
    });
}
export type Task = z.output<ReturnType<typeof taskSchema>>;
