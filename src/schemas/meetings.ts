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
import { voteSchema } from './votes.ts';

export { VOTE_BASES, voteSchema, type Vote } from './votes.ts';

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
    group: text.meta({
      description: 'Nhóm được đếm là ai (vd "Đơn vị thành viên Tổ công tác số 01 (đại diện)").',
    }),
    present: z.number().int().nonnegative().meta({ description: 'Số có mặt.' }),
    expected: z.number().int().positive().meta({ description: 'Số được triệu tập.' }),
    absent: z.array(text).default([]).meta({
      description:
        'Những người, đơn vị vắng mặt, như bài ghi; khi có tên, `present` cộng số tên phải bằng `expected`. Mặc định: bài không nêu tên ai.',
    }),
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

/** A meeting: what kind of meeting it was and when it was held. */
function meetingWhatAndWhen() {
  return {
    type: z.literal('meeting').default('meeting').meta({
      description: 'Loại bản ghi; luôn là meeting. Mặc định: meeting.',
    }),
    title: text.meta({
      description: 'Tiêu đề cho danh sách và đầu trang, bằng tiếng Việt.',
      examples: ['Họp Tổ công tác số 01 triển khai Kế hoạch 60-KH/HU'],
    }),
    date: isoDate.meta({
      description:
        'Ngày họp (11/7/2023 ghi 2023-07-11). Bài không ghi năm: ghi năm suy ra và thêm một mục vào `inferences`. Với `dateQualifier: on-or-before`, là ngày muộn nhất cuộc họp có thể đã diễn ra.',
      examples: ['2023-07-11'],
    }),
    dateQualifier: z
      .enum(['exact', 'on-or-before'], { error: 'phải là exact hoặc on-or-before' })
      .default('exact')
      .meta({
        description:
          'exact khi bài ghi ngày họp; on-or-before khi bài chỉ cho biết cuộc họp đã diễn ra trước `date` (vd "vừa tổ chức" trong bài đăng ngày đó). Mặc định: exact.',
        examples: ['on-or-before'],
      }),
    partOfDay: z
      .enum(['sáng', 'chiều', 'tối'], { error: 'phải là sáng, chiều hoặc tối' })
      .optional()
      .meta({
        description: 'Buổi họp: sáng, chiều hoặc tối, nếu bài ghi. Mặc định: không ghi.',
        examples: ['chiều'],
      }),
    kind: z
      .enum(Object.keys(MEETING_KINDS) as [MeetingKind, ...MeetingKind[]], {
        error: `phải là một trong các giá trị: ${Object.keys(MEETING_KINDS).join(', ')}`,
      })
      .meta({
        description:
          'Hình thức: hoi-nghi (hội nghị), cuoc-hop (cuộc họp), buoi-lam-viec (buổi làm việc), giam-sat (giám sát của HĐND), kiem-tra (kiểm tra) hoặc le (lễ, vd lễ công bố xã đạt chuẩn).',
        examples: ['cuoc-hop'],
      }),
    review: text.optional().meta({
      description:
        'Với hội nghị sơ kết, tổng kết: kỳ được đánh giá (vd "Sơ kết quý I năm 2017"). Mặc định: không có.',
      examples: ['Sơ kết quý I năm 2017'],
    }),
  };
}

/** A meeting: who convened it, where it was held, who chaired and who came. */
function meetingWhoAndWhere(reference: ReferenceFactory) {
  const person = personSchema(reference);
  return {
    convenedBy: z
      .array(reference('bodies'))
      .min(1, { error: 'ghi ít nhất một cơ quan triệu tập cuộc họp' })
      .meta({
        description: 'Các cơ quan triệu tập (id trong content/bodies/), ít nhất một.',
        examples: [['quang-nam/nam-giang/huyen-uy']],
      }),
    place: reference('places')
      .optional()
      .meta({
        description: 'Đơn vị hành chính nơi họp. Mặc định: bài không ghi thì bỏ trống, không đoán.',
        examples: ['quang-nam/nam-giang'],
      }),
    venue: text.optional().meta({
      description:
        'Phòng họp, trụ sở như bài ghi (vd "Phòng họp Ban Thường vụ Huyện ủy"). Mặc định: không ghi.',
      examples: ['Phòng họp Ban Thường vụ Huyện ủy'],
    }),
    chairs: z
      .array(person)
      .default([])
      .meta({
        description:
          'Người chủ trì: `name` (họ tên, không ghi "Đ/c"), `positions`, `role`, `body`; hoặc `description` khi bài chỉ nêu một nhóm. Mặc định: không có (bài không nói ai chủ trì).',
        examples: [[{ name: 'Nguyễn Văn A', positions: ['Phó Bí thư Thường trực Huyện ủy'] }]],
      }),
    participants: z
      .array(person)
      .default([])
      .meta({
        description:
          'Người dự họp khác có tên trong bài (cùng dạng với `chairs`). Mặc định: không có.',
        examples: [[{ name: 'Trần Thị B', positions: ['Chánh Văn phòng Huyện ủy'] }]],
      }),
    attendeesText: z
      .array(text)
      .default([])
      .meta({
        description:
          'Thành phần dự họp nói chung (vd "Bí thư, Chủ tịch UBND các xã, thị trấn"). Mặc định: không có.',
        examples: [['Bí thư, Chủ tịch UBND các xã, thị trấn']],
      }),
    attendance: z
      .array(attendanceGroupSchema)
      .default([])
      .meta({
        description:
          'Số có mặt theo nhóm: `group`, `present`, `expected`, `absent` (tên những người, đơn vị vắng). Mặc định: không đếm.',
        examples: [
          [{ group: 'Đơn vị thành viên', present: 9, expected: 10, absent: ['Trạm y tế'] }],
        ],
      }),
  };
}

/** A meeting: the places, documents and plans it concerned. */
function meetingSubjects(reference: ReferenceFactory) {
  return {
    places: z
      .array(reference('places'))
      .default([])
      .meta({
        description: 'Các xã, thôn mà cuộc họp bàn tới (id). Mặc định: không có.',
        examples: [['quang-nam/nam-giang/thanh-my']],
      }),
    cites: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Các văn bản được nhắc trong bài (id trong content/documents/). Mặc định: không có.',
        examples: [['quang-nam/nam-giang/huyen-uy/2017-07-13-60-kh-hu']],
      }),
    produces: z
      .array(reference('documents'))
      .default([])
      .meta({
        description:
          'Văn bản ghi lại kết quả cuộc họp (vd Thông báo kết luận). Mặc định: không có.',
        examples: [['quang-nam/nam-giang/huyen-uy/2023-07-13-thong-bao-ket-luan']],
      }),
    plans: z
      .array(reference('plans'))
      .default([])
      .meta({
        description: 'Các kế hoạch cuộc họp xem xét (id trong content/plans/). Mặc định: không có.',
        examples: [['quang-nam/nam-giang/60-kh-hu']],
      }),
  };
}

/** A meeting: what it decided and voted, and the article that reports it. */
function meetingOutcome(reference: ReferenceFactory) {
  return {
    tasks: z
      .array(taskSchema(reference))
      .default([])
      .meta({
        description:
          'Nhiệm vụ được giao trong kết luận (xem "Tasks"); hạn không được trước ngày họp. Mặc định: không có.',
        examples: [
          [
            {
              id: 't1',
              text: 'Rà soát các tiêu chí còn thiếu',
              assigneesText: ['Các xã, thị trấn'],
              deadline: { date: '2023-08-15', text: 'hoàn thành trước 15/8/2023' },
              conclusion: '1',
            },
          ],
        ],
      }),
    votes: z
      .array(voteSchema(reference))
      .default([])
      .meta({
        description:
          'Các lần biểu quyết (vd hội đồng thẩm định bỏ phiếu đề nghị công nhận xã), đúng như bài ghi: `subject`, `places`, `for`, `against`, `abstain`, `present`, `members`, `percent`, `percentOf`. Mặc định: không có.',
        examples: [
          [
            {
              subject: 'Đề nghị công nhận xã Kỳ Lạc đạt chuẩn nông thôn mới',
              percent: 100,
              percentOf: 'present',
            },
          ],
        ],
      }),
    source: sourceSchema.meta({
      description:
        'Bài báo đã đăng: bắt buộc `title`; `publisher`, `url`, `publishedAt`, `publishedTime`, `author`, `archive` khi có.',
      examples: [
        {
          title: 'Họp Tổ công tác số 01 - Kế hoạch 60-KH/HU của Huyện ủy',
          publisher: 'Huyện ủy Nam Giang',
          publishedAt: '2023-07-13',
          archive: '000_f394016b0c7f8a8b.txt',
        },
      ],
    }),
    summary: text.meta({
      description: 'Hai ba câu tóm tắt bằng lời của mình, cho danh sách và kết quả tìm kiếm.',
      examples: ['Tổ công tác số 01 họp đánh giá việc thực hiện Kế hoạch 60-KH/HU.'],
    }),
  };
}

export function meetingSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      ...meetingWhatAndWhen(),
      ...meetingWhoAndWhere(reference),
      ...meetingSubjects(reference),
      ...meetingOutcome(reference),
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
