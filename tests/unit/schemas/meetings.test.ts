import { describe, expect, test } from 'vitest';
import { meetingSchema } from '../../../src/schemas/meetings.ts';
import { parseWith } from './helpers.ts';

const valid = {
  title: 'Họp Tổ công tác số 01',
  date: '2023-07-11',
  kind: 'cuoc-hop',
  convenedBy: ['quang-nam/nam-giang/to-cong-tac-01'],
  chairs: [{ name: 'Lê Văn Hường', role: 'Tổ trưởng Tổ công tác' }],
  attendance: [
    {
      group: 'Đơn vị thành viên',
      present: 9,
      expected: 10,
      absent: ['Trạm y tế Thị trấn Thạnh Mỹ'],
    },
  ],
  tasks: [
    {
      id: 'de-an-mia',
      text: 'Xây dựng Đề án',
      deadline: { date: '2023-08-15', text: 'hoàn thành trước 15/8/2023' },
    },
  ],
  source: { title: 'Họp Tổ công tác', publisher: 'Huyện ủy Nam Giang' },
  summary: 'Tóm tắt.',
};

describe('meetingSchema', () => {
  test('accepts a meeting and fills the defaults', () => {
    const result = parseWith(meetingSchema, valid);
    expect(result.ok).toBe(true);
    const data = result.ok ? result.data : {};
    expect(data.type).toBe('meeting');
    expect(data.participants).toEqual([]);
    expect(data.convenedBy).toEqual([
      { collection: 'bodies', id: 'quang-nam/nam-giang/to-cong-tac-01' },
    ]);
    expect((data.tasks as Array<{ deadline: unknown; status: string }>)[0]).toMatchObject({
      status: 'open',
      deadline: { due: '2023-08-15', precision: 'day', text: 'hoàn thành trước 15/8/2023' },
    });
  });

  test('normalises a month deadline to the last day of the month', () => {
    const result = parseWith(meetingSchema, {
      ...valid,
      tasks: [{ id: 't1', text: 'x', deadline: { month: '2023-08' } }],
    });
    expect(result.ok && (result.data.tasks as Array<{ deadline: unknown }>)[0]!.deadline).toEqual({
      due: '2023-08-31',
      precision: 'month',
      period: '2023-08',
    });
  });

  test.each([
    ['a missing title', { title: undefined }, ['title: thiếu trường bắt buộc: thêm `title:`']],
    [
      'an unknown kind',
      { kind: 'hop' },
      [
        'kind: phải là một trong các giá trị: hoi-nghi, cuoc-hop, buoi-lam-viec, giam-sat, kiem-tra, le',
      ],
    ],
    [
      'no convening body',
      { convenedBy: [] },
      ['convenedBy: ghi ít nhất một cơ quan triệu tập cuộc họp'],
    ],
    [
      'a misspelt field',
      { chair: 'x' },
      [
        'chair: trường "chair" không có trong mẫu bản ghi: kiểm tra chính tả theo docs/records.md, hoặc xoá trường này (trường lạ không được đăng)',
      ],
    ],
    [
      'a chair with neither name nor description',
      { chairs: [{ positions: ['Bí thư'] }] },
      ['chairs[0]: ghi tên người (`name`), hoặc mô tả (`description`) khi bài không nêu tên ai'],
    ],
    [
      'absent names that do not add up',
      { attendance: [{ group: 'g', present: 8, expected: 10, absent: ['A'] }] },
      [
        'attendance[0].absent: số người vắng mặt không khớp: `present` cộng số người trong `absent` phải bằng `expected`',
      ],
    ],
    [
      'two deadline forms',
      { tasks: [{ id: 't1', text: 'x', deadline: { date: '2023-08-15', month: '2023-08' } }] },
      ['tasks[0].deadline: ghi đúng một trong các trường `date`, `month`, `quarter` hoặc `year`'],
    ],
    [
      'a done task without a date',
      { tasks: [{ id: 't1', text: 'x', status: 'done' }] },
      [
        'tasks[0].statusDate: nhiệm vụ ghi done hoặc cancelled cần có `statusDate` (ngày báo cáo tình trạng đó)',
      ],
    ],
  ])('rejects %s with the exact message', (_, change, errors) => {
    const result = parseWith(meetingSchema, { ...valid, ...change });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  test('rejects a deadline before the meeting', () => {
    const result = parseWith(meetingSchema, {
      ...valid,
      tasks: [{ id: 't1', text: 'x', deadline: { date: '2023-07-01' } }],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'tasks[0].deadline: thời hạn 2023-07-01 trước ngày họp (2023-07-11): kiểm tra lại cả hai ngày',
    ]);
  });

  test('rejects a task id used twice', () => {
    const result = parseWith(meetingSchema, {
      ...valid,
      tasks: [
        { id: 't1', text: 'x' },
        { id: 't1', text: 'y' },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'tasks[1].id: mã nhiệm vụ "t1" được dùng hai lần trong bản ghi này: đặt cho mỗi nhiệm vụ một mã riêng',
    ]);
  });
});

describe('votes', () => {
  const withVote = (vote: Record<string, unknown>) =>
    parseWith(meetingSchema, { ...valid, votes: [{ subject: 'Đề nghị công nhận 4 xã', ...vote }] });

  test.each<[string, Record<string, unknown>]>([
    [
      'for out of present, with the percent',
      { for: 25, present: 25, percent: 100, percentOf: 'present' },
    ],
    ['a percent alone ("100% thành viên đồng ý")', { percent: 100, percentOf: 'members' }],
    ['for and against with the members present', { for: 20, against: 1, present: 21, members: 23 }],
  ])('accepts %s', (_, vote) => {
    expect(withVote(vote).ok).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'a vote with no result ("thống nhất cao")',
      {},
      [
        'votes[0].for: ghi kết quả bỏ phiếu như bài nêu: `for` (số phiếu đồng ý) hoặc `percent` (tỷ lệ đồng ý); bài chỉ nói "thống nhất cao" thì không ghi phiếu, chỉ ghi trong tóm tắt',
      ],
    ],
    [
      'more ballots than members present',
      { for: 20, against: 3, present: 21 },
      [
        'votes[0].present: số phiếu (23) nhiều hơn số thành viên có mặt (21): kiểm tra lại các con số',
      ],
    ],
    [
      'more present than members',
      { for: 20, present: 24, members: 23 },
      [
        'votes[0].members: số thành viên có mặt hoặc số phiếu (24) nhiều hơn tổng số thành viên (23): kiểm tra lại các con số',
      ],
    ],
    [
      'a percent that the counts contradict',
      { for: 20, present: 25, percent: 100, percentOf: 'present' },
      [
        'votes[0].percent: 20/25 thành viên có mặt là 80.0%, không phải 100%: kiểm tra lại số phiếu hoặc tỷ lệ',
      ],
    ],
  ])('rejects %s', (_, vote, errors) => {
    const result = withVote(vote);
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });
});
