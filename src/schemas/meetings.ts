/** Meetings: conferences, meetings and working sessions, with their attendance and the tasks they assign. */
import { z } from 'astro/zod';
import {
  commonFields,
  isoDate,
  personSchema,
  sourceSchema,
  text,
  type ReferenceFactory,
} from './shared.ts';
import { taskSchema } from './tasks.ts';

/** The forms a meeting takes in the sources. */
export const MEETING_KINDS = {
  'hoi-nghi': 'Hội nghị',
  'cuoc-hop': 'Cuộc họp',
  'buoi-lam-viec': 'Buổi làm việc',
} as const;
export type MeetingKind = keyof typeof MEETING_KINDS;

/** One group counted at a meeting: how many were expected, how many came, and who was absent. */
export const attendanceGroupSchema = z
  .strictObject({
    /** Who the group is (e.g. "Đơn vị thành viên Tổ công tác"). */
    group: text,
    /** How many attended. */
    present: z.number().int().nonnegative(),
    /** How many were expected. */
    expected: z.number().int().positive(),
    /** The absent, as named in the source. Default: none named. */
    absent: z.array(text).default([]),
  })
  .refine((g) => g.present <= g.expected, {
    error: '`present` lớn hơn `expected`: kiểm tra lại hai con số',
    path: ['present'],
  })
  .refine((g) => g.absent.length === 0 || g.present + g.absent.length === g.expected, {
    error:
      'số người vắng mặt không khớp: `present` cộng số người trong `absent` phải bằng `expected`',
    path: ['absent'],
  });

export function meetingSchema(reference: ReferenceFactory) {
  const person = personSchema(reference);
  return z
    .strictObject({
      /** Record kind; always `meeting`. Default: `meeting`. */
      type: z.literal('meeting').default('meeting'),
      /** Title for lists and the page heading, in Vietnamese. */
      title: text,
      /** Day it was held (or, with `dateQualifier: on-or-before`, the latest day it can have been held). */
      date: isoDate,
      /** `exact` when the source gives the day; `on-or-before` when it only says the meeting had taken place by `date` (e.g. "vừa tổ chức" in an article of that day). Default: exact. */
      dateQualifier: z
        .enum(['exact', 'on-or-before'], { error: 'phải là exact hoặc on-or-before' })
        .default('exact'),
      /** Part of the day, when the source says (sáng, chiều, tối). Default: not stated. */
      partOfDay: z
        .enum(['sáng', 'chiều', 'tối'], { error: 'phải là sáng, chiều hoặc tối' })
        .optional(),
      /** Its form: hoi-nghi, cuoc-hop or buoi-lam-viec. */
      kind: z.enum(Object.keys(MEETING_KINDS) as [MeetingKind, ...MeetingKind[]], {
        error: `phải là một trong các giá trị: ${Object.keys(MEETING_KINDS).join(', ')}`,
      }),
      /** For a review conference, what it reviews (e.g. "Sơ kết quý I năm 2017"). Default: none. */
      review: text.optional(),
      /** Bodies that convened it (ids in content/bodies/); at least one. */
      convenedBy: z
        .array(reference('bodies'))
        .min(1, { error: 'ghi ít nhất một cơ quan triệu tập cuộc họp' }),
      /** Administrative unit where it was held. Default: not stated by the source (never guessed). */
      place: reference('places').optional(),
      /** Room or building, as written (e.g. "Phòng họp Ban Thường vụ Huyện ủy"). Default: not stated. */
      venue: text.optional(),
      /** Who chaired. Default: none (the source does not say). */
      chairs: z.array(person).default([]),
      /** Other participants the source names. Default: none. */
      participants: z.array(person).default([]),
      /** Groups present in general terms (e.g. "Bí thư, Chủ tịch UBND các xã, thị trấn"). Default: none. */
      attendeesText: z.array(text).default([]),
      /** Counted attendance per group, with the absent. Default: not counted. */
      attendance: z.array(attendanceGroupSchema).default([]),
      /** Communes and villages the meeting concerns. Default: none. */
      places: z.array(reference('places')).default([]),
      /** Documents the meeting cites. Default: none. */
      cites: z.array(reference('documents')).default([]),
      /** Documents that record its outcome (e.g. a Thông báo kết luận). Default: none. */
      produces: z.array(reference('documents')).default([]),
      /** Plans the meeting reviews or reports on. Default: none. */
      plans: z.array(reference('plans')).default([]),
      /** Tasks assigned in the conclusions. Default: none. */
      tasks: z.array(taskSchema(reference)).default([]),
      /** The published article. */
      source: sourceSchema,
      /** Two or three sentences in our words for lists and search results. */
      summary: text,
      ...commonFields(reference),
    })
    .superRefine((m, ctx) => {
      const seen = new Set<string>();
      m.tasks.forEach((t, i) => {
        if (seen.has(t.id))
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', i, 'id'],
            message: `mã nhiệm vụ "${t.id}" được dùng hai lần trong bản ghi này: đặt cho mỗi nhiệm vụ một mã riêng`,
          });
        seen.add(t.id);
        if (t.deadline && t.deadline.due < m.date) {
          ctx.addIssue({
            code: 'custom',
            path: ['tasks', i, 'deadline'],
            message: `thời hạn ${t.deadline.due} trước ngày họp (${m.date}): kiểm tra lại cả hai ngày`,
          });
        }
      });
    });
}
export type Meeting = z.output<ReturnType<typeof meetingSchema>>;
