/**
 * The answer a commune's page opens with: how many criteria it met, under which set, on which
 * date, and which criteria it had not met, by number and name, in one sentence a reader gets on
 * the first screen of a phone. Built from the place's latest assessment.
 */
import { isOld } from './age.ts';
import type { ResolvedAssessment } from './site-index.ts';

/** A criterion as the answer names it: "5 (Trường học)". */
export interface NamedCriterion {
  number: number;
  name: string;
}

export interface PlaceAnswer {
  /** Criteria met; undefined when the source states neither every status nor the count. */
  met: number | undefined;
  /** Criteria in the set (its `criteriaCount` when the record does not list them all). */
  total: number;
  setId: string;
  date: string;
  /** Criteria the assessment says are not met. */
  unmet: NamedCriterion[];
  /** Criteria it says are basically met (cơ bản đạt). */
  partly: NamedCriterion[];
  /** Criteria it gives no status for. */
  unknown: NamedCriterion[];
  /** Whether the assessment is more than two years old on the build date. */
  old: boolean;
}

export function placeAnswer(assessment: ResolvedAssessment, today: string): PlaceAnswer {
  const named = (status: string | undefined) =>
    assessment.results
      .filter((r) => r.status === status)
      .map((r) => ({ number: r.criterion.number, name: r.criterion.name }));
  const { date, criteriaSet } = assessment.record.data;
  return {
    met: assessment.metCount,
    total: assessment.total,
    setId: criteriaSet.id,
    date,
    unmet: named('chua-dat'),
    partly: named('co-ban-dat'),
    unknown: named(undefined),
    old: isOld(date, today),
  };
}

/** Criteria in a sentence: "5 (Trường học), 13 (Tổ chức sản xuất) và 20 (Khu dân cư kiểu mẫu)". */
export function listCriteria(criteria: readonly NamedCriterion[]): string {
  const items = criteria.map((c) => `${c.number} (${c.name})`);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}
