/** A plan's targets against what was achieved: each numeric target next to the reported figures of its metric and place. */
import type { Target } from '../schemas/index.ts';
import type { ProgressIndex } from './progress-index.ts';

/** One reported figure of a target's metric. */
export interface ActualFigure {
  /** End of the reported period (YYYY-MM-DD). */
  date: string;
  /** The period in words ("Quý I năm 2017"). */
  period: string;
  value: number;
  unit: string;
  estimate: boolean;
  /** Id of the statistics record. */
  statistics: string;
}

/** A numeric target of a plan for one place, with the figures reported for it. */
export interface TargetProgress {
  target: Target;
  /** The place the target is for (the target's own, else each of the plan's places). Undefined when neither names one. */
  place?: string;
  /** Year by which it is due: the target's, else the end of the plan's period. */
  year?: number;
  /** Figures of the target's metric reported for the place, oldest first. */
  actuals: ActualFigure[];
  /** The last of `actuals`. */
  latest?: ActualFigure;
  /** `latest.value / target.value` (1 = target reached), when both exist and the target is not 0. */
  shareOfTarget?: number;
}

/**
 * The numeric targets (those with a `metric` and a `value`) of plan `planId`, each against the
 * figures of the same metric reported for the same place. A target without its own place is
 * matched once per place of the plan. Returns [] for an unknown plan.
 */
export function planTargetProgress(index: ProgressIndex, planId: string): TargetProgress[] {
  const plan = index.plans.get(planId)?.data;
  if (!plan) return [];
  const result: TargetProgress[] = [];
  for (const target of plan.targets) {
    if (target.metric === undefined || target.value === undefined) continue;
    const places: Array<string | undefined> = target.place
      ? [target.place.id]
      : plan.places.length > 0
        ? plan.places.map((p) => p.id)
        : [undefined];
    for (const place of places) {
      const actuals: ActualFigure[] = [];
      for (const record of place ? (index.statisticsByPlace.get(place) ?? []) : []) {
        for (const f of record.data.figures) {
          if (f.metric === target.metric)
            actuals.push({
              date: record.data.periodEnd,
              period: record.data.period,
              value: f.value,
              unit: f.unit,
              estimate: f.estimate,
              statistics: record.id,
            });
        }
      }
      const entry: TargetProgress = { target, actuals };
      if (place) entry.place = place;
      const year = target.year ?? plan.periodTo;
      if (year !== undefined) entry.year = year;
      const latest = actuals.at(-1);
      if (latest) {
        entry.latest = latest;
        if (target.value !== 0) entry.shareOfTarget = latest.value / target.value;
      }
      result.push(entry);
    }
  }
  return result;
}
