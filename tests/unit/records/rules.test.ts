import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkAssessments,
  checkBodyLifetimes,
  checkCriteriaSets,
  checkCrossRecordRules,
  checkDistrictPartyDates,
  checkDocumentIdentity,
  checkDuplicateIds,
  checkPlaceHierarchy,
  checkReferences,
  checkSourceArchives,
  checkTaskDates,
  collectReferences,
  DISTRICT_LEVEL_ABOLISHED_AFTER,
} from '../../../src/records/rules.ts';
import type { ContentSet } from '../../../src/records/content-set.ts';
import { BASE, contentSet, meeting, withRecords, type RawContent } from './content-fixture.ts';

const ctx = { contentDir: '/nowhere', cwd: '/' };
const lines = (issues: Array<{ file: string; field: string; message: string }>) =>
  issues.map((i) => `${i.file} › ${i.field}: ${i.message}`);

describe('the base fixture', () => {
  test('passes every rule', () => {
    expect(checkCrossRecordRules(contentSet(BASE), ctx)).toEqual([]);
  });
});

describe('collectReferences', () => {
  test('finds references at any depth, with their paths', () => {
    const content = contentSet(
      withRecords({
        meetings: {
          m: meeting('2021-04-01', { tasks: [{ id: 't1', text: 'x', assignees: ['ubnd-huyen'] }] }),
        },
      }),
    );
    const m = content.meetings.find((r) => r.id === 'm')!;
    expect(
      collectReferences(m.data).map(
        ({ ref, path }) => `${path.join('.')}=${ref.collection}/${ref.id}`,
      ),
    ).toEqual(['convenedBy.0=bodies/huyen-uy', 'tasks.0.assignees.0=bodies/ubnd-huyen']);
  });
});

describe('checkReferences', () => {
  test.each<[string, RawContent, string[]]>([
    [
      'a typo, with the closest id suggested',
      { documents: { d: { number: '1-KH/HU', title: 'x', issuer: 'huyen-uyy' } } },
      [
        'content/documents/d.yaml › issuer: "huyen-uyy" không phải mã của bản ghi nào trong content/bodies/: có phải ý bạn là "huyen-uy"?',
      ],
    ],
    [
      'an id with nothing close',
      {
        meetings: {
          m: meeting('2021-04-01', {
            tasks: [{ id: 't1', text: 'x', assignees: ['so-nong-nghiep-va-phat-trien-nong-thon'] }],
          }),
        },
      },
      [
        'content/meetings/m.yaml › tasks[0].assignees[0]: "so-nong-nghiep-va-phat-trien-nong-thon" không phải mã của bản ghi nào trong content/bodies/: kiểm tra lại id (đường dẫn của tệp, bỏ phần đuôi), hoặc thêm bản ghi đó',
      ],
    ],
    [
      'a reference to another set: no suggestion (xa-2016 is another criteria set, not a typo away)',
      {
        assessments: {
          a: {
            place: 'ky-tan',
            date: '2021-01-01',
            criteriaSet: 'xa-2020',
            reportedIn: 'hop-1',
            otherwise: 'Đạt',
          },
        },
      },
      [
        'content/assessments/a.yaml › criteriaSet: "xa-2020" không phải mã của bản ghi nào trong content/criteria-sets/: kiểm tra lại id (đường dẫn của tệp, bỏ phần đuôi), hoặc thêm bản ghi đó',
      ],
    ],
  ])('reports %s', (_, extra, expected) => {
    expect(lines(checkReferences(contentSet(withRecords(extra)), ctx))).toEqual(expected);
  });

  test('counts a record that failed its schema as existing (its own error is enough)', () => {
    const content = contentSet(
      withRecords({ documents: { d: { number: '1-KH/HU', title: 'x', issuer: 'ban-chi-dao' } } }),
    );
    const readIds = { bodies: new Set([...content.bodies.map((b) => b.id), 'ban-chi-dao']) };
    expect(checkReferences(content, { ...ctx, readIds })).toEqual([]);
  });
});

describe('checkDuplicateIds', () => {
  test('reports the second file with the first one’s name', () => {
    const content = contentSet(BASE);
    const copy = { ...content.places[0]!, file: 'content/places/ha-tinh.json' };
    const withCopy: ContentSet = { ...content, places: [...content.places, copy] };
    expect(lines(checkDuplicateIds(withCopy))).toEqual([
      'content/places/ha-tinh.json › : id "ha-tinh" đã được dùng cho content/places/ha-tinh.yaml: đổi tên một trong hai tệp',
    ]);
  });
});

describe('checkDocumentIdentity', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'the same number, issuer and date',
      { number: '60-KH/HU', title: 'y', issuer: 'huyen-uy', date: '2021-01-05' },
      [
        'content/documents/b.yaml › number: văn bản 60-KH/HU của cùng cơ quan ban hành, cùng ngày đã có trong content/documents/a.yaml: gộp hai bản ghi làm một',
      ],
    ],
    [
      'the same number spelt differently',
      { number: '060 - kh/hu', title: 'y', issuer: 'huyen-uy', date: '2021-01-05' },
      [
        'content/documents/b.yaml › number: văn bản 60-KH/HU của cùng cơ quan ban hành, cùng ngày đã có trong content/documents/a.yaml: gộp hai bản ghi làm một',
      ],
    ],
    [
      'the same number in another year (numbers restart)',
      { number: '60-KH/HU', title: 'y', issuer: 'huyen-uy', date: '2022-01-05' },
      [],
    ],
    [
      'the same number from another issuer',
      { number: '60-KH/HU', title: 'y', issuer: 'tinh-uy', date: '2021-01-05' },
      [],
    ],
  ])('%s', (_, second, expected) => {
    const raw = withRecords({
      documents: {
        a: { number: '60-KH/HU', title: 'x', issuer: 'huyen-uy', date: '2021-01-05' },
        b: second,
      },
    });
    expect(lines(checkDocumentIdentity(contentSet(raw)))).toEqual(expected);
  });
});

describe('checkCriteriaSets', () => {
  const variant = (extra: Record<string, unknown>) => ({
    name: 'Biến thể',
    shortName: 'BT',
    decision: 'qd-1980',
    periodFrom: 2021,
    periodTo: 2025,
    province: 'ha-tinh',
    criteria: [{ number: 20, name: 'Thêm', group: 'I' }],
    ...extra,
  });
  test.each<[string, RawContent, string[]]>([
    [
      'a variant of the same level',
      { criteriaSets: { v: variant({ level: 'xa', extends: 'xa-2016' }) } },
      [],
    ],
    [
      'a variant of another level',
      { criteriaSets: { v: variant({ level: 'huyen', extends: 'xa-2016' }) } },
      [
        'content/criteria-sets/v.yaml › extends: bộ này đánh giá cấp huyện nhưng lại mở rộng một bộ đánh giá cấp xã: chỉ mở rộng bộ tiêu chí cùng cấp',
      ],
    ],
    [
      'a loop of extends',
      {
        criteriaSets: {
          a: variant({ level: 'xa', extends: 'b' }),
          b: variant({ level: 'xa', extends: 'a' }),
        },
      },
      [
        'content/criteria-sets/a.yaml › extends: chuỗi `extends` vòng trở lại chính nó: bộ tiêu chí riêng của tỉnh phải mở rộng một bộ tiêu chí quốc gia',
        'content/criteria-sets/b.yaml › extends: chuỗi `extends` vòng trở lại chính nó: bộ tiêu chí riêng của tỉnh phải mở rộng một bộ tiêu chí quốc gia',
      ],
    ],
    [
      'a missing base (left to checkReferences)',
      { criteriaSets: { v: variant({ level: 'xa', extends: 'khong-co' }) } },
      [],
    ],
  ])('%s', (_, extra, expected) => {
    expect(lines(checkCriteriaSets(contentSet(withRecords(extra))))).toEqual(expected);
  });
});

describe('checkAssessments', () => {
  const assessment = (extra: Record<string, unknown>) => ({
    place: 'ky-tan',
    date: '2021-01-01',
    criteriaSet: 'xa-2016',
    reportedIn: 'hop-1',
    ...extra,
  });
  const file = 'content/assessments/a.yaml';
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'every criterion listed',
      { statuses: { 1: 'Đạt', 2: 'Chưa đạt', 3: 'Cơ bản đạt' }, reportedMet: 1, reportedTotal: 3 },
      [],
    ],
    [
      'unlisted criteria covered by otherwise',
      { statuses: { 2: 'Chưa đạt' }, otherwise: 'Đạt', reportedMet: 2 },
      [],
    ],
    [
      'a criterion outside the set',
      { statuses: { 1: 'Đạt', 2: 'Đạt', 3: 'Đạt', 19: 'Chưa đạt' } },
      [
        `${file} › statuses.19: tiêu chí 19 không có trong bộ "Xã 3" (bộ này có các tiêu chí 1–3): kiểm tra lại số tiêu chí hoặc bộ tiêu chí`,
      ],
    ],
    [
      'criteria without status',
      { statuses: { 1: 'Đạt' } },
      [
        `${file} › statuses: tiêu chí 2, 3 chưa có kết quả: ghi kết quả cho từng tiêu chí, hoặc thêm \`otherwise:\` cho mọi tiêu chí không liệt kê`,
      ],
    ],
    [
      'a total that is not the set’s size',
      { otherwise: 'Đạt', reportedTotal: 19 },
      [
        `${file} › reportedTotal: nguồn tính trên tổng số 19 tiêu chí nhưng bộ "Xã 3" có 3 tiêu chí: chọn đúng bộ tiêu chí mà nguồn dùng`,
      ],
    ],
    [
      'a met count that the statuses contradict',
      { statuses: { 1: 'Chưa đạt' }, otherwise: 'Đạt', reportedMet: 3 },
      [
        `${file} › reportedMet: nguồn ghi 3 tiêu chí đạt nhưng theo kết quả từng tiêu chí thì có 2: kiểm tra lại tiêu chí nào ghi Đạt / Chưa đạt`,
      ],
    ],
    [
      '“Cơ bản đạt” is not counted as met',
      { otherwise: 'Cơ bản đạt', reportedMet: 3 },
      [
        `${file} › reportedMet: nguồn ghi 3 tiêu chí đạt nhưng theo kết quả từng tiêu chí thì có 0: kiểm tra lại tiêu chí nào ghi Đạt / Chưa đạt`,
      ],
    ],
    [
      'a commune scored with a village set',
      { criteriaSet: 'thon-2016', otherwise: 'Đạt' },
      [
        `${file} › place: bộ "Thôn 2" dùng để đánh giá cấp thôn nhưng Kỳ Tân là xã: chọn bộ tiêu chí của cấp đó`,
      ],
    ],
    [
      'a village scored with a commune set',
      { place: 'thon-1', otherwise: 'Đạt' },
      [
        `${file} › place: bộ "Xã 3" dùng để đánh giá cấp xã nhưng Thôn 1 là thôn: chọn bộ tiêu chí của cấp đó`,
      ],
    ],
    ['a missing set (left to checkReferences)', { criteriaSet: 'khong-co', otherwise: 'Đạt' }, []],
  ])('%s', (_, extra, expected) => {
    expect(
      lines(checkAssessments(contentSet(withRecords({ assessments: { a: assessment(extra) } })))),
    ).toEqual(expected);
  });
});

describe('checkPlaceHierarchy', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['a province without parent', { name: 'Quảng Nam', kind: 'tinh' }, []],
    ['a village in a commune', { name: 'Thôn 2', kind: 'thon', parent: 'ky-tan' }, []],
    [
      'a commune without parent',
      { name: 'Kỳ Thư', kind: 'xa' },
      ['content/places/p.yaml › parent: xã phải ghi `parent` (đơn vị cấp trên mà nó trực thuộc)'],
    ],
    [
      'a district inside a commune',
      { name: 'Kỳ Phong', kind: 'huyen', parent: 'ky-tan' },
      [
        'content/places/p.yaml › parent: huyện không thể trực thuộc xã: `parent` phải là đơn vị cấp lớn hơn',
      ],
    ],
    [
      'a commune inside a commune',
      { name: 'Kỳ Phong', kind: 'phuong', parent: 'ky-tan' },
      [
        'content/places/p.yaml › parent: phường không thể trực thuộc xã: `parent` phải là đơn vị cấp lớn hơn',
      ],
    ],
  ])('%s', (_, place, expected) => {
    expect(lines(checkPlaceHierarchy(contentSet(withRecords({ places: { p: place } }))))).toEqual(
      expected,
    );
  });
});

describe('checkDistrictPartyDates', () => {
  const message = (date: string) =>
    `content/documents/d.yaml › date: văn bản của Huyện ủy không thể có ngày ${date}: các Huyện ủy đã kết thúc hoạt động từ ngày 30/6/2025. Kiểm tra lại ngày hoặc cơ quan ban hành`;
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'a HU number after the district level ended',
      { number: '15-KH/HU', issuer: 'tinh-uy', date: '2025-07-01' },
      [message('2025-07-01')],
    ],
    [
      'a district party body’s unnumbered document after it',
      { kind: 'TB', issuer: 'huyen-uy', date: '2025-08-01' },
      [message('2025-08-01')],
    ],
    [
      'a HU number on the last day',
      { number: '15-KH/HU', issuer: 'huyen-uy', date: DISTRICT_LEVEL_ABOLISHED_AFTER },
      [],
    ],
    [
      'a provincial party document after it',
      { number: '15-KH/TU', issuer: 'tinh-uy', date: '2025-08-01' },
      [],
    ],
    [
      'a district state document after it (district UBND is checked elsewhere)',
      { number: '15/KH-UBND', issuer: 'ubnd-huyen', date: '2025-08-01' },
      [],
    ],
    ['an undated HU document', { number: '15-KH/HU', issuer: 'huyen-uy' }, []],
  ])('%s', (_, doc, expected) => {
    expect(
      lines(
        checkDistrictPartyDates(
          contentSet(withRecords({ documents: { d: { title: 'x', ...doc } } })),
        ),
      ),
    ).toEqual(expected);
  });
});

describe('checkTaskDates', () => {
  const plan = (extra: Record<string, unknown>) => ({
    title: 'Kế hoạch',
    kind: 'ke-hoach',
    adoptedBy: 'huyen-uy',
    summary: 'x',
    ...extra,
  });
  test.each<[string, RawContent, string[]]>([
    [
      'a meeting task reported done before the meeting',
      {
        meetings: {
          m: meeting('2021-03-02', {
            tasks: [{ id: 't1', text: 'x', status: 'done', statusDate: '2021-01-10' }],
          }),
        },
      },
      [
        'content/meetings/m.yaml › tasks[0].statusDate: ngày báo cáo tình trạng 2021-01-10 trước ngày giao nhiệm vụ (2021-03-02): kiểm tra lại ngày',
      ],
    ],
    [
      'a plan task reported before the plan',
      {
        plans: {
          p: plan({
            date: '2021-05-01',
            tasks: [{ id: 't1', text: 'x', status: 'cancelled', statusDate: '2021-04-30' }],
          }),
        },
      },
      [
        'content/plans/p.yaml › tasks[0].statusDate: ngày báo cáo tình trạng 2021-04-30 trước ngày giao nhiệm vụ (2021-05-01): kiểm tra lại ngày',
      ],
    ],
    [
      'a plan deadline before the plan, shown as its last day',
      {
        plans: {
          p: plan({
            date: '2021-05-01',
            tasks: [{ id: 't1', text: 'x', deadline: { quarter: '2021-Q1' } }],
          }),
        },
      },
      [
        'content/plans/p.yaml › tasks[0].deadline: thời hạn 2021-03-31 trước ngày ban hành kế hoạch (2021-05-01): kiểm tra lại cả hai ngày',
      ],
    ],
    [
      'a deadline in the plan’s own month',
      {
        plans: {
          p: plan({
            date: '2021-05-20',
            tasks: [{ id: 't1', text: 'x', deadline: { month: '2021-05' } }],
          }),
        },
      },
      [],
    ],
    [
      'an undated plan',
      { plans: { p: plan({ tasks: [{ id: 't1', text: 'x', deadline: { year: 2000 } }] }) } },
      [],
    ],
    [
      'a plan without a date takes its document’s',
      {
        documents: {
          d: { number: '7/KH-UBND', title: 'x', issuer: 'ubnd-huyen', date: '2021-05-01' },
        },
        plans: {
          p: plan({
            document: 'd',
            tasks: [{ id: 't1', text: 'x', deadline: { date: '2021-04-30' } }],
          }),
        },
      },
      [
        'content/plans/p.yaml › tasks[0].deadline: thời hạn 2021-04-30 trước ngày ban hành kế hoạch (2021-05-01): kiểm tra lại cả hai ngày',
      ],
    ],
    [
      'a status on the day itself',
      {
        meetings: {
          m: meeting('2021-03-02', {
            tasks: [{ id: 't1', text: 'x', status: 'done', statusDate: '2021-03-02' }],
          }),
        },
      },
      [],
    ],
  ])('%s', (_, extra, expected) => {
    expect(lines(checkTaskDates(contentSet(withRecords(extra))))).toEqual(expected);
  });
});

describe('checkBodyLifetimes', () => {
  const ended = (act: string, date: string) =>
    `Huyện ủy Kỳ Anh đã kết thúc ngày 2025-06-30, không thể ${act} ngày ${date}: kiểm tra lại ngày hoặc cơ quan`;
  const plan = (extra: Record<string, unknown>) => ({
    title: 'Kế hoạch',
    kind: 'ke-hoach',
    summary: 'x',
    ...extra,
  });
  test.each<[string, RawContent, string[]]>([
    [
      'a meeting after the body ended',
      { meetings: { m: meeting('2025-07-01') } },
      [`content/meetings/m.yaml › convenedBy[0]: ${ended('triệu tập cuộc họp', '2025-07-01')}`],
    ],
    ['a meeting on its last day', { meetings: { m: meeting('2025-06-30') } }, []],
    [
      'a meeting before the body was set up',
      {
        bodies: { moi: { name: 'Ban Chỉ đạo mới', kind: 'ban-chi-dao', validFrom: '2022-01-01' } },
        meetings: { m: meeting('2021-12-31', { convenedBy: ['moi'] }) },
      },
      [
        'content/meetings/m.yaml › convenedBy[0]: Ban Chỉ đạo mới được thành lập ngày 2022-01-01, không thể triệu tập cuộc họp ngày 2021-12-31: kiểm tra lại ngày hoặc cơ quan',
      ],
    ],
    [
      'a document issued after its state issuer ended',
      {
        bodies: {
          cu: {
            name: 'UBND huyện Kỳ Anh (cũ)',
            kind: 'ubnd',
            place: 'ky-anh',
            validTo: '2025-06-30',
          },
        },
        documents: { d: { number: '5/KH-UBND', title: 'x', issuer: 'cu', date: '2025-09-01' } },
      },
      [
        'content/documents/d.yaml › issuer: UBND huyện Kỳ Anh (cũ) đã kết thúc ngày 2025-06-30, không thể ban hành văn bản ngày 2025-09-01: kiểm tra lại ngày hoặc cơ quan',
      ],
    ],
    [
      'a district party document after 30/6/2025 (left to checkDistrictPartyDates)',
      {
        documents: { d: { number: '5-KH/HU', title: 'x', issuer: 'huyen-uy', date: '2025-09-01' } },
      },
      [],
    ],
    [
      'a plan adopted after the body ended',
      { plans: { p: plan({ adoptedBy: 'huyen-uy', date: '2025-08-01' }) } },
      [`content/plans/p.yaml › adoptedBy: ${ended('thông qua kế hoạch', '2025-08-01')}`],
    ],
    [
      'a plan dated by its document',
      {
        documents: {
          d: { number: '5/KH-UBND', title: 'x', issuer: 'ubnd-huyen', date: '2025-08-02' },
        },
        plans: { p: plan({ adoptedBy: 'huyen-uy', document: 'd' }) },
      },
      [`content/plans/p.yaml › adoptedBy: ${ended('thông qua kế hoạch', '2025-08-02')}`],
    ],
  ])('%s', (_, extra, expected) => {
    expect(lines(checkBodyLifetimes(contentSet(withRecords(extra))))).toEqual(expected);
  });
});

describe('checkSourceArchives', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ntm-rules-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', '000_abc.txt'), 'Bài báo');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each<[string, string, string[]]>([
    ['an archived article that exists', '000_abc.txt', []],
    [
      'one that does not',
      '001_khong-co.txt',
      [
        'content/meetings/m.yaml › source.archive: không có tệp sources/001_khong-co.txt trong thư mục nội dung: thêm văn bản bài báo vào đó, hoặc xoá trường này',
      ],
    ],
  ])('%s', (_, archive, expected) => {
    const raw = withRecords({
      meetings: {
        m: meeting('2021-04-01', { source: { title: 'Bài', publisher: 'Huyện ủy', archive } }),
      },
    });
    expect(lines(checkSourceArchives(contentSet(raw), { contentDir: dir, cwd: '/' }))).toEqual(
      expected,
    );
  });
});

describe('checkCrossRecordRules', () => {
  test('runs every rule and keeps every issue', () => {
    const raw = withRecords({
      places: { p: { name: 'Kỳ Thư', kind: 'xa' } },
      meetings: { m: meeting('2025-07-01', { places: ['ky-tann'] }) },
      documents: { d: { number: '15-KH/HU', title: 'x', issuer: 'huyen-uy', date: '2025-07-02' } },
    });
    expect(lines(checkCrossRecordRules(contentSet(raw), ctx))).toEqual([
      'content/meetings/m.yaml › places[0]: "ky-tann" không phải mã của bản ghi nào trong content/places/: có phải ý bạn là "ky-tan"?',
      'content/places/p.yaml › parent: xã phải ghi `parent` (đơn vị cấp trên mà nó trực thuộc)',
      'content/documents/d.yaml › date: văn bản của Huyện ủy không thể có ngày 2025-07-02: các Huyện ủy đã kết thúc hoạt động từ ngày 30/6/2025. Kiểm tra lại ngày hoặc cơ quan ban hành',
      'content/meetings/m.yaml › convenedBy[0]: Huyện ủy Kỳ Anh đã kết thúc ngày 2025-06-30, không thể triệu tập cuộc họp ngày 2025-07-01: kiểm tra lại ngày hoặc cơ quan',
    ]);
  });
});
