/** A commune's progress: criteria met at each assessment, one series per criteria set. */
import type { ProgressIndex } from './progress-index.ts';
import { orderSets } from './progress-index.ts';
import type { ScoredAssessment } from './scoring.ts';

/** The assessments of one place under one criteria set. Counts in different sets are never mixed. */
export interface SetProgress {
  /** Id of the criteria set. */
  set: string;
  /** Number of criteria in the set: the top of the axis. */
  total: number;
  /** One assessment per date, oldest first. */
  points: ScoredAssessment[];
}

/**
 * The progress of place `placeId` over time: for each criteria set it was assessed under (older
 * sets first), its assessments by date. When two records assess the place on the same day under
 * the same set, the one whose id sorts first is kept, so a chart never shows two bars for one day.
 */
export function communeProgress(index: ProgressIndex, placeId: string): SetProgress[] {
  const assessments = index.assessmentsByPlace.get(placeId) ?? [];
  const bySet = new Map<string, Map<string, ScoredAssessment>>();
  for (const a of assessments) {
    const byDate = bySet.get(a.set) ?? new Map<string, ScoredAssessment>();
    if (!byDate.has(a.date)) byDate.set(a.date, a);
    bySet.set(a.set, byDate);
  }
  return orderSets(bySet.keys(), index.sets).map((set) => {
    const points = [...bySet.get(set)!.values()];
    return { set, total: points[0]!.total, points };
  });
}

/** The latest assessment of `placeId` under `set` on or before `day` (YYYY-MM-DD), if any. */
export function latestAssessment(
  index: ProgressIndex,
  placeId: string,
  set: string,
  day = '9999-12-31',
): ScoredAssessment | undefined {
  const list = index.assessmentsByPlace.get(placeId) ?? [];
  let latest: ScoredAssessment | undefined;
  for (const a of list) if (a.set === set && a.date <= day) latest = a;
  return latest;
}
