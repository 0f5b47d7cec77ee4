/**
 * The name a link to a record shows, and where it goes: "Kế hoạch 60-KH/HU", "Xã Lâm Hợp",
 * "8/9/2020 · Thường trực Huyện ủy làm việc với xã Kỳ Lạc và xã Lâm Hợp".
 */
import { PLAN_KINDS } from '../schemas/plans.ts';
import { RECOGNITION_LEVELS } from '../schemas/recognitions.ts';
import type { CollectionName, Plan, Source } from '../schemas/index.ts';
import { documentName } from '../domain/document-name.ts';
import type { RecordIndex } from './record-index.ts';
import { formatVietnameseDate } from '../domain/vietnamese-date.ts';
import { placeDisplayName } from './format.ts';
import { recordUrl, sourceUrl } from './urls.ts';

/** A link to a record: its label and address (undefined when the record has no page). */
export interface RecordLabel {
  label: string;
  href: string | undefined;
}

/** How a document is named in a list (`documentName` in src/domain/document-name.ts). */
export const documentLabel = documentName;

/**
 * How a plan is named: its title (with its kind in front unless the title starts with it); a plan
 * whose title no source gives, by the document that adopted it ("Kế hoạch 60-KH/HU").
 */
export function planLabel(index: RecordIndex, plan: Plan): string {
  const kind = PLAN_KINDS[plan.kind];
  if (plan.title) return plan.title.startsWith(kind) ? plan.title : `${kind}: ${plan.title}`;
  const doc = plan.document ? index.byId.documents.get(plan.document.id)?.data : undefined;
  return doc ? documentName(doc) : kind;
}

/** The label and link of the record `collection/id`; a missing record keeps its id as label. */
export function recordLabel(
  index: RecordIndex,
  collection: CollectionName,
  id: string,
): RecordLabel {
  const href = (data?: { place?: { id: string } }) => recordUrl(collection, id, data);
  switch (collection) {
    case 'meetings': {
      const m = index.byId.meetings.get(id)?.data;
      return { label: m ? `${formatVietnameseDate(m.date)} · ${m.title}` : id, href: href() };
    }
    case 'documents': {
      const d = index.byId.documents.get(id)?.data;
      return { label: d ? documentLabel(d) : id, href: href() };
    }
    case 'plans': {
      const p = index.byId.plans.get(id)?.data;
      return { label: p ? planLabel(index, p) : id, href: href() };
    }
    case 'places': {
      const p = index.byId.places.get(id)?.data;
      return { label: p ? placeDisplayName(p) : id, href: href() };
    }
    case 'bodies':
      return { label: index.byId.bodies.get(id)?.data.name ?? id, href: href() };
    case 'criteriaSets':
      return { label: index.byId.criteriaSets.get(id)?.data.name ?? id, href: href() };
    case 'programmes':
      return { label: index.byId.programmes.get(id)?.data.shortName ?? id, href: href() };
    case 'assessments': {
      const a = index.byId.assessments.get(id)?.data;
      if (!a) return { label: id, href: undefined };
      const place = index.byId.places.get(a.place.id)?.data;
      return {
        label: `Đánh giá tiêu chí ${place ? placeDisplayName(place) : a.place.id} ngày ${formatVietnameseDate(a.date)}`,
        href: href(a),
      };
    }
    case 'statistics': {
      const s = index.byId.statistics.get(id)?.data;
      if (!s) return { label: id, href: undefined };
      const place = index.byId.places.get(s.place.id)?.data;
      return {
        label: `Số liệu ${s.period} của ${place ? placeDisplayName(place) : s.place.id}`,
        href: href(s),
      };
    }
    case 'recognitions': {
      const r = index.byId.recognitions.get(id)?.data;
      if (!r) return { label: id, href: undefined };
      const place = index.byId.places.get(r.place.id)?.data;
      return {
        label: `${RECOGNITION_LEVELS[r.level]}: ${place ? placeDisplayName(place) : r.place.id}, ${formatVietnameseDate(r.date)}`,
        href: href(r),
      };
    }
  }
}

/**
 * Who reported a count, figure or recognition: the meeting, the document, or the article itself
 * (linked to its archived copy, else to its address).
 */
export function reporterLabels(
  index: RecordIndex,
  data: {
    reportedIn?: { id: string } | undefined;
    reportedBy?: { id: string } | undefined;
    source?: Source | undefined;
  },
): RecordLabel[] {
  const out: RecordLabel[] = [];
  if (data.reportedIn) out.push(recordLabel(index, 'meetings', data.reportedIn.id));
  if (data.reportedBy) out.push(recordLabel(index, 'documents', data.reportedBy.id));
  if (data.source)
    out.push({
      label: data.source.title,
      href: data.source.archive ? sourceUrl(data.source.archive) : data.source.url,
    });
  return out;
}
