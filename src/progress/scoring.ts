/**
 * One assessment scored against its criteria set: how many criteria are met, basically met and
 * not met, out of the number of criteria the set (with the sets it extends) has.
 */
import type { Assessment, CriterionStatus } from '../schemas/index.ts';
import { tallyCriteria, type EffectiveCriterion } from '../domain/criteria.ts';

/** An assessment with its counts. Counts are out of `total`, the size of the set it was scored against. */
export interface ScoredAssessment {
  /** Id of the assessment record. */
  id: string;
  /** Id of the place assessed. */
  place: string;
  /** Day the status applies to (YYYY-MM-DD). */
  date: string;
  /** Id of the criteria set. */
  set: string;
  /** Number of criteria in the set. */
  total: number;
  /** Criteria with status Đạt; when the record does not give every status, the count the source reported (`reportedMet`). */
  met: number;
  /** Criteria with status Cơ bản đạt. */
  basicallyMet: number;
  /** Criteria with status Chưa đạt. */
  notMet: number;
  /** Criteria whose status is not known: neither listed nor counted by the source. */
  unknown: number;
  /** Status of each criterion by number; undefined when the record gives none. */
  statuses: ReadonlyMap<number, CriterionStatus | undefined>;
  /** True when every criterion of the set is Đạt: the commune reached the standard (về đích). */
  meetsStandard: boolean;
  /** The meeting that reported it, when recorded. */
  reportedIn?: string;
  /** The document that reported it, when recorded. */
  reportedBy?: string;
}

/**
 * Scores `assessment` (record `id`) against `criteria`, the effective criteria of its set, out of
 * `size` criteria (default: as many as listed). When the record leaves some statuses out, the
 * source's own count (`reportedMet`) stands for the criteria met.
 */
export function scoreAssessment(
  id: string,
  assessment: Assessment,
  criteria: readonly EffectiveCriterion[],
  size: number = criteria.length,
): ScoredAssessment {
  const tally = tallyCriteria(assessment, criteria);
  const { results, basicallyMet, notMet } = tally;
  let { met, unknown } = tally;
  unknown += Math.max(0, size - criteria.length);
  if (unknown > 0 && assessment.reportedMet !== undefined && assessment.reportedMet >= met) {
    unknown = Math.max(0, unknown - (assessment.reportedMet - met));
    met = assessment.reportedMet;
  }
  const scored: ScoredAssessment = {
    id,
    place: assessment.place.id,
    date: assessment.date,
    set: assessment.criteriaSet.id,
    total: size,
    met,
    basicallyMet,
    notMet,
    unknown,
    statuses: new Map(results.map((r) => [r.criterion.number, r.status])),
    meetsStandard: size > 0 && met === size,
  };
  if (assessment.reportedIn) scored.reportedIn = assessment.reportedIn.id;
  if (assessment.reportedBy) scored.reportedBy = assessment.reportedBy.id;
  return scored;
}
