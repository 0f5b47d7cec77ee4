/**
 * Wires each record collection to its loader and schema. Schemas live in `src/schemas/`; they
 * take Astro's `reference()` here and a plain one in the validator.
 */
import { defineCollection, reference } from 'astro:content';
import { COLLECTIONS, COLLECTION_NAMES, type ReferenceFactory } from './schemas/index.ts';
import { recordsLoader } from './records/loader.ts';

const astroReference = reference as unknown as ReferenceFactory;

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    defineCollection({
      loader: recordsLoader(name),
      schema: COLLECTIONS[name].schema(astroReference),
    }),
  ]),
);
