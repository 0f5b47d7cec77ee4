/** Criteria sets as readers meet them: a provincial variant is its national base plus what it adds. */
import type { Assessment, CriteriaSet, Criterion, CriterionStatus } from '../schemas/index.ts';

/** A set's criteria with the group names resolved, in number order. */
export interface EffectiveCriterion extends Criterion {
  /** The group's name, or undefined when the criterion's group is not known. */
  groupName: string | undefined;
  /** Id of the set record that defines the criterion (the base set, or the variant itself). */
  definedIn: string;
}

/**
 * Every criterion that applies under the set `setId`: the criteria of the set it `extends`
 * (recursively) followed by its own, a variant's own definition winning on a shared number.
 * Returns undefined when the set or a base it extends is missing, or the chain loops.
 */
export function effectiveCriteria(
  setId: string,
  setsById: ReadonlyMap<string, CriteriaSet>,
  seen: Set<string> = new Set(),
): EffectiveCriterion[] | undefined {
  const set = setsById.get(setId);
  if (!set || seen.has(setId)) return undefined;
  seen.add(setId);
  const base = set.extends ? effectiveCriteria(set.extends.id, setsById, seen) : [];
  if (!base) return undefined;
  const groups = new Map<string, string>();
  for (const c of base) if (c.group && c.groupName) groups.set(c.group, c.groupName);
  for (const g of set.groups) groups.set(g.code, g.name);
  const byNumber = new Map<number, EffectiveCriterion>(base.map((c) => [c.number, c]));
  for (const c of set.criteria)
    byNumber.set(c.number, {
      ...c,
      groupName: c.group === undefined ? undefined : (groups.get(c.group) ?? c.group),
      definedIn: setId,
    });
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** The part of an assessment that says how each criterion stands. */
export type AssessmentStatuses = Pick<Assessment, 'statuses' | 'otherwise'>;

/** What an assessment says of one criterion. */
export interface CriterionResult<C extends { number: number } = EffectiveCriterion> {
  criterion: C;
  /** The status listed for it, else the assessment's `otherwise`; undefined when it gives neither. */
  status: CriterionStatus | undefined;
  /** True when `statuses` lists the criterion itself (false when the status comes from `otherwise`). */
  listed: boolean;
}

/** Every criterion's status in one assessment, and how many have each status. */
export interface CriteriaTally<C extends { number: number } = EffectiveCriterion> {
  /** One result per criterion, in the order given. */
  results: Array<CriterionResult<C>>;
  /** Criteria with status Đạt: the "16" of "16/20". */
  met: number;
  /** Criteria with status Cơ bản đạt. */
  basicallyMet: number;
  /** Criteria with status Chưa đạt. */
  notMet: number;
  /** Criteria the assessment gives no status for (none when the record validates). */
  unknown: number;
}

/**
 * The status of each of `criteria` (the effective criteria of the assessment's set) in
 * `assessment`, with the count of each status. The one place where a criterion's status and the
 * met count are worked out: the validator, the site and the charts all call it.
 */
export function tallyCriteria<C extends { number: number }>(
  assessment: AssessmentStatuses,
  criteria: readonly C[],
): CriteriaTally<C> {
  const tally: CriteriaTally<C> = { results: [], met: 0, basicallyMet: 0, notMet: 0, unknown: 0 };
  for (const criterion of criteria) {
    const listed = assessment.statuses[String(criterion.number)];
    const status = listed ?? assessment.otherwise;
    tally.results.push({ criterion, status, listed: listed !== undefined });
    if (status === 'dat') tally.met++;
    else if (status === 'co-ban-dat') tally.basicallyMet++;
    else if (status === 'chua-dat') tally.notMet++;
    else tally.unknown++;
  }
  return tally;
}

/**
 * How many criteria the set `setId` has: its `criteriaCount` when the record gives one (a set
 * whose criteria are not all listed), else the number of its effective criteria. Undefined when
 * the set or a base it extends is missing.
 */
export function criteriaSetSize(
  setId: string,
  setsById: ReadonlyMap<string, CriteriaSet>,
): number | undefined {
  const set = setsById.get(setId);
  if (set?.criteriaCount !== undefined) return set.criteriaCount;
  return effectiveCriteria(setId, setsById)?.length;
}
