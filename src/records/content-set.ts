/** The typed result of reading a content folder: every collection's parsed records. */
import type {
  Assessment,
  Body,
  CollectionName,
  CriteriaSet,
  DocumentRecord,
  Meeting,
  Place,
  Plan,
  Programme,
  Recognition,
  Statistics,
} from '../schemas/index.ts';

/** The parsed record type of each collection. */
export interface RecordTypes {
  places: Place;
  bodies: Body;
  programmes: Programme;
  documents: DocumentRecord;
  criteriaSets: CriteriaSet;
  meetings: Meeting;
  plans: Plan;
  assessments: Assessment;
  statistics: Statistics;
  recognitions: Recognition;
}

/** One record after its schema was applied. */
export interface ParsedRecord<T> {
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  data: T;
  /** Markdown body, for Markdown collections. */
  body?: string;
}

/** Every collection's records, in file order. */
export type ContentSet = { [C in CollectionName]: ParsedRecord<RecordTypes[C]>[] };
