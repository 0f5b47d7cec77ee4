/**
 * The lookups every progress aggregation needs, built once per set of records: criteria sets with
 * their effective criteria, scored assessments by place, statistics by place, places and their
 * children. Pages call the aggregations once per page; this keeps each call a few map lookups
 * instead of a scan of every assessment.
 */
import type { CriteriaSet, Place, Plan, Statistics } from '../schemas/index.ts';
import { criteriaSetSize, effectiveCriteria, type EffectiveCriterion } from '../domain/criteria.ts';
import { documentName } from '../domain/document-name.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { scoreAssessment, type ScoredAssessment } from './scoring.ts';

/** The records the progress aggregations read. A whole `ContentSet` fits. */
export type ProgressRecords = Pick<
  ContentSet,
  'places' | 'criteriaSets' | 'assessments' | 'statistics' | 'plans' | 'meetings' | 'documents'
>;

export interface ProgressIndex {
  sets: ReadonlyMap<string, CriteriaSet>;
  /** Effective criteria of each set (base set's criteria plus a variant's own), in number order. */
  criteria: ReadonlyMap<string, EffectiveCriterion[]>;
  /** How many criteria each set has (its `criteriaCount`, else the number of its effective criteria). */
  sizes: ReadonlyMap<string, number>;
  places: ReadonlyMap<string, Place>;
  /** Child place ids of each place id. */
  children: ReadonlyMap<string, string[]>;
  /** Scored assessments of each place, by date then record id. */
  assessmentsByPlace: ReadonlyMap<string, ScoredAssessment[]>;
  /** Statistics records of each place, by period end then record id. */
  statisticsByPlace: ReadonlyMap<string, ParsedRecord<Statistics>[]>;
  plans: ReadonlyMap<string, ParsedRecord<Plan>>;
  /** Titles of the meetings and documents that report figures, by `meetings/<id>` or `documents/<id>`, for source notes. */
  sourceTitles: ReadonlyMap<string, string>;
}

const cache = new WeakMap<object, ProgressIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The progress index of `records`, built on first use and cached per records object (the site
 * loads its records once per build, so every page shares one index).
 */
export function progressIndex(records: ProgressRecords): ProgressIndex {
  const cached = cache.get(records);
  if (cached) return cached;
  const sets = new Map(records.criteriaSets.map((r) => [r.id, r.data]));
  const criteria = new Map<string, EffectiveCriterion[]>();
  const sizes = new Map<string, number>();
  for (const id of sets.keys()) {
    const list = effectiveCriteria(id, sets);
    if (list) criteria.set(id, list);
    const size = criteriaSetSize(id, sets);
    if (size !== undefined) sizes.set(id, size);
  }
  const places = new Map(records.places.map((r) => [r.id, r.data]));
  const children = new Map<string, string[]>();
  for (const p of records.places) if (p.data.parent) push(children, p.data.parent.id, p.id);

  const assessmentsByPlace = new Map<string, ScoredAssessment[]>();
  for (const a of records.assessments) {
    const list = criteria.get(a.data.criteriaSet.id);
    // An assessment against a missing set is a validation error; it cannot be counted.
    if (!list) continue;
    push(
      assessmentsByPlace,
      a.data.place.id,
      scoreAssessment(a.id, a.data, list, sizes.get(a.data.criteriaSet.id)),
    );
  }
  for (const list of assessmentsByPlace.values())
    list.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const statisticsByPlace = new Map<string, ParsedRecord<Statistics>[]>();
  for (const s of records.statistics) push(statisticsByPlace, s.data.place.id, s);
  for (const list of statisticsByPlace.values())
    list.sort(
      (a, b) => a.data.periodEnd.localeCompare(b.data.periodEnd) || a.id.localeCompare(b.id),
    );

  const sourceTitles = new Map<string, string>([
    ...records.meetings.map((m): [string, string] => [`meetings/${m.id}`, m.data.title]),
    ...records.documents.map((d): [string, string] => [`documents/${d.id}`, documentName(d.data)]),
  ]);
  const index: ProgressIndex = {
    sets,
    criteria,
    sizes,
    places,
    children,
    assessmentsByPlace,
    statisticsByPlace,
    plans: new Map(records.plans.map((p) => [p.id, p])),
    sourceTitles,
  };
  cache.set(records, index);
  return index;
}

/** Ids of the sets among `ids`, ordered by period (older first), then id: the order charts show them in. */
export function orderSets(ids: Iterable<string>, sets: ReadonlyMap<string, CriteriaSet>): string[] {
  return [...new Set(ids)].sort(
    (a, b) => (sets.get(a)?.periodFrom ?? 0) - (sets.get(b)?.periodFrom ?? 0) || a.localeCompare(b),
  );
}
