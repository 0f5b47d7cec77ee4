/**
 * A district's progress: the criterion × commune matrix, the distribution of communes by criteria
 * met, the average number of criteria per commune over time (worked out from assessments and as
 * reported in statistics), and the communes that reached the standard each year. Every result is
 * per criteria set: a 19-criterion count and a 20-criterion count never share an axis.
 */
import { PLACE_LEVEL } from '../schemas/places.ts';
import type { EffectiveCriterion } from '../domain/criteria.ts';
import { latestAssessment } from './commune.ts';
import { orderSets, type ProgressIndex } from './progress-index.ts';
import type { ScoredAssessment } from './scoring.ts';

/** The statistics metric that reports the average number of criteria met per commune. */
export const AVERAGE_CRITERIA_METRIC = 'binh-quan-tieu-chi-xa';

/** The communes (commune-level places: xã, phường, thị trấn) directly under `districtId`. */
export function communesOf(index: ProgressIndex, districtId: string): string[] {
  return (index.children.get(districtId) ?? []).filter((id) => {
    const place = index.places.get(id);
    return place !== undefined && PLACE_LEVEL[place.kind] === 3;
  });
}

/** Sets (commune-level ones only) under which at least one commune of the district was assessed, oldest first. */
export function districtSets(index: ProgressIndex, districtId: string): string[] {
  const ids: string[] = [];
  for (const commune of communesOf(index, districtId)) {
    for (const a of index.assessmentsByPlace.get(commune) ?? [])
      if (index.sets.get(a.set)?.level === 'xa') ids.push(a.set);
  }
  return orderSets(ids, index.sets);
}

/** The latest status of every criterion in every assessed commune of a district, under one set. */
export interface CriteriaMatrix {
  set: string;
  criteria: EffectiveCriterion[];
  /** Assessed communes in the order of `communesOf`, each with its latest assessment under the set. */
  communes: Array<{ place: string; assessment: ScoredAssessment }>;
}

/** One matrix per set the district's communes were assessed under, from each commune's latest assessment. */
export function criteriaMatrices(index: ProgressIndex, districtId: string): CriteriaMatrix[] {
  const communes = communesOf(index, districtId);
  return districtSets(index, districtId).map((set) => ({
    set,
    criteria: index.criteria.get(set) ?? [],
    communes: communes.flatMap((place) => {
      const assessment = latestAssessment(index, place, set);
      return assessment ? [{ place, assessment }] : [];
    }),
  }));
}

/** A range of criteria-met counts, both ends included. */
export interface CriteriaBand {
  from: number;
  to: number;
}

/**
 * The bands communes are grouped into for a set of `total` criteria, lowest first: 0–4, 5–9, … in
 * steps of five below the total, and the total on its own (the communes that reached the standard),
 * as district reports group them ("đạt 15–18 tiêu chí", "đạt 19 tiêu chí").
 */
export function criteriaBands(total: number): CriteriaBand[] {
  const bands: CriteriaBand[] = [];
  for (let from = 0; from < total; from += 5)
    bands.push({ from, to: Math.min(from + 4, total - 1) });
  bands.push({ from: total, to: total });
  return bands;
}

/** How many communes met each number of criteria (index = criteria met, 0…total). */
export function distributionByMet(
  assessments: readonly ScoredAssessment[],
  total: number,
): number[] {
  const counts = new Array<number>(total + 1).fill(0);
  for (const a of assessments) counts[Math.min(a.met, total)]! += 1;
  return counts;
}

/** Sums a by-met distribution into `bands`. */
export function countByBand(byMet: readonly number[], bands: readonly CriteriaBand[]): number[] {
  return bands.map((b) => byMet.slice(b.from, b.to + 1).reduce((sum, n) => sum + n, 0));
}

/** The distribution of a district's communes at the end of one year. */
export interface DistributionYear {
  year: number;
  /** Communes per number of criteria met (index 0…total), from each commune's latest assessment up to 31/12 of the year. */
  byMet: number[];
  /** Communes per band of `criteriaBands(total)`. */
  byBand: number[];
  /** Communes counted (those assessed by the end of the year). */
  communes: number;
}

export interface DistributionSeries {
  set: string;
  total: number;
  bands: CriteriaBand[];
  /** One entry per year in which a commune of the district was assessed under the set. */
  years: DistributionYear[];
}

/**
 * For each set, the distribution of the district's communes by criteria met at the end of each
 * year with an assessment, counting each commune by its latest assessment up to then.
 */
export function distributionOverTime(
  index: ProgressIndex,
  districtId: string,
): DistributionSeries[] {
  const communes = communesOf(index, districtId);
  return districtSets(index, districtId).map((set) => {
    const total = index.sizes.get(set) ?? 0;
    const bands = criteriaBands(total);
    const years = new Set<number>();
    for (const c of communes)
      for (const a of index.assessmentsByPlace.get(c) ?? [])
        if (a.set === set) years.add(Number(a.date.slice(0, 4)));
    return {
      set,
      total,
      bands,
      years: [...years]
        .sort((a, b) => a - b)
        .map((year) => {
          const latest = communes.flatMap(
            (c) => latestAssessment(index, c, set, `${year}-12-31`) ?? [],
          );
          const byMet = distributionByMet(latest, total);
          return { year, byMet, byBand: countByBand(byMet, bands), communes: latest.length };
        }),
    };
  });
}

/** The average of criteria met per commune on one day. */
export interface AveragePoint {
  /** Day it applies to (YYYY-MM-DD): an assessment day, or the end of a reported period. */
  date: string;
  value: number;
  /** For a point worked out from assessments: how many communes it averages over. */
  communes?: number;
  /** For a reported figure: the statistics record, its period in words, its source and whether it is an estimate. */
  reported?: {
    statistics: string;
    period: string;
    unit: string;
    estimate: boolean;
    reportedIn?: string;
    reportedBy?: string;
  };
}

/** The average over time under one set; `set` is undefined for reported figures that do not name their set. */
export interface AverageSeries {
  set?: string;
  /** Size of the set (undefined when the set is not named). */
  total?: number;
  /** Worked out from the latest assessment of each assessed commune, on the last assessment day of each year. */
  fromAssessments: AveragePoint[];
  /** As reported (metric `binh-quan-tieu-chi-xa`) for the district. */
  reported: AveragePoint[];
  /** Communes of the district (assessed or not). */
  communes: number;
}

/**
 * The average number of criteria met per commune of a district over time, per set: on the last
 * day of each year on which a commune of the district was assessed, the mean of every assessed
 * commune's latest count; and
 * every figure of metric `binh-quan-tieu-chi-xa` reported for the district. Reported figures
 * that do not name their criteria set form their own series (`set` undefined), never guessed into one.
 */
export function averageOverTime(index: ProgressIndex, districtId: string): AverageSeries[] {
  const communes = communesOf(index, districtId);
  const series = new Map<string | undefined, AverageSeries>();
  const seriesOf = (set: string | undefined): AverageSeries => {
    let s = series.get(set);
    if (!s) {
      s = { fromAssessments: [], reported: [], communes: communes.length };
      if (set !== undefined) {
        s.set = set;
        const total = index.sizes.get(set);
        if (total !== undefined) s.total = total;
      }
      series.set(set, s);
    }
    return s;
  };

  for (const set of districtSets(index, districtId)) {
    // One point per year, on its last assessment day: a district of 30 communes assessed a few
    // times a year would otherwise draw a point (and a table row) per day.
    const lastDayOfYear = new Map<string, string>();
    for (const c of communes) {
      for (const a of index.assessmentsByPlace.get(c) ?? []) {
        const year = a.date.slice(0, 4);
        if (a.set === set && a.date > (lastDayOfYear.get(year) ?? ''))
          lastDayOfYear.set(year, a.date);
      }
    }
    const s = seriesOf(set);
    for (const date of [...lastDayOfYear.values()].sort()) {
      const latest = communes.flatMap((c) => latestAssessment(index, c, set, date) ?? []);
      s.fromAssessments.push({
        date,
        value: latest.reduce((sum, a) => sum + a.met, 0) / latest.length,
        communes: latest.length,
      });
    }
  }

  for (const record of index.statisticsByPlace.get(districtId) ?? []) {
    for (const figure of record.data.figures) {
      if (figure.metric !== AVERAGE_CRITERIA_METRIC) continue;
      const reported: NonNullable<AveragePoint['reported']> = {
        statistics: record.id,
        period: record.data.period,
        unit: figure.unit,
        estimate: figure.estimate,
      };
      if (record.data.reportedIn) reported.reportedIn = record.data.reportedIn.id;
      if (record.data.reportedBy) reported.reportedBy = record.data.reportedBy.id;
      seriesOf(figure.criteriaSet?.id).reported.push({
        date: record.data.periodEnd,
        value: figure.value,
        reported,
      });
    }
  }

  const named = orderSets(
    [...series.keys()].filter((k): k is string => k !== undefined),
    index.sets,
  );
  const ordered = named.map((k) => series.get(k)!);
  if (series.has(undefined)) ordered.push(series.get(undefined)!);
  return ordered;
}

/** The communes that reached the standard in one year under one set. */
export interface StandardYear {
  year: number;
  /** Place ids, in the order of `communesOf`. */
  communes: string[];
}

/**
 * For each set, the communes of the district that reached the standard, by the year of their
 * first assessment in which every criterion of the set is Đạt. Sets under which no commune has
 * reached it yet have an empty `years`.
 */
export function communesReachingStandard(
  index: ProgressIndex,
  districtId: string,
): Array<{ set: string; total: number; years: StandardYear[] }> {
  const communes = communesOf(index, districtId);
  return districtSets(index, districtId).map((set) => {
    const byYear = new Map<number, string[]>();
    for (const c of communes) {
      const first = (index.assessmentsByPlace.get(c) ?? []).find(
        (a) => a.set === set && a.meetsStandard,
      );
      if (!first) continue;
      const year = Number(first.date.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), c]);
    }
    return {
      set,
      total: index.sizes.get(set) ?? 0,
      years: [...byYear.keys()]
        .sort((a, b) => a - b)
        .map((year) => ({ year, communes: byYear.get(year)! })),
    };
  });
}
