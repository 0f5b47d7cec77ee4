/**
 * The site modules that decide what a page may claim: coverage, age, a commune's answer, how an
 * inference note names its field, how an archived article is headed, how documents are named.
 */
import { describe, expect, test } from 'vitest';
import { buildRecordIndex } from '../../../src/site/record-index.ts';
import {
  buildSiteIndex,
  latestAssessmentPerSet,
  newestLatestAssessment,
} from '../../../src/site/site-index.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { archiveCoverage } from '../../../src/site/coverage.ts';
import { isOld } from '../../../src/site/age.ts';
import { listCriteria, placeAnswer } from '../../../src/site/place-answer.ts';
import { nameInferenceField, shorten } from '../../../src/site/inference-notes.ts';
import { articleHeading } from '../../../src/site/source-article.ts';
import { documentName, documentSubtitle } from '../../../src/domain/document-name.ts';
import { vietnameseDate } from '../../../src/search/browser/search-render.ts';

const { content, issues } = validateContent('tests/fixtures/site');
const index = buildRecordIndex(content, '2026-11-22');
const site = buildSiteIndex(content, index);

test('the fixture is valid', () => expect(issues).toEqual([]));

describe('archiveCoverage', () => {
  test('counts each kind of record, names the provinces and the first and last dates', () => {
    const c = archiveCoverage(content, index, site);
    expect(c).toMatchObject({
      meetings: 2,
      documents: content.documents.length,
      plans: 1,
      tasks: 4,
      assessments: content.assessments.length,
      statistics: content.statistics.length,
      provinces: ['Tỉnh Thử'],
      // The first quarter of 2017 (figures) to the latest meeting or assessment.
      firstDate: '2017-01-01',
    });
    expect(c.lastDate! >= '2023-07-11').toBe(true);
  });
});

describe('newestLatestAssessment', () => {
  test("is the newest of each place's latest assessment against the set", () => {
    expect(newestLatestAssessment(site, 'tinh')).toBe('2023-07-11');
    expect(newestLatestAssessment(site, 'khong-co')).toBeUndefined();
  });
});

describe('isOld', () => {
  test.each([
    ['2020-09-08', '2026-11-22', true],
    ['2024-11-21', '2026-11-22', true],
    ['2024-11-22', '2026-11-22', false],
    ['2026-01-01', '2026-11-22', false],
  ])('%s on %s: %s', (date, today, old) => expect(isOld(date, today)).toBe(old));
});

describe('placeAnswer', () => {
  const latest = latestAssessmentPerSet(site.assessmentsByPlace.get('tinh-a/huyen-b/dong-ha')!)[0]!;

  test('says how many criteria were met, under which set, when, and which were not', () => {
    expect(placeAnswer(latest, '2026-11-22')).toEqual({
      met: 3,
      total: 4,
      setId: 'tinh',
      date: '2023-07-11',
      unmet: [{ number: 2, name: 'Giao thông' }],
      partly: [],
      unknown: [],
      old: true,
    });
    expect(placeAnswer(latest, '2024-01-01').old).toBe(false);
  });

  test('lists criteria the way a sentence does', () => {
    const c = (number: number, name: string) => ({ number, name });
    expect(listCriteria([c(1, 'Quy hoạch')])).toBe('1 (Quy hoạch)');
    expect(listCriteria([c(1, 'Quy hoạch'), c(2, 'Giao thông'), c(17, 'Môi trường')])).toBe(
      '1 (Quy hoạch), 2 (Giao thông) và 17 (Môi trường)',
    );
  });
});

describe('nameInferenceField', () => {
  const context = {
    tasks: [
      { id: 'ii4-doi-tuong-uu-tien', text: 'Rà soát đối tượng', conclusion: 'II.4' },
      {
        id: 't1',
        text: 'Phấn đấu đạt 20/20 tiêu chí, về đích nông thôn mới trước cuối năm 2020 như đã đề ra',
      },
    ],
    figures: [{ metric: 'binh-quan-tieu-chi-xa', label: 'Bình quân số tiêu chí đạt mỗi xã' }],
  };

  test.each([
    ['meetings', 'date', {}, 'Ngày họp'],
    ['meetings', 'source.publishedAt', {}, 'Ngày đăng bài'],
    ['assessments', 'criteriaSet', {}, 'Bộ tiêu chí được dùng'],
    ['assessments', 'otherwise', {}, 'Kết quả của các tiêu chí không liệt kê riêng'],
    ['assessments', 'statuses.17', {}, 'Kết quả tiêu chí 17'],
    [
      'statistics',
      'figures.binh-quan-tieu-chi-xa.criteriaSet',
      {},
      'Bộ tiêu chí của số liệu “Bình quân số tiêu chí đạt mỗi xã”',
    ],
    [
      'meetings',
      'tasks.ii4-doi-tuong-uu-tien.assignees',
      {},
      'Cơ quan được giao nhiệm vụ (mục II.4)',
    ],
  ] as const)('%s %s → %s', (collection, field, _, label) => {
    expect(nameInferenceField(collection, field, context).label).toBe(label);
  });

  test("a task's note links to the task and names it by its section, else by its words", () => {
    expect(nameInferenceField('meetings', 'tasks.ii4-doi-tuong-uu-tien.deadline', context)).toEqual(
      {
        label: 'Thời hạn của nhiệm vụ (mục II.4)',
        href: '#nv-ii4-doi-tuong-uu-tien',
      },
    );
    expect(nameInferenceField('meetings', 'tasks.t1.deadline', context).label).toBe(
      'Thời hạn của nhiệm vụ (“Phấn đấu đạt 20/20 tiêu chí, về đích nông thôn mới trước…”)',
    );
  });

  test('never shows a path, even for a field it does not know', () => {
    const { label } = nameInferenceField('meetings', 'somethingNew.deeper', context);
    expect(label).not.toMatch(/somethingNew|\w\.\w/);
  });

  test('shortens long texts at a word', () => {
    expect(shorten('một hai ba', 60)).toBe('một hai ba');
    expect(shorten('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
  });
});

describe('articleHeading', () => {
  test('is the title, publisher and date the citing records give, never the file name', () => {
    const m = content.meetings.find((r) => r.data.source.archive === '000_test.txt')!;
    expect(
      articleHeading(index, [{ collection: 'meetings', id: m.id }], 'Dòng đầu\nnội dung'),
    ).toEqual({ title: 'Bài thử', publisher: 'Dữ liệu tổng hợp', publishedAt: '2023-07-12' });
  });

  test("without a citing record, the article's first line", () => {
    expect(articleHeading(index, [], '\n  Tiêu đề bài  \nnội dung')).toEqual({
      title: 'Tiêu đề bài',
    });
  });
});

describe('documentName and documentSubtitle', () => {
  test('a document known by its number is named by type and number, its title below', () => {
    const doc = { number: { raw: '318/QĐ-TTg' }, kind: 'QĐ', title: 'Ban hành Bộ tiêu chí' };
    expect(documentName(doc)).toBe('Quyết định 318/QĐ-TTg');
    expect(documentSubtitle(doc)).toEqual({ title: 'Ban hành Bộ tiêu chí' });
  });

  test('a document whose title no source gives says so instead of inventing one', () => {
    expect(documentSubtitle({ number: { raw: '575/QĐ/TU' }, kind: 'QĐ' })).toEqual({
      missing: true,
    });
    const cited = { kind: 'QĐ', knownAs: 'Quyết định số 1447 của Ban Thường vụ Huyện ủy' };
    expect(documentName(cited)).toBe('Quyết định số 1447 của Ban Thường vụ Huyện ủy');
    expect(documentSubtitle(cited)).toEqual({ missing: true });
  });

  test('a document without number or citation is named by its type and title', () => {
    const doc = { kind: 'TB', title: 'Kết luận Hội nghị sơ kết' };
    expect(documentName(doc)).toBe('Thông báo: Kết luận Hội nghị sơ kết');
    expect(documentSubtitle(doc)).toBeUndefined();
  });
});

describe('search result dates', () => {
  test('are written d/m/yyyy like every other date on the site', () => {
    expect(vietnameseDate('2022-05-18')).toBe('18/5/2022');
    expect(vietnameseDate('2017-04-04')).toBe('4/4/2017');
  });
});
