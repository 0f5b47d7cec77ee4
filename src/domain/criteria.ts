/** Criteria sets as readers meet them: a provincial variant is its national base plus what it adds. */
import type { CriteriaSet, Criterion } from '../schemas/index.ts';

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
