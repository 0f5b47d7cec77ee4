/** The meetings, documents, plans and bodies sections of the site index: the browse lists. */
import { compareVietnamese } from '../../domain/collate.ts';
import {
  indexDocumentsByNumber,
  isNationalIssuer,
  type LinkableDocument,
} from '../../domain/link-documents.ts';
import type { ContentSet } from '../../records/content-set.ts';
import type { RecordIndex } from '../record-index.ts';
import { newestFirst, push } from './shared.ts';

export interface MeetingSection {
  meetingYears: number[];
  meetingsByYear: Map<number, string[]>;
  meetingsNewestFirst: string[];
  meetingsByPlace: Map<string, string[]>;
  meetingsByBody: Map<string, string[]>;
}

/** Meetings newest first, by year, by place (and every unit above it) and by convening body. */
export function indexMeetings(
  content: ContentSet,
  withAncestors: (placeId: string) => string[],
): MeetingSection {
  const meetings = [...content.meetings].sort((a, b) => newestFirst(a.data, b.data));
  const meetingsByYear = new Map<number, string[]>();
  const meetingsByPlace = new Map<string, string[]>();
  const meetingsByBody = new Map<string, string[]>();
  for (const m of meetings) {
    push(meetingsByYear, Number(m.data.date.slice(0, 4)), m.id);
    const places = [m.data.place, ...m.data.places]
      .filter((p) => p !== undefined)
      .flatMap((p) => withAncestors(p.id));
    for (const p of new Set(places)) push(meetingsByPlace, p, m.id);
    for (const b of new Set(m.data.convenedBy.map((r) => r.id))) push(meetingsByBody, b, m.id);
  }
  return {
    meetingYears: [...meetingsByYear.keys()].sort((a, b) => b - a),
    meetingsByYear,
    meetingsNewestFirst: meetings.map((m) => m.id),
    meetingsByPlace,
    meetingsByBody,
  };
}

export interface DocumentSection {
  documentsNewestFirst: string[];
  documentsByType: Map<string, string[]>;
  documentsByIssuer: Map<string, string[]>;
  documentsByNumber: Map<string, LinkableDocument[]>;
}

/** Documents newest first, by type, by issuer, and by number (to link numbers in prose). */
export function indexDocuments(content: ContentSet): DocumentSection {
  const documents = [...content.documents].sort((a, b) => newestFirst(a.data, b.data));
  const documentsByType = new Map<string, string[]>();
  const documentsByIssuer = new Map<string, string[]>();
  for (const d of documents) {
    if (d.data.kind) push(documentsByType, d.data.kind, d.id);
    push(documentsByIssuer, d.data.issuer.id, d.id);
  }
  const documentsByNumber = indexDocumentsByNumber(
    content.documents
      .filter((d) => d.data.number)
      .map((d) => ({
        id: d.id,
        canonical: d.data.number!.canonical,
        date: d.data.date,
        national: isNationalIssuer(d.data.number!.issuer),
        issuer: d.data.issuer.id,
      })),
  );
  return {
    documentsNewestFirst: documents.map((d) => d.id),
    documentsByType,
    documentsByIssuer,
    documentsByNumber,
  };
}

export interface PlanAndBodySection {
  plansNewestFirst: string[];
  plansByBody: Map<string, string[]>;
  bodiesAtoZ: string[];
}

/** Plans newest first and by adopting body; bodies A–Z. */
export function indexPlansAndBodies(content: ContentSet, index: RecordIndex): PlanAndBodySection {
  const plansNewestFirst = [...content.plans]
    .sort((a, b) => newestFirst(a.data, b.data))
    .map((p) => p.id);
  const plansByBody = new Map<string, string[]>();
  for (const id of plansNewestFirst)
    push(plansByBody, index.byId.plans.get(id)!.data.adoptedBy.id, id);
  const bodyName = (id: string) => index.byId.bodies.get(id)!.data.name;
  const bodiesAtoZ = content.bodies
    .map((b) => b.id)
    .sort((a, b) => compareVietnamese(bodyName(a), bodyName(b)));
  return { plansNewestFirst, plansByBody, bodiesAtoZ };
}
