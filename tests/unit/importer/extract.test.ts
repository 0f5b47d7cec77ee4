import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  articleSections,
  extractArticle,
  parseVietnameseNumber,
} from '../../../src/importer/extract.ts';
import { matchCriterionName, type KnownSet } from '../../../src/importer/criteria-sets.ts';
import { collectFacts, factHasEvidence, recoveredShare } from '../../../src/importer/facts.ts';
import { ImportRefused, importArticle } from '../../../src/importer/import-article.ts';

describe('extractArticle', () => {
  test('infers a missing year from the deadlines and says so', () => {
    const a = extractArticle(
      'Họp tổ công tác về xây dựng nông thôn mới ở thị trấn\n\nChiều ngày 11/7, tại Phòng họp, Đ/c Lê Văn Hường - Tổ trưởng Tổ công tác đã chủ trì cuộc họp đánh giá kết quả thực hiện nhiệm vụ thời gian qua của tổ. (1) Giao cho chi bộ xây dựng đề án, hoàn thành trước 15/8/2023. (2) Rà soát danh sách hộ nghèo trong tháng 8/2023.',
    );
    expect(a.event?.value.date).toBe('2023-07-11');
    expect(a.event?.review).toContain('2023');
    expect(a.event?.value.partOfDay).toBe('chiều');
    expect(a.chairs).toEqual([
      {
        name: 'Lê Văn Hường',
        positions: ['Tổ trưởng Tổ công tác'],
        evidence: 'Lê Văn Hường - Tổ trưởng Tổ công tác',
      },
    ]);
    expect(a.tasks.map((t) => [t.conclusion, t.deadline?.value.by])).toEqual([
      ['1', '2023-08-15'],
      ['2', '2023-08-31'],
    ]);
    expect(a.tasks[0]!.assigneesText).toEqual(['chi bộ']);
  });

  test('reads several chairs joined by ";" with their positions', () => {
    const a = extractArticle(
      'Thường trực Huyện ủy làm việc với xã về nông thôn mới năm nay\n\nSáng ngày 8/9/2020, Thường trực Huyện ủy tổ chức buổi làm việc với hai xã về xây dựng nông thôn mới. Các đồng chí Trần Đình Gia, Bí thư Huyện ủy; Nguyễn Tiến Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi làm việc.',
    );
    expect(a.shape.kind?.value).toBe('buoi-lam-viec');
    expect(a.chairs.map((c) => [c.name, c.positions])).toEqual([
      ['Trần Đình Gia', ['Bí thư Huyện ủy']],
      ['Nguyễn Tiến Hùng', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']],
    ]);
  });

  test('reads cited documents with the date written after them, once each', () => {
    const a = extractArticle(
      'x\n\nthực hiện Kết luận số 10-KL/HU, ngày 05/4/2021 về Kế hoạch số 60-KH/HU, ngày 13/7/2017 của Huyện ủy; theo Kết luận số 10-KL/HU của Huyện ủy.',
    );
    expect(a.citations.map((c) => [c.parsed.canonical, c.date])).toEqual([
      ['10-KL/HU', '2021-04-05'],
      ['60-KH/HU', '2017-07-13'],
    ]);
  });

  test('notes documents cited by type and number only, apart from full symbols', () => {
    const a = extractArticle(
      'x\n\ntheo Quyết định số 1447 của Ban Thường vụ Huyện ủy; thực hiện kế hoạch 99 của UBND huyện và Kế hoạch số 60-KH/HU, Nghị quyết số: 57/NQ-HĐND.',
    );
    expect(a.numberOnlyCitations.map((c) => [c.type, c.number])).toEqual([
      ['QĐ', 1447],
      ['KH', 99],
    ]);
    expect(a.citations.map((c) => c.parsed.canonical)).toEqual(['60-KH/HU', '57/NQ-HĐND']);
  });

  test('reads counted attendance with the absent, and ignores ratios without them', () => {
    const a = extractArticle(
      'x\n\nTham dự có đại diện 9/10 đơn vị thành viên (vắng Trạm y tế Thị trấn) và 7/8 Tổ dân phố (TDP) trực thuộc Đảng ủy (vắng chi bộ TDP Hoa). Xã đạt 16/20 tiêu chí.',
    );
    expect(a.attendance.map((g) => [g.group, g.present, g.expected, g.absent])).toEqual([
      ['Đơn vị thành viên', 9, 10, ['Trạm y tế Thị trấn']],
      ['Tổ dân phố (TDP) trực thuộc Đảng ủy', 7, 8, ['chi bộ TDP Hoa']],
    ]);
  });

  test('reads figures written the Vietnamese way', () => {
    const a = extractArticle(
      'x\n\nToàn huyện gieo cấy 5.466,32ha lúa, trồng 1.101,4ha sắn; đánh bắt ước đạt 371,6 tấn hải sản.',
    );
    expect(a.figures.map((f) => [f.value, f.measure, f.estimate])).toEqual([
      [5466.32, 'ha', false],
      [1101.4, 'ha', false],
      [371.6, 'tấn', true],
    ]);
  });
});

describe('extractArticle, conclusions in one sentence and figures under headings', () => {
  test('splits "giao nhiệm vụ cho X phải A; B; đối với Y phải C" into tasks with their assignees', () => {
    const a = extractArticle(
      'x\n\nKết luận buổi làm việc, đồng chí Bí thư Huyện ủy giao nhiệm vụ cho 2 đơn vị phải huy động mọi nguồn lực; tập trung làm rõ chi tiết đường găng; đối với đoàn công tác phải có lộ trình cụ thể. Câu sau.',
    );
    expect(a.tasks.map((t) => [t.text, t.assigneesText, t.conclusion])).toEqual([
      ['Huy động mọi nguồn lực', ['2 đơn vị'], undefined],
      ['Tập trung làm rõ chi tiết đường găng', ['2 đơn vị'], undefined],
      ['Có lộ trình cụ thể', ['đoàn công tác'], undefined],
    ]);
  });
  test('marks a lower bound', () => {
    const a = extractArticle('Tiêu đề\n\nToàn huyện dạy nghề cho trên 1.000 lượt người.');
    expect(a.figures.map((f) => [f.value, f.measure, f.atLeast])).toEqual([
      [1000, 'lượt người', true],
    ]);
  });
});

describe('extractArticle on decomposed (NFD) text with Windows line ends', () => {
  test('reads the same as from precomposed text', () => {
    const seed = readFileSync(
      resolve(import.meta.dirname, '../../../content/sources/000_f394016b0c7f8a8b.txt'),
      'utf8',
    );
    const nfc = extractArticle(seed);
    const nfd = extractArticle(seed.normalize('NFD').replace(/\n/g, '\r\n'));
    expect(nfd).toEqual(nfc);
    expect(nfc.tasks.length).toBeGreaterThan(5);
  });
});

describe('articleSections', () => {
  test('splits a round-up at its district headings, each part keeping the opening', () => {
    const parts = articleSections(
      'Tiêu đề bài\n\nMở đầu chung.\n\nHuyện ủy Kỳ Anh\n\nNội dung A.\n\nHuyện Can Lộc\n\nNội dung B.',
    );
    expect(parts.map((p) => p.heading)).toEqual(['Huyện ủy Kỳ Anh', 'Huyện Can Lộc']);
    expect(parts[1]!.text).toContain('Mở đầu chung.');
    expect(parts[1]!.text).toContain('Nội dung B.');
    expect(parts[1]!.text).not.toContain('Nội dung A.');
  });
  test('leaves an article with one heading whole', () => {
    expect(articleSections('Tiêu đề\n\nHuyện ủy Kỳ Anh\n\nNội dung.')).toEqual([]);
  });
});

describe('parseVietnameseNumber', () => {
  test.each([
    ['5.466,32', 5466.32],
    ['3.089', 3089],
    ['9,8', 9.8],
    ['122,072', 122.072],
  ])('reads %s as %d', (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });
});

describe('matchCriterionName', () => {
  const set: KnownSet = {
    id: 's',
    level: 'xa',
    tier: 'co-ban',
    periodFrom: 2016,
    periodTo: 2020,
    size: 20,
    criteria: [
      { number: 1, name: 'Quy hoạch', aliases: ['Về quy hoạch'] },
      { number: 8, name: 'Thông tin và Truyền thông', aliases: [] },
      {
        number: 20,
        name: 'Khu dân cư nông thôn mới kiểu mẫu, vườn mẫu',
        aliases: ['Khu dân cư kiểu mẫu, vườn mẫu'],
      },
    ],
  };
  test.each([
    ['Về quy hoạch', 1, false],
    ['Thông tin truyền thông', 8, false],
    ['thông tin - truyền thông', 8, false],
    ['Khu dân cư kiểu mẫu, vườn mẫu', 20, false],
    ['Khu dân cư nông thôn mới kiểu mẫu', 20, true],
    ['tiêu chí số 20', 20, false],
  ])('matches %j to criterion %d (review: %s)', (written, number, review) => {
    const m = matchCriterionName(written, set);
    expect(m?.number).toBe(number);
    expect(m?.review !== undefined).toBe(review);
  });
  test('matches nothing rather than guess', () => {
    expect(matchCriterionName('Điện', set)).toBeUndefined();
    expect(matchCriterionName('chuyển đổi số', set)).toBeUndefined();
  });
});

describe('facts', () => {
  const context = {
    document: () => ({ number: '10-KL/HU', date: '2021-04-05' }),
    placeName: () => 'Lâm Hợp',
    criteriaNumbers: () => [1, 2],
  };
  test('collects dates, documents, chairs, deadlines, criteria and figures', () => {
    const facts = collectFacts(
      {
        meetings: [
          {
            date: '2023-07-11',
            cites: ['x'],
            chairs: [{ name: 'Lê Văn Hường' }],
            tasks: [{ deadline: { month: '2023-08' } }],
          },
        ],
        assessments: [
          {
            place: 'p',
            criteriaSet: 's',
            statuses: { 1: 'Chưa đạt' },
            otherwise: 'Đạt',
            reportedMet: 1,
            reportedTotal: 2,
          },
        ],
        statistics: [{ figures: [{ value: 5466.32 }] }],
      },
      context,
    );
    expect([...facts].sort()).toEqual(
      [
        'chair le van huong',
        'criteria-count lam hop 1/2',
        'criterion lam hop 1 chua-dat',
        'criterion lam hop 2 dat',
        'date 2023-07-11',
        'deadline 2023-08-31',
        'document 10-KL/HU',
        'document-date 10-KL/HU 2021-04-05',
        'figure 5466.32',
      ].sort(),
    );
    expect(recoveredShare(facts, new Set(['date 2023-07-11']))).toBeCloseTo(1 / 9);
  });
  test.each([
    ['date 2023-07-11', 'Chiều ngày 11/7, tại', true],
    ['date 2023-07-12', 'Chiều ngày 11/7, tại', false],
    ['deadline 2023-08-31', 'hoàn thành trong tháng 8/2023', true],
    ['deadline 2023-08-15', 'hoàn thành trong tháng 8/2023', false],
    ['figure 5466.32', 'gieo cấy 5.466,32ha', true],
    ['figure 5466', 'gieo cấy 5.466,32ha', true],
    ['figure 18.5', 'gieo cấy 5.466,32ha', false],
    ['chair le van huong', 'Đ/c Lê Văn Hường', true],
    ['document 575-QĐ/TU', 'Quyết định 575/QĐ/TU của BTV', true],
  ])('finds evidence of %j in %j: %s', (fact, text, found) => {
    expect(factHasEvidence(fact, text)).toBe(found);
  });
});

describe('importArticle', () => {
  const root = resolve(import.meta.dirname, '../../..');
  test('refuses to overwrite an existing draft and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'ntm-import-'));
    try {
      const file = join(out, 'article.txt');
      writeFileSync(
        file,
        'Hội nghị ban chỉ đạo xây dựng nông thôn mới của xã năm nay\n\nChiều ngày 13/7/2021, tại UBND xã, Ban chỉ đạo xây dựng nông thôn mới của xã đã tổ chức hội nghị bàn các nhiệm vụ trọng tâm trong thời gian tới của xã.\n',
      );
      const first = importArticle({
        file,
        outDir: join(out, 'drafts'),
        contentDir: join(root, 'content'),
      });
      const path = join(out, 'drafts', first.written[0]!);
      const before = readFileSync(path, 'utf8');
      writeFileSync(path, `${before}\n# clerk's edit\n`);
      expect(() =>
        importArticle({ file, outDir: join(out, 'drafts'), contentDir: join(root, 'content') }),
      ).toThrow(ImportRefused);
      expect(readFileSync(path, 'utf8')).toContain("# clerk's edit");
      expect(readdirSync(join(out, 'drafts', 'meetings', '2021'))).toHaveLength(1);
      // No body in content/ has the name the article gives: a body is drafted beside the meeting.
      const body = first.draft.records.find((r) => r.collection === 'bodies')!;
      expect(body.data).toMatchObject({
        name: 'Ban chỉ đạo xây dựng nông thôn mới của xã',
        kind: 'ban-chi-dao',
      });
      expect(body.review.get('place')).toMatch(/không đoán/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  test('drafts a document the article cites that content/ does not have, with its date and the one body of that issuer code', () => {
    const out = mkdtempSync(join(tmpdir(), 'ntm-import-'));
    try {
      const file = join(out, 'article.txt');
      writeFileSync(
        file,
        'Họp bàn thực hiện kết luận về xây dựng nông thôn mới ở xã\n\nSáng ngày 2/3/2021, Huyện ủy họp bàn việc thực hiện Kết luận số 7-KL/HU, ngày 15/01/2021 của Huyện ủy về nông thôn mới ở các xã trong huyện.\n',
      );
      const result = importArticle({
        file,
        outDir: join(out, 'drafts'),
        contentDir: resolve(import.meta.dirname, '../../fixtures/feeds'),
      });
      const doc = result.draft.records.find((r) => r.collection === 'documents')!;
      expect(doc.data).toMatchObject({ number: '7-KL/HU', date: '2021-01-15', issuer: 'huyen-uy' });
      expect(doc.review.get('issuer')).toMatch(/kiểm tra/);
      const meeting = result.draft.records.find((r) => r.collection === 'meetings')!;
      expect(meeting.data.cites).toEqual([doc.id]);
      expect(result.written).toContain(`documents/${doc.id}.md`);
      expect(result.issues.filter((i) => i.file.includes('documents/'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('never writes into content/', () => {
    expect(existsSync(join(root, 'content', 'meetings', 'nhap'))).toBe(false);
  });
});
