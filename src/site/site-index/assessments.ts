/** The criteria, assessments and statistics sections of the site index. */
import type { Assessment, CriteriaSet } from '../../schemas/index.ts';
import {
  criteriaSetSize,
  effectiveCriteria,
  tallyCriteria,
  type CriterionResult,
  type EffectiveCriterion,
} from '../../domain/criteria.ts';

export type { CriterionResult };
import type { ContentSet, ParsedRecord } from '../../records/content-set.ts';
import type { RecordIndex } from '../record-index.ts';
import { push, pushUnique } from './shared.ts';

/** An assessment with the status of every criterion of its set resolved. */
export interface ResolvedAssessment {
  record: ParsedRecord<Assessment>;
  /** The listed criteria of the set, each with its status (undefined when not stated). */
  results: CriterionResult[];
  /** How many criteria the set has (its `criteriaCount`, or the number listed). */
  total: number;
  /** True when the record gives a status for every criterion of the set. */
  complete: boolean;
  /**
   * Criteria met: counted from the statuses when they are complete, else the count the source
   * reported (`reportedMet`); undefined when neither is known.
   */
  metCount: number | undefined;
}

/**
 * The status of every criterion of `criteria` in `assessment`; `size` is the set's number of
 * criteria when it lists fewer (default: as many as listed).
 */
export function resolveAssessment(
  record: ParsedRecord<Assessment>,
  criteria: readonly EffectiveCriterion[],
  size: number = criteria.length,
): ResolvedAssessment {
  const { results, met, unknown } = tallyCriteria(record.data, criteria);
  const complete = criteria.length >= size && unknown === 0;
  const metCount = complete ? met : record.data.reportedMet;
  return { record, results, total: size, complete, metCount };
}

export interface AssessmentSection {
  criteriaBySet: Map<string, EffectiveCriterion[]>;
  assessmentsByPlace: Map<string, ResolvedAssessment[]>;
  assessmentsByReporter: Map<string, ResolvedAssessment[]>;
  placesMeetingCriterion: Map<string, Map<number, string[]>>;
  placesAssessedBySet: Map<string, string[]>;
}

/** Assessments resolved against their sets, by place and reporter; who meets each criterion. */
export function indexAssessments(
  content: ContentSet,
  index: RecordIndex,
  byPlaceName: (a: string, b: string) => number,
): AssessmentSection {
  const setsById = new Map<string, CriteriaSet>(content.criteriaSets.map((s) => [s.id, s.data]));
  const criteriaBySet = new Map<string, EffectiveCriterion[]>();
  for (const s of content.criteriaSets) {
    const criteria = effectiveCriteria(s.id, setsById);
    if (criteria) criteriaBySet.set(s.id, criteria);
  }
  const assessmentsByPlace = new Map<string, ResolvedAssessment[]>();
  const assessmentsByReporter = new Map<string, ResolvedAssessment[]>();
  const latest = new Map<string, ResolvedAssessment>(); // `${set}\n${place}`
  const assessments = [...content.assessments].sort((a, b) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0,
  );
  for (const a of assessments) {
    const setId = a.data.criteriaSet.id;
    const criteria = criteriaBySet.get(setId) ?? [];
    const size = criteriaSetSize(setId, setsById) ?? criteria.length;
    const resolved = resolveAssessment(a, criteria, size);
    push(assessmentsByPlace, a.data.place.id, resolved);
    if (a.data.reportedIn)
      push(assessmentsByReporter, `meetings/${a.data.reportedIn.id}`, resolved);
    if (a.data.reportedBy)
      push(assessmentsByReporter, `documents/${a.data.reportedBy.id}`, resolved);
    latest.set(`${a.data.criteriaSet.id}\n${a.data.place.id}`, resolved);
  }
  const placesMeetingCriterion = new Map<string, Map<number, string[]>>();
  const placesAssessedBySet = new Map<string, string[]>();
  for (const [key, resolved] of latest) {
    const [setId, placeId] = key.split('\n') as [string, string];
    pushUnique(placesAssessedBySet, setId, placeId);
    const perCriterion = placesMeetingCriterion.get(setId) ?? new Map<number, string[]>();
    placesMeetingCriterion.set(setId, perCriterion);
    for (const r of resolved.results)
      if (r.status === 'dat') push(perCriterion, r.criterion.number, placeId);
  }
  const placeKnown = (id: string) => index.byId.places.has(id);
  for (const [setId, list] of placesAssessedBySet)
    placesAssessedBySet.set(setId, list.filter(placeKnown).sort(byPlaceName));
  for (const perCriterion of placesMeetingCriterion.values())
    for (const [n, list] of perCriterion)
      perCriterion.set(n, list.filter(placeKnown).sort(byPlaceName));
  return {
    criteriaBySet,
    assessmentsByPlace,
    assessmentsByReporter,
    placesMeetingCriterion,
    placesAssessedBySet,
  };
}

export interface StatisticsSection {
  statisticsByPlace: Map<string, string[]>;
  statisticsByReporter: Map<string, string[]>;
}

/** Statistics records by place (oldest period first) and by the record that reported them. */
export function indexStatistics(content: ContentSet): StatisticsSection {
  const statisticsByPlace = new Map<string, string[]>();
  const statisticsByReporter = new Map<string, string[]>();
  const statistics = [...content.statistics].sort((a, b) =>
    a.data.periodStart < b.data.periodStart ? -1 : a.data.periodStart > b.data.periodStart ? 1 : 0,
  );
  for (const s of statistics) {
    push(statisticsByPlace, s.data.place.id, s.id);
    if (s.data.reportedIn) push(statisticsByReporter, `meetings/${s.data.reportedIn.id}`, s.id);
    if (s.data.reportedBy) push(statisticsByReporter, `documents/${s.data.reportedBy.id}`, s.id);
  }
  return { statisticsByPlace, statisticsByReporter };
}
