/**
 * What the public site's pages ask of the archive, worked out once per build: meetings by
 * year, place and body; tasks by assignee and place; documents by type and number; the latest
 * criteria status of each commune; which communes meet each criterion. Every list is sorted
 * here, so a page only looks things up and never scans a collection.
 */
import type { CollectionName, Place } from '../schemas/index.ts';
import { compareVietnamese } from '../domain/collate.ts';
import type { EffectiveCriterion } from '../domain/criteria.ts';
import type { LinkableDocument, LinkContext } from '../domain/link-documents.ts';
import type { IndexedTask, RecordIndex, TaskState } from './record-index.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { checkRecordIds } from './urls.ts';
import { indexPlaces } from './site-index/places.ts';
import { indexDocuments, indexMeetings, indexPlansAndBodies } from './site-index/meetings.ts';
import { indexTasks } from './site-index/tasks.ts';
import { indexAssessments, indexStatistics } from './site-index/assessments.ts';
import type { ResolvedAssessment } from './site-index/assessments.ts';
import { indexCitations } from './site-index/citations.ts';
import { indexRecognitions } from './site-index/recognitions.ts';

export { compareTasks } from './site-index/tasks.ts';
export { resolveAssessment } from './site-index/assessments.ts';
export type { CriterionResult, ResolvedAssessment } from './site-index/assessments.ts';

export interface SiteIndex {
  /** Years that have meetings, newest first. */
  meetingYears: number[];
  /** Meeting ids per year, newest first. */
  meetingsByYear: Map<number, string[]>;
  /** Every meeting id, newest first. */
  meetingsNewestFirst: string[];
  /** Meeting ids concerning a place or a unit inside it, newest first. */
  meetingsByPlace: Map<string, string[]>;
  /** Meeting ids a body convened, newest first. */
  meetingsByBody: Map<string, string[]>;
  /** Document ids, newest first (undated last, by title). */
  documentsNewestFirst: string[];
  /** Document ids per type code, newest first. */
  documentsByType: Map<string, string[]>;
  /** Document ids issued by a body, newest first. */
  documentsByIssuer: Map<string, string[]>;
  /** Documents by canonical number, for linking numbers in prose. */
  documentsByNumber: Map<string, LinkableDocument[]>;
  /** How document numbers in a record's prose resolve (its date and the documents it references). */
  linkContext: (collection: CollectionName, id: string) => LinkContext;
  /** Plan ids, newest first. */
  plansNewestFirst: string[];
  /** Plan ids a body adopted. */
  plansByBody: Map<string, string[]>;
  /** Place ids in Vietnamese order of their names. */
  placesAtoZ: string[];
  /** Province-level place ids (no parent), A–Z. */
  topPlaces: string[];
  /** Children of each place, A–Z. */
  childPlacesAtoZ: Map<string, string[]>;
  /** Body ids A–Z. */
  bodiesAtoZ: string[];
  /** Tasks by key. */
  tasksByKey: Map<string, IndexedTask>;
  /** Every task in the one order of tasks (`compareTasks`): by state, then deadline. */
  tasksInOrder: IndexedTask[];
  /** The tasks given on the latest day any task was given, in the same order. */
  tasksLatestGiven: IndexedTask[];
  /** Tasks per state, in the same order. */
  tasksByState: Map<TaskState, IndexedTask[]>;
  /** Tasks given to a body. */
  tasksByBody: Map<string, IndexedTask[]>;
  /** Tasks concerning a place or a unit inside it (the task's places, else its meeting's or plan's). */
  tasksByPlace: Map<string, IndexedTask[]>;
  /** Tasks given by a meeting or plan (`collection/id`), in the same order. */
  tasksByOrigin: Map<string, IndexedTask[]>;
  /** Effective criteria of each set (a variant includes its base's). */
  criteriaBySet: Map<string, EffectiveCriterion[]>;
  /** Assessments of a place, oldest first, with every criterion resolved. */
  assessmentsByPlace: Map<string, ResolvedAssessment[]>;
  /** Assessments a meeting or document reported (`collection/id`). */
  assessmentsByReporter: Map<string, ResolvedAssessment[]>;
  /** Per set and criterion number: places whose latest assessment against the set says `dat`, A–Z. */
  placesMeetingCriterion: Map<string, Map<number, string[]>>;
  /** Places assessed against each set (latest assessment per place), A–Z. */
  placesAssessedBySet: Map<string, string[]>;
  /** Statistics record ids about a place (direct only), oldest period first. */
  statisticsByPlace: Map<string, string[]>;
  /** Statistics record ids a meeting or document reported (`collection/id`). */
  statisticsByReporter: Map<string, string[]>;
  /** Ancestors of each place, nearest first. */
  placeAncestors: Map<string, readonly string[]>;
  /**
   * For each document id, the records whose references or prose cite it (meetings, plans, other
   * documents, criteria sets, assessments, statistics), without duplicates, in collection order.
   */
  citedBy: Map<string, Array<{ collection: CollectionName; id: string }>>;
  /**
   * For each plan, the meetings that spoke of it, oldest first: those that list it in `plans`,
   * and those that cite the document adopting it (by reference or by number in prose).
   */
  meetingsOnPlan: Map<string, string[]>;
  /** For each place, the units it was formed from or took over (its `predecessors`, places whose `successors` name it), A–Z. */
  predecessors: Map<string, string[]>;
  /** For each archived article (file name in `content/sources/`), the records read from it. */
  recordsBySource: Map<string, Array<{ collection: CollectionName; id: string }>>;
  /** Recognition ids of a place, oldest first. */
  recognitionsByPlace: Map<string, string[]>;
  /** Recognition ids a meeting or document reported, or a decision made (`collection/id`), oldest first. */
  recognitionsByReporter: Map<string, string[]>;
}

/** Builds the site index. Throws when a record id cannot be published (see `checkRecordIds`). */
export function buildSiteIndex(content: ContentSet, index: RecordIndex): SiteIndex {
  const idProblems = checkRecordIds({
    meetings: content.meetings.map((r) => r.id),
    documents: content.documents.map((r) => r.id),
    plans: content.plans.map((r) => r.id),
    places: content.places.map((r) => r.id),
    bodies: content.bodies.map((r) => r.id),
    criteriaSets: content.criteriaSets.map((r) => r.id),
    programmes: content.programmes.map((r) => r.id),
  });
  if (idProblems.length > 0)
    throw new Error(`Some records cannot have a page:\n${idProblems.join('\n')}`);

  const { byPlaceName, withAncestors, ...places } = indexPlaces(content, index);
  const documents = indexDocuments(content);
  return {
    ...places,
    ...indexMeetings(content, withAncestors),
    ...documents,
    ...indexPlansAndBodies(content, index),
    ...indexTasks(index, withAncestors),
    ...indexAssessments(content, index, byPlaceName),
    ...indexStatistics(content),
    ...indexRecognitions(content),
    ...indexCitations(content, index, documents.documentsByNumber),
  };
}

/** The latest assessment of a place under each set it was assessed against, newest first. */
export function latestAssessmentPerSet(
  assessments: readonly ResolvedAssessment[],
): ResolvedAssessment[] {
  const bySet = new Map<string, ResolvedAssessment>();
  for (const a of assessments) bySet.set(a.record.data.criteriaSet.id, a);
  return [...bySet.values()].sort((a, b) => (a.record.data.date < b.record.data.date ? 1 : -1));
}

/**
 * Every assessed place with its latest assessment, the most recently assessed first; places
 * assessed on the same day in Vietnamese order of their names (the home page's progress table).
 */
export function placesByLatestAssessment(
  site: Pick<SiteIndex, 'assessmentsByPlace'>,
  places: ReadonlyMap<string, ParsedRecord<Place>>,
): Array<{ placeId: string; latest: ResolvedAssessment }> {
  const name = (id: string) => places.get(id)?.data.name ?? id;
  return [...site.assessmentsByPlace]
    .map(([placeId, list]) => ({ placeId, latest: latestAssessmentPerSet(list)[0]! }))
    .sort((x, y) => {
      const a = x.latest.record.data.date;
      const b = y.latest.record.data.date;
      return a === b ? compareVietnamese(name(x.placeId), name(y.placeId)) : a < b ? 1 : -1;
    });
}

/**
 * The day of the newest of the latest assessments against `setId` (one per place): what the
 * set's "places that meet each criterion" rest on. Undefined when no place was assessed.
 */
export function newestLatestAssessment(
  site: Pick<SiteIndex, 'placesAssessedBySet' | 'assessmentsByPlace'>,
  setId: string,
): string | undefined {
  return (site.placesAssessedBySet.get(setId) ?? [])
    .flatMap((p) => latestAssessmentPerSet(site.assessmentsByPlace.get(p) ?? []))
    .filter((a) => a.record.data.criteriaSet.id === setId)
    .map((a) => a.record.data.date)
    .sort()
    .at(-1);
}

/** A place followed by every unit above it, nearest first, as records (missing ones skipped). */
export function placeChain(
  placeId: string,
  site: Pick<SiteIndex, 'placeAncestors'>,
  places: ReadonlyMap<string, ParsedRecord<Place>>,
): Array<ParsedRecord<Place>> {
  return [placeId, ...(site.placeAncestors.get(placeId) ?? [])]
    .map((id) => places.get(id))
    .filter((p) => p !== undefined);
}
