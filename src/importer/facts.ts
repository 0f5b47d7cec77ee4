/**
 * The checkable facts of a set of records as clerks write them (dates, cited document numbers
 * and their dates, chairs' names, attendance counts, task deadlines, criteria statuses, figures), as plain strings,
 * so a draft made by the importer can be compared with the hand-made records of the same
 * article, and each fact of a draft can be looked for in the article's words.
 */
import { criterionStatusSchema, type CriterionStatus } from '../schemas/assessments.ts';
import { tallyCriteria } from '../domain/criteria.ts';
import { findDocumentCitations, parseDocumentNumber } from '../domain/document-number.ts';
import { foldVietnamese } from '../domain/fold-vietnamese.ts';
import { deadlineSchema } from '../schemas/tasks.ts';

type Data = Record<string, unknown>;

/** What the fact collector needs to know about the records around the ones compared. */
export interface FactContext {
  /** A document's data (as written) by id, drafts and content alike. */
  document: (id: string) => Data | undefined;
  /** A place's name by id. */
  placeName: (id: string) => string | undefined;
  /** The criterion numbers of a criteria set (with the set it extends), by id. */
  criteriaNumbers: (setId: string) => number[] | undefined;
}

/** The records of one article, as written (front matter or YAML data). */
export interface ArticleRecords {
  meetings: Data[];
  assessments: Data[];
  statistics: Data[];
}

const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Where a fact comes from in a record: its kind, its index among that kind, and the field. */
export interface FactSource {
  collection: keyof ArticleRecords;
  index: number;
  /** Field paths whose review note covers the fact. */
  fields: string[];
}

/** Records a fact of one record, with the field paths whose review note covers it. */
type AddFact = (fact: string, ...fields: string[]) => void;

/** The facts of an article's records, each with where it comes from (the last source kept). */
export function factSources(
  records: ArticleRecords,
  context: FactContext,
): Map<string, FactSource> {
  const facts = new Map<string, FactSource>();
  const adder =
    (collection: keyof ArticleRecords, index: number): AddFact =>
    (fact, ...fields) =>
      facts.set(fact, { collection, index, fields });
  records.meetings.forEach((m, index) => meetingFacts(m, context, adder('meetings', index)));
  records.assessments.forEach((a, index) =>
    assessmentFacts(a, context, adder('assessments', index)),
  );
  records.statistics.forEach((s, index) => statisticsFacts(s, adder('statistics', index)));
  return facts;
}

/** A meeting's date, cited document numbers and dates, chairs, attendance counts and deadlines. */
function meetingFacts(m: Data, context: FactContext, add: AddFact): void {
  const date = asString(m.date);
  if (date) add(`date ${date}`, 'date');
  for (const id of asArray(m.cites)) {
    const doc = typeof id === 'string' ? context.document(id) : undefined;
    const raw = asString(doc?.number);
    const parsed = raw ? parseDocumentNumber(raw) : undefined;
    if (!parsed?.ok) continue;
    add(`document ${parsed.value.canonical}`, 'cites');
    const issued = asString(doc?.date);
    if (issued) add(`document-date ${parsed.value.canonical} ${issued}`, 'cites');
  }
  asArray(m.chairs).forEach((chair, i) => {
    const name = asString((chair as Data).name);
    if (name) add(`chair ${fold(name)}`, `chairs.${i}`, 'chairs');
  });
  asArray(m.attendance).forEach((group, i) => {
    const g = group as Data;
    if (typeof g.present === 'number' && typeof g.expected === 'number')
      add(`attendance ${g.present}/${g.expected}`, `attendance.${i}`);
  });
  asArray(m.tasks).forEach((task, i) => {
    const deadline = deadlineSchema.safeParse((task as Data).deadline);
    if (deadline.success) add(`deadline ${deadline.data.due}`, `tasks.${i}.deadline`, 'tasks');
  });
}

/** An assessment's place, reported count and each criterion's status (own, else `otherwise`). */
function assessmentFacts(a: Data, context: FactContext, add: AddFact): void {
  const placeId = asString(a.place);
  const place = placeId ? context.placeName(placeId) : undefined;
  if (!place) return;
  const name = fold(place);
  if (typeof a.reportedMet === 'number' && typeof a.reportedTotal === 'number')
    add(`criteria-count ${name} ${a.reportedMet}/${a.reportedTotal}`, 'place', 'reportedMet');
  const setId = asString(a.criteriaSet);
  const numbers = setId ? context.criteriaNumbers(setId) : undefined;
  const written = (a.statuses ?? {}) as Record<string, unknown>;
  const status = (v: unknown) => {
    const parsed = criterionStatusSchema.safeParse(v);
    return parsed.success ? parsed.data : undefined;
  };
  // The statuses as the schema reads them (words → ids), then the one rule of `tallyCriteria`.
  const statuses: Record<string, CriterionStatus> = {};
  for (const [n, v] of Object.entries(written)) {
    const s = status(v);
    if (s) statuses[n] = s;
  }
  const otherwise = status(a.otherwise);
  const listed = numbers ?? Object.keys(written).map(Number);
  const { results } = tallyCriteria(
    { statuses, ...(otherwise ? { otherwise } : {}) },
    listed.map((number) => ({ number })),
  );
  for (const r of results)
    if (r.status)
      add(
        `criterion ${name} ${r.criterion.number} ${r.status}`,
        'place',
        r.listed ? 'statuses' : 'otherwise',
      );
}

/** The value of each of a statistics record's figures. */
function statisticsFacts(s: Data, add: AddFact): void {
  asArray(s.figures).forEach((f, i) => {
    const value = (f as Data).value;
    if (typeof value === 'number') add(`figure ${value}`, `figures.${i}`);
  });
}

/** The facts of an article's records, e.g. `date 2023-07-11`, `chair le van huong`, `deadline 2023-08-15`. */
export function collectFacts(records: ArticleRecords, context: FactContext): Set<string> {
  return new Set(factSources(records, context).keys());
}

/** A number the way Vietnamese text writes it: 5466.32 → "5.466,32", 3089 → "3.089". */
function vietnameseNumber(value: number): string[] {
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [frac ? `${grouped},${frac}` : grouped, frac ? `${int},${frac}` : int!];
}

/**
 * Whether the article's text holds the words a fact rests on: the day and month of a date, the
 * document number, the chair's name, the deadline's day or month, the place and count of a
 * criteria status (and the criterion's name for one not met), the written figure.
 * `criterionNames` gives the names and aliases of a criterion by number.
 */
export function factHasEvidence(
  fact: string,
  articleText: string,
  criterionNames: (n: number) => string[] = () => [],
): boolean {
  const text = articleText.normalize('NFC');
  const folded = fold(text);
  const [kind, ...rest] = fact.split(' ');
  const dayMonth = (iso: string, withYear: boolean) => {
    const [y, m, d] = iso.split('-').map(Number);
    const pattern = new RegExp(
      `(?<!\\d)0?${d}\\s*/\\s*0?${m}${withYear ? `\\s*/\\s*${y}` : ''}(?!\\d)`,
    );
    return pattern.test(text) || folded.includes(fold(`${d} tháng ${m}`));
  };
  switch (kind) {
    case 'date':
      return dayMonth(rest[0]!, false);
    case 'document':
      return findDocumentCitations(text).some((c) => c.parsed.canonical === rest[0]);
    case 'document-date':
      return dayMonth(rest[1]!, true);
    case 'attendance':
      return text.includes(rest[0]!);
    case 'chair':
      return folded.includes(rest.join(' '));
    case 'deadline': {
      const due = rest[0]!;
      const [y, m] = due.split('-').map(Number);
      const monthEnd = new Date(Date.UTC(y!, m, 0)).toISOString().slice(0, 10) === due;
      return (
        dayMonth(due, true) ||
        (monthEnd && new RegExp(`tháng 0?${m}\\s*/\\s*${y}`).test(text)) ||
        (due.endsWith('-12-31') && text.includes(`năm ${y}`)) ||
        new RegExp(`quý [IV1-4]+\\s*(/|năm)\\s*${y}`).test(text)
      );
    }
    case 'criteria-count': {
      const count = rest.at(-1)!;
      const place = rest.slice(0, -1).join(' ');
      return folded.includes(place) && text.includes(count);
    }
    case 'criterion': {
      const status = rest.at(-1)!;
      const n = Number(rest.at(-2));
      const place = rest.slice(0, -2).join(' ');
      if (!folded.includes(place)) return false;
      if (status !== 'chua-dat') return /\d+\/\d+ tiêu chí/.test(text);
      const names = criterionNames(n).map((s) => fold(s));
      return names.some(
        (name) => folded.includes(name) || folded.includes(name.split(' ').slice(0, 2).join(' ')),
      );
    }
    case 'figure':
      return vietnameseNumber(Number(rest[0])).some((written) => text.includes(written));
    default:
      return false;
  }
}

/** The share of `expected` facts found in `actual` (1 when there is nothing to find). */
export function recoveredShare(expected: ReadonlySet<string>, actual: ReadonlySet<string>): number {
  if (expected.size === 0) return 1;
  let found = 0;
  for (const f of expected) if (actual.has(f)) found += 1;
  return found / expected.size;
}
