/**
 * What the public site's pages ask of the archive, worked out once per build: meetings by
 * year, place and body; tasks by assignee and place; documents by type and number; the latest
 * criteria status of each commune; which communes meet each criterion. Every list is sorted
 * here, so a page only looks things up and never scans a collection.
 */
import type {
  Assessment,
  CollectionName,
  CriteriaSet,
  CriterionStatus,
  Place,
} from '../schemas/index.ts';
import { compareVietnamese } from '../domain/collate.ts';
import { criteriaSetSize, effectiveCriteria, type EffectiveCriterion } from '../domain/criteria.ts';
import {
  indexDocumentsByNumber,
  isNationalIssuer,
  linkDocumentNumbers,
  type LinkableDocument,
  type LinkContext,
} from '../domain/link-documents.ts';
import { collectRefs, type IndexedTask, type RecordIndex, type TaskState } from './record-index.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { checkRecordIds } from './urls.ts';

/** One criterion's status in an assessment. */
export interface CriterionResult {
  criterion: EffectiveCriterion;
  /** Undefined when the assessment neither lists the criterion nor says `otherwise`. */
  status: CriterionStatus | undefined;
}

/** An assessment with the status of every criterion of its set resolved. */
export interface ResolvedAssessment {
  record: ParsedRecord<Assessment>;
  /** The listed criteria of the set, each with its status (undefined when not stated). */
  results: CriterionResult[];
  /** How many criteria the set has (its `criteriaCount`, or the number listed). */
  total: number;
  /** True when the record gives a status for every criterion of the set. */
  complete: boolean;
  /**
   * Criteria met: counted from the statuses when they are complete, else the count the source
   * reported (`reportedMet`); undefined when neither is known.
   */
  metCount: number | undefined;
}

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
  /** Every task: overdue first (oldest deadline first), then due soon, open, done, cancelled. */
  tasksInOrder: IndexedTask[];
  /** Every task, the most recently given first (tasks of the same record in the record's order; undated last). */
  tasksNewestFirst: IndexedTask[];
  /** Tasks per state, in the order above. */
  tasksByState: Map<TaskState, IndexedTask[]>;
  /** Tasks given to a body. */
  tasksByBody: Map<string, IndexedTask[]>;
  /** Tasks concerning a place or a unit inside it (the task's places, else its meeting's or plan's). */
  tasksByPlace: Map<string, IndexedTask[]>;
  /** Tasks given by a meeting or plan (`collection/id`). */
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
  placeAncestors: Map<string, string[]>;
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
  /** For each place, the units it took over (places whose `successors` name it), A–Z. */
  predecessors: Map<string, string[]>;
  /** For each archived article (file name in `content/sources/`), the records read from it. */
  recordsBySource: Map<string, Array<{ collection: CollectionName; id: string }>>;
  /** Recognition ids of a place, oldest first. */
  recognitionsByPlace: Map<string, string[]>;
  /** Recognition ids a meeting or document reported, or a decision made (`collection/id`), oldest first. */
  recognitionsByReporter: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushUnique<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value && !list.includes(value)) list.push(value);
}

const newestFirst = (
  a: { date?: string | undefined; title: string },
  b: { date?: string | undefined; title: string },
): number => {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareVietnamese(a.title, b.title);
};

const STATE_ORDER: TaskState[] = ['overdue', 'due-soon', 'open', 'done', 'cancelled'];

/** The order of the tracker: by state, then the nearest (or most overdue) deadline first, undated last. */
export function compareTasks(a: IndexedTask, b: IndexedTask): number {
  const s = STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state);
  if (s !== 0) return s;
  const da = a.task.deadline?.due;
  const db = b.task.deadline?.due;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The status of every criterion of `criteria` in `assessment`; `size` is the set's number of
 * criteria when it lists fewer (default: as many as listed).
 */
export function resolveAssessment(
  record: ParsedRecord<Assessment>,
  criteria: readonly EffectiveCriterion[],
  size: number = criteria.length,
): ResolvedAssessment {
  const results = criteria.map((criterion) => ({
    criterion,
    status: record.data.statuses[String(criterion.number)] ?? record.data.otherwise,
  }));
  const complete = criteria.length >= size && results.every((r) => r.status !== undefined);
  const metCount = complete
    ? results.filter((r) => r.status === 'dat').length
    : record.data.reportedMet;
  return { record, results, total: size, complete, metCount };
}

/** The name a place is listed under ("Xã Lâm Hợp" sorts by "Lâm Hợp"). */
function placeSortKey(p: Place): string {
  return p.name;
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

  // Places: ancestors, children A–Z.
  const placeAncestors = new Map<string, string[]>();
  const ancestorsOf = (id: string): string[] => {
    const known = placeAncestors.get(id);
    if (known) return known;
    const chain: string[] = [];
    const seen = new Set([id]);
    let parent = index.byId.places.get(id)?.data.parent?.id;
    while (parent && !seen.has(parent)) {
      chain.push(parent);
      seen.add(parent);
      parent = index.byId.places.get(parent)?.data.parent?.id;
    }
    placeAncestors.set(id, chain);
    return chain;
  };
  const byPlaceName = (a: string, b: string) =>
    compareVietnamese(
      placeSortKey(index.byId.places.get(a)!.data),
      placeSortKey(index.byId.places.get(b)!.data),
    ) || (a < b ? -1 : 1);
  const placesAtoZ = content.places.map((p) => p.id).sort(byPlaceName);
  const topPlaces = placesAtoZ.filter(
    (id) =>
      !index.byId.places.get(id)!.data.parent ||
      !index.byId.places.has(index.byId.places.get(id)!.data.parent!.id),
  );
  const childPlacesAtoZ = new Map<string, string[]>();
  for (const id of placesAtoZ) {
    ancestorsOf(id);
    const parent = index.byId.places.get(id)!.data.parent?.id;
    if (parent) push(childPlacesAtoZ, parent, id);
  }
  /** The place and every unit above it. */
  const withAncestors = (placeId: string): string[] => [placeId, ...ancestorsOf(placeId)];

  // Meetings.
  const meetings = [...content.meetings].sort((a, b) => newestFirst(a.data, b.data));
  const meetingsNewestFirst = meetings.map((m) => m.id);
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
  const meetingYears = [...meetingsByYear.keys()].sort((a, b) => b - a);

  // Documents.
  const documents = [...content.documents].sort((a, b) => newestFirst(a.data, b.data));
  const documentsNewestFirst = documents.map((d) => d.id);
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

  // Plans.
  const plansNewestFirst = [...content.plans]
    .sort((a, b) => newestFirst(a.data, b.data))
    .map((p) => p.id);
  const plansByBody = new Map<string, string[]>();
  for (const id of plansNewestFirst)
    push(plansByBody, index.byId.plans.get(id)!.data.adoptedBy.id, id);

  const bodiesAtoZ = content.bodies
    .map((b) => b.id)
    .sort((a, b) =>
      compareVietnamese(index.byId.bodies.get(a)!.data.name, index.byId.bodies.get(b)!.data.name),
    );

  // Tasks.
  const tasksInOrder = [...index.tasks].sort(compareTasks);
  const tasksByKey = new Map(tasksInOrder.map((t) => [t.key, t]));
  // A stable sort keeps each record's tasks in the order the record gives them.
  const tasksNewestFirst = [...index.tasks].sort((a, b) =>
    a.givenOn === b.givenOn
      ? 0
      : a.givenOn === undefined
        ? 1
        : b.givenOn === undefined
          ? -1
          : a.givenOn < b.givenOn
            ? 1
            : -1,
  );
  const tasksByState = new Map<TaskState, IndexedTask[]>();
  const tasksByBody = new Map<string, IndexedTask[]>();
  const tasksByPlace = new Map<string, IndexedTask[]>();
  const tasksByOrigin = new Map<string, IndexedTask[]>();
  for (const t of tasksInOrder) {
    push(tasksByState, t.state, t);
    for (const b of new Set(t.task.assignees.map((r) => r.id))) push(tasksByBody, b, t);
    let places = t.task.places.map((p) => p.id);
    if (places.length === 0) {
      if (t.origin.collection === 'meetings') {
        const m = index.byId.meetings.get(t.origin.id)!.data;
        places = [m.place, ...m.places].filter((p) => p !== undefined).map((p) => p.id);
      } else places = index.byId.plans.get(t.origin.id)!.data.places.map((p) => p.id);
    }
    for (const p of new Set(places.flatMap(withAncestors))) push(tasksByPlace, p, t);
  }
  // Tasks on their own record's page keep the record's order, not the tracker's.
  for (const t of index.tasks) push(tasksByOrigin, `${t.origin.collection}/${t.origin.id}`, t);

  // Criteria and assessments.
  const setsById = new Map<string, CriteriaSet>(content.criteriaSets.map((s) => [s.id, s.data]));
  const criteriaBySet = new Map<string, EffectiveCriterion[]>();
  for (const s of content.criteriaSets) {
    const criteria = effectiveCriteria(s.id, setsById);
    if (criteria) criteriaBySet.set(s.id, criteria);
  }
  const assessmentsByPlace = new Map<string, ResolvedAssessment[]>();
  const assessmentsByReporter = new Map<string, ResolvedAssessment[]>();
  const latest = new Map<string, ResolvedAssessment>(); // `${set}\n${place}`
  const assessments = [...content.assessments].sort((a, b) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0,
  );
  for (const a of assessments) {
    const setId = a.data.criteriaSet.id;
    const criteria = criteriaBySet.get(setId) ?? [];
    const resolved = resolveAssessment(
      a,
      criteria,
      criteriaSetSize(setId, setsById) ?? criteria.length,
    );
    push(assessmentsByPlace, a.data.place.id, resolved);
    if (a.data.reportedIn)
      push(assessmentsByReporter, `meetings/${a.data.reportedIn.id}`, resolved);
    if (a.data.reportedBy)
      push(assessmentsByReporter, `documents/${a.data.reportedBy.id}`, resolved);
    latest.set(`${a.data.criteriaSet.id}\n${a.data.place.id}`, resolved);
  }
  const placesMeetingCriterion = new Map<string, Map<number, string[]>>();
  const placesAssessedBySet = new Map<string, string[]>();
  for (const [key, resolved] of latest) {
    const [setId, placeId] = key.split('\n') as [string, string];
    pushUnique(placesAssessedBySet, setId, placeId);
    const perCriterion = placesMeetingCriterion.get(setId) ?? new Map<number, string[]>();
    placesMeetingCriterion.set(setId, perCriterion);
    for (const r of resolved.results)
      if (r.status === 'dat') push(perCriterion, r.criterion.number, placeId);
  }
  const placeKnown = (id: string) => index.byId.places.has(id);
  for (const [setId, list] of placesAssessedBySet)
    placesAssessedBySet.set(setId, list.filter(placeKnown).sort(byPlaceName));
  for (const perCriterion of placesMeetingCriterion.values()) {
    for (const [n, list] of perCriterion)
      perCriterion.set(n, list.filter(placeKnown).sort(byPlaceName));
  }

  // Statistics.
  const statisticsByPlace = new Map<string, string[]>();
  const statisticsByReporter = new Map<string, string[]>();
  const statistics = [...content.statistics].sort((a, b) =>
    a.data.periodStart < b.data.periodStart ? -1 : a.data.periodStart > b.data.periodStart ? 1 : 0,
  );
  for (const s of statistics) {
    push(statisticsByPlace, s.data.place.id, s.id);
    if (s.data.reportedIn) push(statisticsByReporter, `meetings/${s.data.reportedIn.id}`, s.id);
    if (s.data.reportedBy) push(statisticsByReporter, `documents/${s.data.reportedBy.id}`, s.id);
  }

  // Documents cited: by reference (the record index's backlinks) and by number in prose.
  const citedBy = new Map<string, Array<{ collection: CollectionName; id: string }>>();
  const citedKeys = new Set<string>();
  const cite = (docId: string, collection: CollectionName, id: string) => {
    const key = `${docId}\n${collection}/${id}`;
    if (citedKeys.has(key)) return;
    citedKeys.add(key);
    push(citedBy, docId, { collection, id });
  };
  for (const d of content.documents)
    for (const r of index.backlinks.get(`documents/${d.id}`) ?? []) cite(d.id, r.collection, r.id);
  // How numbers in a record's prose resolve: by its date and the documents its fields reference.
  const linkContexts = new Map<string, LinkContext>();
  const addLinkContext = (
    collection: CollectionName,
    id: string,
    date: string | undefined,
    data: unknown,
  ) => {
    const refs: Array<{ collection: CollectionName; id: string }> = [];
    collectRefs(data, refs);
    const idsIn = (c: CollectionName) =>
      new Set(refs.filter((r) => r.collection === c).map((r) => r.id));
    linkContexts.set(`${collection}/${id}`, {
      date,
      referenced: idsIn('documents'),
      bodies: idsIn('bodies'),
    });
  };
  for (const m of content.meetings) addLinkContext('meetings', m.id, m.data.date, m.data);
  for (const p of content.plans)
    addLinkContext(
      'plans',
      p.id,
      p.data.date ??
        (p.data.document ? index.byId.documents.get(p.data.document.id)?.data.date : undefined),
      p.data,
    );
  for (const d of content.documents) addLinkContext('documents', d.id, d.data.date, d.data);
  const linkContext = (collection: CollectionName, id: string): LinkContext =>
    linkContexts.get(`${collection}/${id}`) ?? {};
  const citeProse = (
    collection: CollectionName,
    id: string,
    _date: string | undefined,
    texts: ReadonlyArray<string | undefined>,
  ) => {
    for (const text of texts) {
      if (!text) continue;
      for (const seg of linkDocumentNumbers(text, documentsByNumber, linkContext(collection, id)))
        if (seg.documentId && !(collection === 'documents' && seg.documentId === id))
          cite(seg.documentId, collection, id);
    }
  };
  for (const m of content.meetings)
    citeProse('meetings', m.id, m.data.date, [
      m.data.summary,
      m.body,
      ...m.data.tasks.map((t) => t.text),
    ]);
  for (const p of content.plans)
    citeProse('plans', p.id, p.data.date, [
      p.data.summary,
      p.body,
      ...p.data.tasks.map((t) => t.text),
      ...p.data.targets.map((t) => t.text),
    ]);
  for (const d of content.documents)
    citeProse('documents', d.id, d.data.date, [d.data.title, d.data.summary, d.body]);

  const recordsBySource = new Map<string, Array<{ collection: CollectionName; id: string }>>();
  for (const m of content.meetings)
    if (m.data.source.archive)
      push(recordsBySource, m.data.source.archive, { collection: 'meetings', id: m.id });
  for (const d of content.documents)
    if (d.data.source?.archive)
      push(recordsBySource, d.data.source.archive, { collection: 'documents', id: d.id });
  for (const p of content.plans)
    if (p.data.source?.archive)
      push(recordsBySource, p.data.source.archive, { collection: 'plans', id: p.id });

  for (const [collection, records] of [
    ['assessments', content.assessments],
    ['statistics', content.statistics],
    ['recognitions', content.recognitions],
  ] as const)
    for (const r of records)
      if (r.data.source?.archive)
        push(recordsBySource, r.data.source.archive, { collection, id: r.id });

  // Recognitions: by place, and by the meeting or document that reported or decided them.
  const recognitionsByPlace = new Map<string, string[]>();
  const recognitionsByReporter = new Map<string, string[]>();
  const recognitions = [...content.recognitions].sort((a, b) =>
    a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0,
  );
  for (const r of recognitions) {
    push(recognitionsByPlace, r.data.place.id, r.id);
    if (r.data.reportedIn)
      pushUnique(recognitionsByReporter, `meetings/${r.data.reportedIn.id}`, r.id);
    if (r.data.reportedBy)
      pushUnique(recognitionsByReporter, `documents/${r.data.reportedBy.id}`, r.id);
    if (r.data.decision)
      pushUnique(recognitionsByReporter, `documents/${r.data.decision.id}`, r.id);
  }

  // Predecessors: the places that name a place among their successors, and those it names itself.
  const predecessors = new Map<string, string[]>();
  for (const id of placesAtoZ) {
    for (const s of index.byId.places.get(id)!.data.successors) pushUnique(predecessors, s.id, id);
    for (const p of index.byId.places.get(id)!.data.predecessors)
      pushUnique(predecessors, id, p.id);
  }
  for (const [id, list] of predecessors)
    predecessors.set(
      id,
      [...list].sort((a, b) =>
        placeKnown(a) && placeKnown(b) ? byPlaceName(a, b) : a < b ? -1 : 1,
      ),
    );

  const meetingsOnPlan = new Map<string, string[]>();
  for (const p of content.plans) {
    const ids = new Set(
      (index.backlinks.get(`plans/${p.id}`) ?? [])
        .filter((r) => r.collection === 'meetings')
        .map((r) => r.id),
    );
    if (p.data.document)
      for (const r of citedBy.get(p.data.document.id) ?? [])
        if (r.collection === 'meetings') ids.add(r.id);
    if (ids.size > 0)
      meetingsOnPlan.set(
        p.id,
        [...ids].sort((a, b) =>
          newestFirst(index.byId.meetings.get(b)!.data, index.byId.meetings.get(a)!.data),
        ),
      );
  }

  return {
    meetingsOnPlan,
    predecessors,
    recordsBySource,
    recognitionsByPlace,
    recognitionsByReporter,
    citedBy,
    meetingYears,
    meetingsByYear,
    meetingsNewestFirst,
    meetingsByPlace,
    meetingsByBody,
    documentsNewestFirst,
    documentsByType,
    documentsByIssuer,
    documentsByNumber,
    linkContext,
    plansNewestFirst,
    plansByBody,
    placesAtoZ,
    topPlaces,
    childPlacesAtoZ,
    bodiesAtoZ,
    tasksByKey,
    tasksInOrder,
    tasksNewestFirst,
    tasksByState,
    tasksByBody,
    tasksByPlace,
    tasksByOrigin,
    criteriaBySet,
    assessmentsByPlace,
    assessmentsByReporter,
    placesMeetingCriterion,
    placesAssessedBySet,
    statisticsByPlace,
    statisticsByReporter,
    placeAncestors,
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
