/**
 * One assessment per unit the article counts criteria for: the count ("14/19"), the criteria it
 * names in words with their status, the status of the others when the count allows it,
 * indicators ("46/57 chỉ tiêu", "chỉ tiêu 17.8") and criteria lost ("rớt 2 tiêu chí"). A count
 * alone makes a count-only assessment (the criteria it does not name are "not stated").
 */
import { slugify } from '../../domain/fold-vietnamese.ts';
import { CRITERION_STATUSES } from '../../schemas/assessments.ts';
import type { ExtractedCount } from '../counts.ts';
import type { ExtractedArticle } from '../extract.ts';
import { sameUnit, unitWords, type UnitRef } from '../units.ts';
import type { DraftLinks } from './links.ts';
import { withNote, type AssessmentInput, type DraftRecord, type ReviewNotes } from './types.ts';

/** Who reported a draft's counts: the meeting, or the article itself when it describes none. */
export type Reporter = { reportedIn: string } | { source: NonNullable<AssessmentInput['source']> };

/** The units that have a count of their own criteria, indicators or criteria lost. */
function assessedUnits(
  article: ExtractedArticle,
): Array<{ unit: UnitRef | null; within?: UnitRef }> {
  const units: Array<{ unit: UnitRef | null; within?: UnitRef }> = [];
  const kinds = ['criteria', 'indicators', 'criteria-lost', 'indicators-unmet'];
  for (const c of article.counts)
    if (
      kinds.includes(c.kind) &&
      !units.some((u) => sameUnit(u.unit, c.unit) || (!u.unit && !c.unit))
    )
      units.push({ unit: c.unit, ...(c.within ? { within: c.within } : {}) });
  for (const c of article.criteria)
    if (
      c.unit?.name &&
      !units.some((u) => sameUnit(u.unit, c.unit)) &&
      article.criteria.filter((x) => sameUnit(x.unit, c.unit)).length > 0
    )
      units.push({ unit: c.unit });
  return units;
}

/** The assessments of an article. `date` is the day they apply to; `reporter` who reported them. */
export function assessmentDrafts(
  article: ExtractedArticle,
  links: DraftLinks,
  date: string | undefined,
  reporter: Reporter,
  stem: string,
): DraftRecord[] {
  return assessedUnits(article).flatMap(({ unit, within }) => {
    const of = (c: { unit: UnitRef | null }) => (unit ? sameUnit(c.unit, unit) : !c.unit);
    const counts = article.counts.filter(of);
    const criteria = article.criteria.filter(of);
    if (counts.length === 0 && criteria.length === 0) return [];
    const review: ReviewNotes = new Map();
    const data: AssessmentInput = {} as AssessmentInput;
    const place = links.place(unit, {
      ...(within ? { parent: within } : {}),
      ...(date ? { date } : {}),
    });
    if (place.id) data.place = place.id;
    review.set('place', place.review ?? '');
    const count = counts.find((c) => c.kind === 'criteria');
    const day = count?.asOf ?? date;
    if (day) data.date = day;
    if (count?.asOf)
      review.set('date', `số liệu tính đến ngày ${count.asOf} ("${count.evidence}")`);
    else if (!day) review.set('date', 'bài không cho biết ngày: ghi ngày tình trạng được báo cáo');
    criteriaFields(data, review, count, criteria, article, unit);
    otherFields(data, review, counts);
    Object.assign(data, reporter);
    const id = `${place.id ?? `nhap/${slugify(unitWords(unit) || 'chua-ro-dia-ban')}`}/${day ?? `chua-ro-ngay-${stem}`}-nhap`;
    return [{ collection: 'assessments' as const, id, data, review }];
  });
}

function criteriaFields(
  data: AssessmentInput,
  review: ReviewNotes,
  count: ExtractedCount | undefined,
  criteria: ExtractedArticle['criteria'],
  article: ExtractedArticle,
  unit: UnitRef | null,
): void {
  const setId = count?.set ?? criteria.find((c) => c.set)?.set;
  if (setId) {
    data.criteriaSet = setId;
    review.set(
      'criteriaSet',
      count?.review ??
        criteria.find((c) => c.review)?.review ??
        'bộ tiêu chí suy từ năm và số tiêu chí: kiểm tra',
    );
  } else
    review.set(
      'criteriaSet',
      count?.review ?? 'không xác định được bộ tiêu chí: ghi id bộ tiêu chí',
    );
  if (count?.met !== undefined) data.reportedMet = count.met;
  if (count?.of !== undefined) data.reportedTotal = count.of;
  if (count?.review && !setId) withNote(review, 'reportedMet', count.review);
  if (criteria.length > 0) {
    const statuses: Record<string, string> = {};
    for (const c of criteria) statuses[String(c.number)] = CRITERION_STATUSES[c.status];
    data.statuses = statuses;
    const notes = criteria
      .filter((c) => c.review)
      .map((c) => `tiêu chí ${c.number} ("${c.written}"): ${c.review}`);
    review.set(
      'statuses',
      ['tiêu chí bài nêu tên, khớp với số thứ tự trong bộ', ...notes].join('; '),
    );
  }
  const otherwise = article.otherwise.find((o) => (unit ? sameUnit(o.unit, unit) : !o.unit));
  if (otherwise && !otherwise.numbers) {
    data.otherwise = CRITERION_STATUSES[otherwise.status];
    review.set('otherwise', otherwise.review);
  } else if (otherwise?.numbers) {
    data.statuses = {
      ...(data.statuses ?? {}),
      ...Object.fromEntries(
        otherwise.numbers.map((n) => [String(n), CRITERION_STATUSES[otherwise.status]]),
      ),
    };
    withNote(review, 'statuses', otherwise.review);
  }
}

function otherFields(
  data: AssessmentInput,
  review: ReviewNotes,
  counts: readonly ExtractedCount[],
): void {
  const indicators = counts.find((c) => c.kind === 'indicators');
  if (indicators) {
    data.indicatorsMet = indicators.met!;
    data.indicatorsTotal = indicators.of!;
    withNote(review, 'indicatorsMet', indicators.review);
  }
  const lost = counts.find((c) => c.kind === 'criteria-lost');
  if (lost) {
    data.reportedLost = lost.value!;
    withNote(review, 'reportedLost', lost.review ?? `đọc từ "${lost.evidence}"`);
  }
  const unmet = counts.find((c) => c.kind === 'indicators-unmet');
  if (unmet)
    withNote(
      review,
      'indicatorStatuses',
      `bài ghi "${unmet.evidence}" mà không nêu mã chỉ tiêu: ghi các chỉ tiêu chưa đạt nếu biết`,
    );
}

/** Indicator statuses ("chỉ tiêu 17.8 chưa đạt") go into the assessment of their unit. */
export function addIndicators(
  records: DraftRecord[],
  article: ExtractedArticle,
  links: DraftLinks,
): void {
  for (const i of article.indicators) {
    const place = links.place(i.unit).id;
    const target = records.find((r) => r.collection === 'assessments' && r.data.place === place);
    if (!target || target.collection !== 'assessments') continue;
    target.data.indicatorStatuses = {
      ...(target.data.indicatorStatuses ?? {}),
      [i.code]: CRITERION_STATUSES[i.status],
    };
    withNote(target.review, 'indicatorStatuses', `chỉ tiêu ${i.code} bài nêu riêng`);
  }
}
