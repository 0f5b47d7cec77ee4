/**
 * The collection registry: for each collection, its folder under `content/`, the file formats
 * it accepts and its schema. `src/content.config.ts` and the validator both read this, so the
 * site and `npm run validate` can never disagree about what a record is.
 */
import type { z } from 'astro/zod';
import { assessmentSchema } from './assessments.ts';
import { bodySchema } from './bodies.ts';
import { criteriaSetSchema } from './criteria-sets.ts';
import { documentSchema } from './documents.ts';
import { meetingSchema } from './meetings.ts';
import { placeSchema } from './places.ts';
import { planSchema } from './plans.ts';
import { programmeSchema } from './programmes.ts';
import { folderOf, type CollectionName, type ReferenceFactory } from './shared.ts';
import { statisticsSchema } from './statistics.ts';

export { COLLECTION_NAMES, folderOf, plainReference } from './shared.ts';
export type { CollectionName, RecordRef, ReferenceFactory } from './shared.ts';

/** How a collection's records are written. */
export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** Folder under the content directory. */
  folder: string;
  /** `markdown`: front matter plus a Markdown body; `data`: YAML or JSON. */
  format: 'markdown' | 'data';
  /** Builds the collection's schema around a reference factory. */
  schema: (reference: ReferenceFactory) => S;
}

const markdown = <S extends z.ZodType>(
  name: CollectionName,
  schema: (reference: ReferenceFactory) => S,
): CollectionSpec<S> => ({ folder: folderOf(name), format: 'markdown', schema });
const data = <S extends z.ZodType>(
  name: CollectionName,
  schema: (reference: ReferenceFactory) => S,
): CollectionSpec<S> => ({ folder: folderOf(name), format: 'data', schema });

/** Every collection with its folder, format and schema; each entry keeps its schema's own type. */
export const COLLECTIONS = {
  places: data('places', placeSchema),
  bodies: data('bodies', bodySchema),
  programmes: data('programmes', () => programmeSchema()),
  documents: markdown('documents', documentSchema),
  criteriaSets: data('criteriaSets', criteriaSetSchema),
  meetings: markdown('meetings', meetingSchema),
  plans: markdown('plans', planSchema),
  assessments: data('assessments', assessmentSchema),
  statistics: data('statistics', statisticsSchema),
} satisfies Record<CollectionName, CollectionSpec>;

/** File extensions each format accepts. */
export const EXTENSIONS: Record<CollectionSpec['format'], readonly string[]> = {
  markdown: ['.md'],
  data: ['.yaml', '.yml', '.json'],
};

export type { Assessment, CriterionStatus } from './assessments.ts';
export type { Body, BodyKind } from './bodies.ts';
export type { CriteriaSet, Criterion } from './criteria-sets.ts';
export type { DocumentRecord } from './documents.ts';
export type { Meeting, MeetingKind } from './meetings.ts';
export type { Place, PlaceKind } from './places.ts';
export type { Plan, Target } from './plans.ts';
export type { Programme } from './programmes.ts';
export type { Figure, Statistics } from './statistics.ts';
export type { Deadline, Task, TaskStatus } from './tasks.ts';
export type { Inference, Person, Source } from './shared.ts';
