/**
 * Drafting: what records an article yields by its shape, who reports them, and the files a clerk
 * gets (YAML written through the yaml Document API, with the review notes as comments).
 */
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildDraft } from '../../../src/importer/draft/index.ts';
import { criteriaKnowledge, extractArticle } from '../../../src/importer/extract.ts';
import { renderDraftFile } from '../../../src/importer/write.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { COLLECTIONS, plainReference } from '../../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const { content } = validateContent(join(root, 'content'), { cwd: root });
const knowledge = criteriaKnowledge(content);
const draftOf = (text: string, published?: string) =>
  buildDraft(extractArticle(text, { knowledge, ...(published ? { published } : {}) }), {
    content,
    knowledge,
  });

describe('buildDraft', () => {
  test('drafts no meeting for progress news: the article itself reports the counts', () => {
    const draft = draftOf(
      'Tính đến hết tháng 9/2024, toàn huyện có 14/17 xã đạt chuẩn nông thôn mới; xã Kỳ Lạc đạt 17/19 tiêu chí.',
      '2024-10-02',
    );
    expect(draft.meetingId).toBeUndefined();
    expect(draft.records.some((r) => r.collection === 'meetings')).toBe(false);
    const assessment = draft.records.find((r) => r.collection === 'assessments')!;
    expect(assessment.data).toMatchObject({
      place: 'ha-tinh/ky-anh/ky-lac',
      reportedMet: 17,
      reportedTotal: 19,
      criteriaSet: 'qd-318-2021-2025',
    });
    expect(assessment.data).not.toHaveProperty('reportedIn');
    expect(assessment.data).toHaveProperty('source');
    // A count with no criterion named passes the schema: the others are "not stated".
    expect(
      COLLECTIONS.assessments
        .schema(plainReference)
        .safeParse({ ...assessment.data, source: { title: 'x' } }).success,
    ).toBe(true);
  });

  test('drafts an appraisal council with its vote, and a recognition per commune it voted on', () => {
    const draft = draftOf(
      'Chiều 26/10, Hội đồng thẩm định tỉnh họp xét, đề nghị công nhận các xã đạt chuẩn nông thôn mới năm 2023. Hội đồng đã xem xét hồ sơ của 2 xã, gồm 1 xã đề nghị công nhận đạt chuẩn nông thôn mới (Kỳ Lạc) và 1 xã đạt chuẩn nông thôn mới nâng cao (Lâm Hợp).\nKết quả bỏ phiếu, 25/25 thành viên Hội đồng có mặt đồng ý đề nghị Chủ tịch UBND tỉnh xem xét, quyết định công nhận 2 xã nêu trên.',
      '2023-10-27',
    );
    const meeting = draft.records.find((r) => r.collection === 'meetings')!;
    expect(meeting.data).toMatchObject({
      date: '2023-10-26',
      kind: 'cuoc-hop',
      votes: [{ for: 25, present: 25 }],
    });
    const recognitions = draft.records.filter((r) => r.collection === 'recognitions');
    expect(
      recognitions.map((r) => [r.data.place, r.data.level, r.data.status, r.data.year]),
    ).toEqual([
      ['ha-tinh/ky-anh/ky-lac', 'xa-ntm', 'voted', 2023],
      ['ha-tinh/ky-anh/lam-hop', 'xa-ntm-nang-cao', 'voted', 2023],
    ]);
    for (const r of recognitions) expect(r.data.reportedIn).toBe(meeting.id);
  });

  test('drafts the places and bodies the archive lacks, never under a guessed parent', () => {
    const draft = draftOf(
      'Ngày 10-5, Thường trực HĐND huyện giám sát xây dựng nông thôn mới tại xã Tam Đa.',
      '2023-05-11',
    );
    const place = draft.records.find((r) => r.collection === 'places')!;
    expect(place.data).toEqual({ name: 'Tam Đa', kind: 'xa' });
    expect(place.review.get('parent')).toMatch(/bài không nêu đơn vị cấp trên/);
    const body = draft.records.find((r) => r.collection === 'bodies')!;
    expect(body.data).toMatchObject({ name: 'Thường trực HĐND huyện', kind: 'hdnd' });
    expect(body.data).not.toHaveProperty('place');
  });
});

describe('renderDraftFile', () => {
  test('writes YAML that reads back as the data, with a review comment beside each noted value', () => {
    const draft = draftOf(
      'Họp bàn: tiến độ nông thôn mới ở xã\n\nSáng 8/9, Thường trực Huyện ủy làm việc với xã Kỳ Lạc về tiến độ: xã đạt 16/20 tiêu chí.',
      '2020-09-09',
    );
    const meeting = draft.records.find((r) => r.collection === 'meetings')!;
    const file = renderDraftFile(meeting, 'bai.txt');
    expect(file.startsWith('---\n# BẢN NHÁP do "npm run import" tạo từ bai.txt')).toBe(true);
    const yaml = file.split('---\n')[1]!;
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(meeting.data)));
    expect(file).toMatch(
      /^date: 2020-09-08 # REVIEW: bài ghi "Sáng 8\/9", không có năm; năm 2020 là năm đăng bài$/m,
    );
    expect(file).toMatch(/^title: "Họp bàn: tiến độ nông thôn mới ở xã" # REVIEW: /m);
  });
});
