import { describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/records/validate.ts';
import { communeProgress, latestAssessment } from '../../../src/progress/commune.ts';
import {
  averageOverTime,
  communesOf,
  communesReachingStandard,
  countByBand,
  criteriaBands,
  criteriaMatrices,
  distributionByMet,
  distributionOverTime,
} from '../../../src/progress/district.ts';
import { planTargetProgress } from '../../../src/progress/plan.ts';
import { progressIndex } from '../../../src/progress/progress-index.ts';
import { scoreAssessment } from '../../../src/progress/scoring.ts';
import { assessmentSchema } from '../../../src/schemas/assessments.ts';
import { plainReference } from '../../../src/schemas/index.ts';

// tests/fixtures/progress: Lâm Hợp 16/20 and Kỳ Lạc 10/20 on 8/9/2020 (Hà Tĩnh's 20 criteria),
// Lâm Hợp 20/20 on 20/12/2020, then Lâm Hợp under QĐ 318 (19 criteria) on 1/6/2023; Kỳ Tây never assessed.
const { content, issues } = validateContent('tests/fixtures/progress');
const index = progressIndex(content);
const KY_ANH = 'ha-tinh/ky-anh';
const LAM_HOP = 'ha-tinh/ky-anh/lam-hop';
const KY_LAC = 'ha-tinh/ky-anh/ky-lac';

test('the fixture is valid', () => expect(issues).toEqual([]));

describe('scoreAssessment', () => {
  const criteria = index.criteria.get('ha-tinh-2016-2020')!;
  const parse = (statuses: Record<string, string>, otherwise?: string) =>
    assessmentSchema(plainReference).parse({
      place: LAM_HOP,
      date: '2020-09-08',
      criteriaSet: 'ha-tinh-2016-2020',
      statuses,
      otherwise,
      reportedIn: 'x',
    });

  test('counts each status over the set with the criteria it extends (20 in Hà Tĩnh)', () => {
    const scored = scoreAssessment(
      'a',
      parse({ 1: 'Chưa đạt', 2: 'Cơ bản đạt', 20: 'Chưa đạt' }, 'Đạt'),
      criteria,
    );
    expect([scored.total, scored.met, scored.basicallyMet, scored.notMet, scored.unknown]).toEqual([
      20, 17, 1, 2, 0,
    ]);
    expect(scored.statuses.get(20)).toBe('chua-dat');
    expect(scored.meetsStandard).toBe(false);
  });

  test('a criterion with no status is counted as unknown, not as met or unmet', () => {
    const scored = scoreAssessment('a', parse({ 1: 'Đạt' }), criteria);
    expect([scored.met, scored.unknown]).toEqual([1, 19]);
  });

  test('an assessment that gives only a count is scored by the count, the rest unknown', () => {
    const counted = assessmentSchema(plainReference).parse({
      place: LAM_HOP,
      date: '2020-09-08',
      criteriaSet: 'ha-tinh-2016-2020',
      statuses: { 20: 'Chưa đạt' },
      reportedMet: 16,
      reportedIn: 'x',
    });
    const scored = scoreAssessment('a', counted, criteria);
    expect([scored.total, scored.met, scored.notMet, scored.unknown]).toEqual([20, 16, 1, 3]);
  });

  test('a set known only by its size scores out of that size', () => {
    const counted = assessmentSchema(plainReference).parse({
      place: LAM_HOP,
      date: '2020-09-08',
      criteriaSet: 'thon-16',
      reportedMet: 15,
      reportedIn: 'x',
    });
    const scored = scoreAssessment('a', counted, [], 16);
    expect([scored.total, scored.met, scored.unknown, scored.meetsStandard]).toEqual([
      16,
      15,
      1,
      false,
    ]);
  });

  test('meets the standard only when every criterion is Đạt', () => {
    expect(scoreAssessment('a', parse({}, 'Đạt'), criteria).meetsStandard).toBe(true);
    expect(scoreAssessment('a', parse({ 20: 'Cơ bản đạt' }, 'Đạt'), criteria).meetsStandard).toBe(
      false,
    );
  });
});

describe('communeProgress', () => {
  test('keeps a commune assessed under two sets as two series, each out of its own total', () => {
    const series = communeProgress(index, LAM_HOP);
    expect(series.map((s) => [s.set, s.total, s.points.map((p) => [p.date, p.met])])).toEqual([
      [
        'ha-tinh-2016-2020',
        20,
        [
          ['2020-09-08', 16],
          ['2020-12-20', 20],
        ],
      ],
      ['qd-318', 19, [['2023-06-01', 17]]],
    ]);
    expect(series[1]!.points[0]!.basicallyMet).toBe(1);
  });

  test('returns no series for a commune never assessed', () => {
    expect(communeProgress(index, 'ha-tinh/ky-anh/ky-tay')).toEqual([]);
  });

  test('latestAssessment takes the last one on or before the day, in the given set only', () => {
    expect(latestAssessment(index, LAM_HOP, 'ha-tinh-2016-2020', '2020-10-01')?.met).toBe(16);
    expect(latestAssessment(index, LAM_HOP, 'ha-tinh-2016-2020')?.met).toBe(20);
    expect(latestAssessment(index, LAM_HOP, 'qd-318', '2022-12-31')).toBeUndefined();
  });
});

describe('district aggregations', () => {
  test('communesOf lists the communes of the district, not the district itself', () => {
    expect(communesOf(index, KY_ANH).sort()).toEqual(
      [KY_LAC, 'ha-tinh/ky-anh/ky-tay', LAM_HOP].sort(),
    );
  });

  test('criteriaMatrices: one matrix per set, from each commune latest assessment under it', () => {
    const matrices = criteriaMatrices(index, KY_ANH);
    expect(matrices.map((m) => m.set)).toEqual(['ha-tinh-2016-2020', 'qd-318']);
    const [hatinh, qd318] = matrices;
    expect(hatinh!.criteria).toHaveLength(20);
    expect(Object.fromEntries(hatinh!.communes.map((c) => [c.place, c.assessment.met]))).toEqual({
      [LAM_HOP]: 20,
      [KY_LAC]: 10,
    });
    expect(hatinh!.communes.find((c) => c.place === KY_LAC)!.assessment.statuses.get(15)).toBe(
      'chua-dat',
    );
    expect(qd318!.criteria).toHaveLength(19);
    expect(qd318!.communes.map((c) => [c.place, c.assessment.met])).toEqual([[LAM_HOP, 17]]);
  });

  test('criteriaBands: steps of five below the total, and the total on its own', () => {
    expect(criteriaBands(20)).toEqual([
      { from: 0, to: 4 },
      { from: 5, to: 9 },
      { from: 10, to: 14 },
      { from: 15, to: 19 },
      { from: 20, to: 20 },
    ]);
    expect(criteriaBands(19).at(-2)).toEqual({ from: 15, to: 18 });
    expect(criteriaBands(10)).toEqual([
      { from: 0, to: 4 },
      { from: 5, to: 9 },
      { from: 10, to: 10 },
    ]);
  });

  test('distributionByMet and countByBand count communes by criteria met', () => {
    const latest = [
      latestAssessment(index, LAM_HOP, 'ha-tinh-2016-2020', '2020-09-08')!,
      latestAssessment(index, KY_LAC, 'ha-tinh-2016-2020')!,
    ];
    const byMet = distributionByMet(latest, 20);
    expect(byMet[16]).toBe(1);
    expect(byMet[10]).toBe(1);
    expect(byMet.reduce((a, b) => a + b)).toBe(2);
    expect(countByBand(byMet, criteriaBands(20))).toEqual([0, 0, 1, 1, 0]);
  });

  test('distributionOverTime counts each commune once per year, by its latest assessment that year', () => {
    const [hatinh, qd318] = distributionOverTime(index, KY_ANH);
    expect(hatinh!.years.map((y) => [y.year, y.communes, y.byBand])).toEqual([
      [2020, 2, [0, 0, 1, 0, 1]],
    ]);
    expect(qd318!.years.map((y) => [y.year, y.byBand])).toEqual([[2023, [0, 0, 0, 1, 0]]]);
  });

  test('averageOverTime: worked out from assessments and as reported, per set, labelled by source', () => {
    const series = averageOverTime(index, KY_ANH);
    expect(series.map((s) => [s.set, s.total])).toEqual([
      ['ha-tinh-2016-2020', 20],
      ['qd-318', 19],
      [undefined, undefined],
    ]);
    const [hatinh, qd318, unnamed] = series;
    // One point per year, on the year's last assessment day (Lâm Hợp 20 and Kỳ Lạc 10 on 20/12/2020).
    expect(hatinh!.fromAssessments).toEqual([{ date: '2020-12-20', value: 15, communes: 2 }]);
    expect(
      hatinh!.reported.map((p) => [p.date, p.value, p.reported?.period, p.reported?.reportedIn]),
    ).toEqual([['2017-03-31', 9.8, 'Quý I năm 2017', '2017-04-05-so-ket-quy-1']]);
    expect(qd318!.fromAssessments).toEqual([{ date: '2023-06-01', value: 17, communes: 1 }]);
    expect(qd318!.reported).toEqual([]);
    // 15.5 does not name its set: it stays apart rather than being drawn on a 19- or 20-criterion axis.
    expect(unnamed!.reported.map((p) => p.value)).toEqual([15.5]);
    expect(unnamed!.fromAssessments).toEqual([]);
  });

  test('communesReachingStandard: by the year of the first assessment with every criterion Đạt', () => {
    expect(communesReachingStandard(index, KY_ANH)).toEqual([
      { set: 'ha-tinh-2016-2020', total: 20, years: [{ year: 2020, communes: [LAM_HOP] }] },
      { set: 'qd-318', total: 19, years: [] },
    ]);
  });
});

describe('planTargetProgress', () => {
  const targets = planTargetProgress(index, 'kh-1-ubnd');

  test('lists only numeric targets, matched to the plan place', () => {
    expect(targets.map((t) => [t.target.id, t.place, t.year])).toEqual([
      ['xa-dat-chuan', KY_ANH, 2020],
      ['lua', KY_ANH, 2017],
      ['thon-kieu-mau', KY_ANH, 2020],
    ]);
  });

  test('sets each target against the reported figures of its metric', () => {
    const [xa, lua, thon] = targets;
    expect(xa!.latest?.value).toBe(1);
    expect(xa!.shareOfTarget).toBe(0.5);
    expect(lua!.actuals.map((a) => [a.period, a.value])).toEqual([['Quý I năm 2017', 5466.32]]);
    expect(thon!.actuals).toEqual([]);
    expect(thon!.shareOfTarget).toBeUndefined();
  });

  test('returns [] for an unknown plan', () =>
    expect(planTargetProgress(index, 'khong-co')).toEqual([]));
});
