/**
 * Turns what was read from an article (`extract.ts`) into draft records in the shape a clerk
 * writes them: the meeting the article describes (none for progress news), the documents it
 * cites that `content/` lacks, an assessment per unit it counts criteria for, statistics per unit
 * and period, recognitions per unit and level, and the places and bodies the archive lacks. Links
 * are looked up among the existing records; every inferred or looked-up value carries a review
 * note, and a value with no words in the article is left out.
 */
import { slugify } from '../../domain/fold-vietnamese.ts';
import { criteriaKnowledge } from '../criteria-sets.ts';
import type { ExtractedArticle } from '../extract.ts';
import { findUnits } from '../units.ts';
import { addIndicators, assessmentDrafts, type Reporter } from './assessments.ts';
import { citedDocuments } from './documents.ts';
import { DraftLinks } from './links.ts';
import {
  meetingConvener,
  meetingId,
  meetingPeople,
  meetingPlaces,
  meetingSource,
  meetingTasks,
  meetingVotes,
  meetingWhen,
  sourceOf,
  type MeetingParts,
} from './meeting.ts';
import { recognitionDrafts } from './recognitions.ts';
import { statisticsDrafts } from './statistics.ts';
import type { Draft, DraftOptions, DraftRecord, MeetingInput } from './types.ts';

export type { Draft, DraftOptions, DraftRecord, ReviewNotes } from './types.ts';
export { criteriaKnowledge };

/** The meeting record of an article that describes one, and the documents it cites. */
function draftMeeting(article: ExtractedArticle, links: DraftLinks, options: DraftOptions) {
  const parts: MeetingParts = { data: {} as MeetingInput, review: new Map() };
  meetingWhen(article, options.section, parts);
  const places = meetingPlaces(article, links, parts);
  const convener = meetingConvener(article, links, places, options.section, parts);
  if (article.venue) {
    parts.data.venue = article.venue.value;
    parts.review.set('venue', 'địa điểm như bài ghi (giữ chữ viết tắt)');
  }
  meetingPeople(article, parts);
  const near = convener
    ? links.content.bodies.find((b) => b.id === convener)?.data.place?.id
    : undefined;
  const documents = citedDocuments(article, links, near ?? places[0]);
  if (documents.cites.length > 0) parts.data.cites = documents.cites;
  if (documents.notes.length > 0 || documents.cites.length > 0)
    parts.review.set(
      'cites',
      documents.notes.length > 0 ? documents.notes.join('. ') : 'văn bản có số ký hiệu trong bài',
    );
  meetingTasks(article, links, places, parts);
  meetingVotes(article, links, parts);
  const body = meetingSource(
    article,
    { ...options, ...(options.section ? { section: options.section } : {}) },
    parts,
  );
  const id = meetingId(article, parts.data, options.section);
  const record: DraftRecord = {
    collection: 'meetings',
    id,
    data: parts.data,
    body,
    review: parts.review,
  };
  return { record, documents };
}

/** Builds the draft records of one article. */
export function buildDraft(article: ExtractedArticle, options: DraftOptions): Draft {
  const links = new DraftLinks(options.content);
  if (options.section) giveSectionUnit(article, options.section);
  const date = article.event?.value.date ?? article.published?.value.date;
  const records: DraftRecord[] = [];
  let reporter: Reporter;
  let meetingIdOf: string | undefined;
  let decisions: ReadonlyMap<string, string>;
  let linked: Draft['linked'];
  if (article.shape.meeting) {
    const { record, documents } = draftMeeting(article, links, options);
    records.push(record, ...documents.records);
    meetingIdOf = record.id;
    reporter = { reportedIn: record.id };
    decisions = documents.byNumber;
    linked = documents.linked;
  } else {
    // Progress news, a decision issued or an event announced: no meeting; the article reports the facts.
    const review = new Map<string, string>();
    const source = sourceOf(article, options, review, 'source');
    reporter = { source };
    const documents = citedDocuments(article, links, undefined);
    records.push(...documents.records);
    decisions = documents.byNumber;
    linked = documents.linked;
  }
  const stem = slugify(date ?? article.title?.value ?? 'chua-ro-ngay').slice(0, 40);
  const assessments = assessmentDrafts(article, links, date, reporter, stem);
  addIndicators(assessments, article, links);
  records.push(
    ...assessments,
    ...statisticsDrafts(article, links, date, reporter, stem),
    ...recognitionDrafts(article, links, date, reporter, decisions),
    ...links.places,
    ...links.bodies,
  );
  // Two readings of one fact (a level said twice, a place written two ways) make one record.
  const unique = records.filter(
    (r, i) => records.findIndex((o) => o.collection === r.collection && o.id === r.id) === i,
  );
  return { records: unique, ...(meetingIdOf ? { meetingId: meetingIdOf } : {}), linked };
}

/** In a part of a round-up ("Huyện ủy Kỳ Anh"), figures and counts said of no unit are the part's unit's. */
function giveSectionUnit(article: ExtractedArticle, section: string): void {
  const unit = findUnits(section).find((u) => u.name);
  if (!unit) return;
  for (const item of [...article.figures, ...article.counts]) {
    if (item.unit?.name) continue;
    item.unit = { kind: unit.kind, name: unit.name! };
    item.review = [item.review, `số liệu nằm dưới mục "${section}" của bài`]
      .filter(Boolean)
      .join('; ');
  }
}

/** Joins the drafts of the parts of a round-up article; a record drafted by several parts is kept once. */
export function mergeDrafts(drafts: readonly Draft[]): Draft {
  const seen = new Set<string>();
  const records = drafts
    .flatMap((d) => d.records)
    .filter((r) => {
      const key = `${r.collection}/${r.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const linked = [...new Map(drafts.flatMap((d) => d.linked).map((l) => [l.id, l])).values()];
  const meetingId = drafts.find((d) => d.meetingId)?.meetingId;
  return { records, ...(meetingId ? { meetingId } : {}), linked };
}

/** Kept for callers that know the knowledge is built from content. */
export function knowledgeOf(options: DraftOptions) {
  return options.knowledge ?? criteriaKnowledge(options.content);
}
