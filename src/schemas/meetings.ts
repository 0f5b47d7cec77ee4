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
  'giam-sat': 'Giám sát',
  'kiem-tra': 'Kiểm tra',
  le: 'Lễ',
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

/** What a share of votes is counted out of: the members present, or all members of the body. */
export const VOTE_BASES = { present: 'thành viên có mặt', members: 'tổng số thành viên' } as const;

/**
 * One vote at a meeting (an appraisal council's ballot on recognising communes): only what the
 * source states; a count or a percentage it does not give is left out, never computed.
 */
export function voteSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** What was voted on, in the source's words (e.g. "Đề nghị công nhận 4 xã đạt chuẩn nông thôn mới"). */
      subject: text,
      /** The units the vote concerns (ids in content/places/). Default: none. */
      places: z.array(reference('places')).default([]),
      /** Votes in favour. Default: not stated. */
      for: z.number().int().nonnegative().optional(),
      /** Votes against. Default: not stated. */
      against: z.number().int().nonnegative().optional(),
      /** Abstentions. Default: not stated. */
      abstain: z.number().int().nonnegative().optional(),
      /** Members present. Default: not stated. */
      present: z.number().int().positive().optional(),
      /** Members of the body. Default: not stated. */
      members: z.number().int().positive().optional(),
      /** Share in favour, in per cent, as the source states it (100 for "100% thành viên đồng ý"). Default: not stated. */
      percent: z.number().min(0).max(100).optional(),
      /** What `percent` is out of: `present` or `members`. Default: not stated. */
      percentOf: z
        .enum(['present', 'members'], { error: 'phải là present hoặc members' })
        .optional(),
      /** A note for readers. Default: none. */
      note: text.optional(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.for === undefined && v.against === undefined && v.percent === undefined)
        issue(
          'for',
          'ghi kết quả bỏ phiếu như bài nêu: `for` (số phiếu đồng ý) hoặc `percent` (tỷ lệ đồng ý); bài chỉ nói "thống nhất cao" thì không ghi phiếu, chỉ ghi trong tóm tắt',
        );
      const cast = (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0);
      if (v.present !== undefined && cast > v.present)
        issue(
          'present',
          `số phiếu (${cast}) nhiều hơn số thành viên có mặt (${v.present}): kiểm tra lại các con số`,
        );
      if (v.members !== undefined && (v.present ?? cast) > v.members)
        issue(
          'members',
          `số thành viên có mặt hoặc số phiếu (${v.present ?? cast}) nhiều hơn tổng số thành viên (${v.members}): kiểm tra lại các con số`,
        );
      const base = v.percentOf === undefined ? undefined : v[v.percentOf];
      if (v.percent !== undefined && v.for !== undefined && base !== undefined) {
        const computed = (v.for / base) * 100;
        if (Math.abs(computed - v.percent) > 1)
          issue(
            'percent',
            `${v.for}/${base} ${VOTE_BASES[v.percentOf!]} là ${computed.toFixed(1)}%, không phải ${v.percent}%: kiểm tra lại số phiếu hoặc tỷ lệ`,
          );
      }
    });
}
export type Vote = z.output<ReturnType<typeof voteSchema>>;

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
      /** Its form: hoi-nghi, cuoc-hop, buoi-lam-viec, giam-sat (an HĐND supervision), kiem-tra (an inspection) or le (a ceremony). */
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
      /** Votes taken (an appraisal council's ballot), as the source states them. Default: none. */
      votes: z.array(voteSchema(reference)).default([]),
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
