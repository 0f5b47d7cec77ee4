/**
 * What the archive holds, stated where a reader judges how far to trust it (the home page and
 * the open-data page): how many records of each kind, which provinces they concern, and the
 * first and last day of the meetings, assessments and figures they report.
 */
import { compareVietnamese } from '../domain/collate.ts';
import { PLACE_LEVEL } from '../schemas/places.ts';
import type { ContentSet } from '../records/content-set.ts';
import { placeDisplayName } from './format.ts';
import type { RecordIndex } from './record-index.ts';
import type { SiteIndex } from './site-index.ts';

export interface ArchiveCoverage {
  meetings: number;
  documents: number;
  plans: number;
  tasks: number;
  assessments: number;
  statistics: number;
  /** Provinces the meetings, plans, assessments and figures concern, by display name, A–Z. */
  provinces: string[];
  /** The earliest and latest day of a meeting, an assessment or a period of figures. */
  firstDate?: string;
  lastDate?: string;
}

export function archiveCoverage(
  content: ContentSet,
  index: RecordIndex,
  site: Pick<SiteIndex, 'placeAncestors'>,
): ArchiveCoverage {
  const places = new Set<string>();
  const dates: string[] = [];
  for (const m of content.meetings) {
    dates.push(m.data.date);
    for (const p of [m.data.place, ...m.data.places]) if (p) places.add(p.id);
  }
  for (const p of content.plans) for (const place of p.data.places) places.add(place.id);
  for (const a of content.assessments) {
    dates.push(a.data.date);
    places.add(a.data.place.id);
  }
  for (const s of content.statistics) {
    dates.push(s.data.periodStart, s.data.periodEnd);
    places.add(s.data.place.id);
  }
  const provinces = new Set<string>();
  for (const id of places)
    for (const p of [id, ...(site.placeAncestors.get(id) ?? [])]) {
      const place = index.byId.places.get(p)?.data;
      if (place && PLACE_LEVEL[place.kind] === 1) provinces.add(placeDisplayName(place));
    }
  dates.sort();
  const coverage: ArchiveCoverage = {
    meetings: content.meetings.length,
    documents: content.documents.length,
    plans: content.plans.length,
    tasks: index.tasks.length,
    assessments: content.assessments.length,
    statistics: content.statistics.length,
    provinces: [...provinces].sort(compareVietnamese),
  };
  if (dates.length > 0) {
    coverage.firstDate = dates[0]!;
    coverage.lastDate = dates.at(-1)!;
  }
  return coverage;
}
