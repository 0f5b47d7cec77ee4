/**
 * Wires each record collection to its loader and schema. Schemas live in `src/schemas/`; they
 * take Astro's `reference()` here and a plain one in the validator. Each collection is declared
 * by name so that `getCollection('meetings')` is typed with the meeting schema's output.
 */
import { defineCollection, reference } from 'astro:content';
import { COLLECTIONS, type ReferenceFactory } from './schemas/index.ts';
import { recordsLoader } from './records/loader.ts';

// Astro's reference() yields the same `{ collection, id }` the plain factory does.
const astroReference = reference as unknown as ReferenceFactory;

export const collections = {
  places: defineCollection({
    loader: recordsLoader('places'),
    schema: COLLECTIONS.places.schema(astroReference),
  }),
  bodies: defineCollection({
    loader: recordsLoader('bodies'),
    schema: COLLECTIONS.bodies.schema(astroReference),
  }),
  programmes: defineCollection({
    loader: recordsLoader('programmes'),
    schema: COLLECTIONS.programmes.schema(astroReference),
  }),
  documents: defineCollection({
    loader: recordsLoader('documents'),
    schema: COLLECTIONS.documents.schema(astroReference),
  }),
  criteriaSets: defineCollection({
    loader: recordsLoader('criteriaSets'),
    schema: COLLECTIONS.criteriaSets.schema(astroReference),
  }),
  meetings: defineCollection({
    loader: recordsLoader('meetings'),
    schema: COLLECTIONS.meetings.schema(astroReference),
  }),
  plans: defineCollection({
    loader: recordsLoader('plans'),
    schema: COLLECTIONS.plans.schema(astroReference),
  }),
  assessments: defineCollection({
    loader: recordsLoader('assessments'),
    schema: COLLECTIONS.assessments.schema(astroReference),
  }),
  statistics: defineCollection({
    loader: recordsLoader('statistics'),
    schema: COLLECTIONS.statistics.schema(astroReference),
  }),
};
