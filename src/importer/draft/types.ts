/**
 * The shapes of draft records: each is the input a clerk writes for its collection (the schema's
 * `z.input`), with the review notes that go beside its values as `# REVIEW:` comments.
 */
import type { z } from 'astro/zod';
import type { assessmentSchema } from '../../schemas/assessments.ts';
import type { bodySchema } from '../../schemas/bodies.ts';
import type { documentSchema } from '../../schemas/documents.ts';
import type { meetingSchema } from '../../schemas/meetings.ts';
import type { placeSchema } from '../../schemas/places.ts';
import type { recognitionSchema } from '../../schemas/recognitions.ts';
import type { statisticsSchema } from '../../schemas/statistics.ts';
import type { ContentSet } from '../../records/content-set.ts';
import type { CriteriaKnowledge } from '../criteria-sets.ts';

/** A record as written in content/ (what a schema accepts). */
type Input<F extends (...args: never[]) => z.ZodType> = z.input<ReturnType<F>>;

export type MeetingInput = Input<typeof meetingSchema>;
export type DocumentInput = Input<typeof documentSchema>;
export type AssessmentInput = Input<typeof assessmentSchema>;
export type StatisticsInput = Input<typeof statisticsSchema>;
export type RecognitionInput = Input<typeof recognitionSchema>;
export type PlaceInput = Input<typeof placeSchema>;
export type BodyInput = Input<typeof bodySchema>;

/** Review notes by field path (`date`, `chairs.0.name`, `tasks.3.deadline`). */
export type ReviewNotes = Map<string, string>;

interface Base<C extends string, D> {
  collection: C;
  /** Record id (path below the collection folder, without extension). */
  id: string;
  data: D;
  review: ReviewNotes;
}

/** One draft record, as data a clerk would write, with its review notes. */
export type DraftRecord =
  | (Base<'meetings', MeetingInput> & { body: string })
  | (Base<'documents', DocumentInput> & { body: string })
  | Base<'assessments', AssessmentInput>
  | Base<'statistics', StatisticsInput>
  | Base<'recognitions', RecognitionInput>
  | Base<'places', PlaceInput>
  | Base<'bodies', BodyInput>;

export type DraftCollection = DraftRecord['collection'];

/** What the importer makes of one article. */
export interface Draft {
  records: DraftRecord[];
  /** The meeting's id among `records`, when the article describes one. */
  meetingId?: string;
  /** Existing documents the draft cites instead of repeating them, with the number and date as the article gives them. */
  linked: Array<{ id: string; number: string; date?: string }>;
}

/** Options for `buildDraft`. */
export interface DraftOptions {
  /** The existing records, to link to bodies, places, documents and criteria sets. */
  content: ContentSet;
  /** The criteria sets as the reader knows them. Default: made from `content`. */
  knowledge?: CriteriaKnowledge;
  /** File name of the article in `content/sources/`, when it is archived there. */
  archive?: string;
  /** The article's address, when the clerk gives it. */
  url?: string;
  /** The heading of the part of a round-up article this draft is made from ("Huyện ủy Kỳ Anh"). */
  section?: string;
}

/** Sets a value and its review note together. */
export function withNote(review: ReviewNotes, path: string, note: string | undefined): void {
  if (note) review.set(path, review.has(path) ? `${review.get(path)!}; ${note}` : note);
}
