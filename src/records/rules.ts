/**
 * Rules across records: what one record cannot check alone. Each rule takes the parsed content
 * and returns issues; `checkCrossRecordRules` runs them all.
 */
import {
  COLLECTION_NAMES,
  folderOf,
  type CollectionName,
  type RecordRef,
} from '../schemas/index.ts';
import { PARTY_BODY_KINDS, type Body } from '../schemas/bodies.ts';
import { PLACE_KINDS, PLACE_LEVEL, type Place, type PlaceKind } from '../schemas/places.ts';
import { effectiveCriteria } from '../domain/criteria.ts';
import type { ContentSet, ParsedRecord } from './content-set.ts';
import { foldLookalikes, oddIdCharacterClause } from './characters.ts';
import { formatFieldPath, type ValidationIssue } from './issues.ts';
import { checkSourceFolder } from './sources.ts';

/** Context the rules need beyond the records. */
export interface RuleContext {
  /** The content folder (for archived sources). */
  contentDir: string;
  /** Working directory, for file paths in messages. */
  cwd: string;
  /** Ids of every record file found, readable or not, per collection. Default: the parsed ones. */
  readIds?: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /** File names of the archived articles present in `sources/`. Default: listed from `contentDir`. */
  sources?: ReadonlySet<string>;
}

/** Last day a district party committee (Huyện ủy) existed: the district level ended on 1/7/2025. */
export const DISTRICT_LEVEL_ABOLISHED_AFTER = '2025-06-30';

type AnyRecord = ParsedRecord<unknown>;

/** A place kind as a clerk says it in a sentence: `huyen` → "huyện". */
function kindWord(kind: PlaceKind): string {
  const label = PLACE_KINDS[kind];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The level a criteria set scores, in words. */
const LEVEL_WORDS: Record<string, string> = { xa: 'cấp xã', thon: 'cấp thôn', huyen: 'cấp huyện' };

function isRef(value: unknown): value is RecordRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as RecordRef).id === 'string' &&
    (COLLECTION_NAMES as readonly string[]).includes((value as RecordRef).collection)
  );
}

/** Every reference inside a record's data, with its field path. */
export function collectReferences(
  value: unknown,
  path: PropertyKey[] = [],
): Array<{ ref: RecordRef; path: PropertyKey[] }> {
  if (isRef(value)) return [{ ref: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectReferences(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => collectReferences(v, [...path, k]));
  return [];
}

/** Levenshtein distance, for "did you mean" suggestions on mistyped ids. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** How far a mistyped id may be from the one meant: one edit in a short id, up to three in a long one. */
function suggestionDistance(id: string): number {
  return id.length <= 8 ? 1 : id.length <= 20 ? 2 : 3;
}

/**
 * The id a mistyped `id` most likely meant, among `ids` (which exist): the same id with look-alike
 * letters and invisible characters put right, or the only id that ends with it (its folder left
 * out), or the only one closest to it within `suggestionDistance`. None when it is not clear.
 */
export function closestId(id: string, ids: ReadonlySet<string>): string | undefined {
  const folded = foldLookalikes(id);
  if (folded !== id && ids.has(folded)) return folded;
  const inFolder = [...ids].filter((candidate) => candidate.endsWith(`/${folded}`));
  if (inFolder.length === 1) return inFolder[0];
  let best: string[] = [];
  let bestDistance = suggestionDistance(folded) + 1;
  for (const candidate of ids) {
    if (Math.abs(candidate.length - folded.length) >= bestDistance) continue;
    const d = editDistance(folded, candidate);
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && best.length > 0) best.push(candidate);
  }
  return best.length === 1 ? best[0] : undefined;
}

function allRecords(content: ContentSet): Array<[CollectionName, AnyRecord]> {
  return COLLECTION_NAMES.flatMap((name) =>
    (content[name] as AnyRecord[]).map((r): [CollectionName, AnyRecord] => [name, r]),
  );
}

/** Every reference points at a record that exists. */
export function checkReferences(content: ContentSet, ctx: RuleContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = new Map<CollectionName, ReadonlySet<string>>(
    COLLECTION_NAMES.map((name) => [
      name,
      ctx.readIds?.[name] ?? new Set((content[name] as AnyRecord[]).map((r) => r.id)),
    ]),
  );
  for (const [, record] of allRecords(content)) {
    for (const { ref, path } of collectReferences(record.data)) {
      const known = ids.get(ref.collection)!;
      if (known.has(ref.id)) continue;
      const suggestion = closestId(ref.id, known);
      const odd = oddIdCharacterClause(ref.id);
      issues.push({
        file: record.file,
        field: formatFieldPath(path),
        message: `"${ref.id}" không phải mã của bản ghi nào trong content/${folderOf(ref.collection)}/${odd ? ` (${odd})` : ''}: ${suggestion ? `có phải ý bạn là "${suggestion}"?` : 'kiểm tra lại id (đường dẫn của tệp, bỏ phần đuôi), hoặc thêm bản ghi đó'}`,
      });
    }
  }
  return issues;
}

/** No two files give the same id (e.g. `x.yaml` and `x.json`). */
export function checkDuplicateIds(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const name of COLLECTION_NAMES) {
    const firstFile = new Map<string, string>();
    for (const record of content[name] as AnyRecord[]) {
      const other = firstFile.get(record.id);
      if (other)
        issues.push({
          file: record.file,
          field: '',
          message: `id "${record.id}" đã được dùng cho ${other}: đổi tên một trong hai tệp`,
        });
      else firstFile.set(record.id, record.file);
    }
  }
  return issues;
}

/** A document is identified by issuer, number and year: the same number may recur in another term or year, not twice in one. */
export function checkDocumentIdentity(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  for (const doc of content.documents) {
    const d = doc.data;
    if (!d.number) continue;
    const key = `${d.issuer.id}|${d.number.canonical}|${d.date ?? 'undated'}`;
    const other = seen.get(key);
    if (other)
      issues.push({
        file: doc.file,
        field: 'number',
        message: `văn bản ${d.number.canonical} của cùng cơ quan ban hành, cùng ngày đã có trong ${other}: gộp hai bản ghi làm một`,
      });
    else seen.set(key, doc.file);
  }
  return issues;
}

/** Assessments name only criteria of their set, and their reported counts agree with the set and the statuses. */
export function checkAssessments(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sets = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  for (const a of content.assessments) {
    const { data } = a;
    const criteria = effectiveCriteria(data.criteriaSet.id, sets);
    if (!criteria) continue; // a missing set is reported by checkReferences
    const numbers = new Set(criteria.map((c) => c.number));
    const setName = sets.get(data.criteriaSet.id)!.shortName;
    for (const key of Object.keys(data.statuses)) {
      if (!numbers.has(Number(key))) {
        issues.push({
          file: a.file,
          field: `statuses.${key}`,
          message: `tiêu chí ${key} không có trong bộ "${setName}" (bộ này có các tiêu chí ${Math.min(...numbers)}–${Math.max(...numbers)}): kiểm tra lại số tiêu chí hoặc bộ tiêu chí`,
        });
      }
    }
    const missing = criteria.filter((c) => data.statuses[String(c.number)] === undefined);
    if (missing.length > 0 && data.otherwise === undefined) {
      issues.push({
        file: a.file,
        field: 'statuses',
        message: `tiêu chí ${missing.map((c) => c.number).join(', ')} chưa có kết quả: ghi kết quả cho từng tiêu chí, hoặc thêm \`otherwise:\` cho mọi tiêu chí không liệt kê`,
      });
    }
    if (data.reportedTotal !== undefined && data.reportedTotal !== criteria.length) {
      issues.push({
        file: a.file,
        field: 'reportedTotal',
        message: `nguồn tính trên tổng số ${data.reportedTotal} tiêu chí nhưng bộ "${setName}" có ${criteria.length} tiêu chí: chọn đúng bộ tiêu chí mà nguồn dùng`,
      });
    }
    if (data.reportedMet !== undefined) {
      const met = criteria.filter(
        (c) => (data.statuses[String(c.number)] ?? data.otherwise) === 'dat',
      ).length;
      if (met !== data.reportedMet) {
        issues.push({
          file: a.file,
          field: 'reportedMet',
          message: `nguồn ghi ${data.reportedMet} tiêu chí đạt nhưng theo kết quả từng tiêu chí thì có ${met}: kiểm tra lại tiêu chí nào ghi Đạt / Chưa đạt`,
        });
      }
    }
    const place = places.get(data.place.id);
    const set = sets.get(data.criteriaSet.id)!;
    if (place) {
      const level = PLACE_LEVEL[place.kind];
      const expected = set.level === 'xa' ? 3 : set.level === 'thon' ? 4 : 2;
      if (level !== expected) {
        issues.push({
          file: a.file,
          field: 'place',
          message: `bộ "${setName}" dùng để đánh giá ${LEVEL_WORDS[set.level]} nhưng ${place.name} là ${kindWord(place.kind)}: chọn bộ tiêu chí của cấp đó`,
        });
      }
    }
  }
  return issues;
}

/** A provincial variant extends a set of the same level, and the chain of `extends` has no loop. */
export function checkCriteriaSets(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sets = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  for (const s of content.criteriaSets) {
    if (!s.data.extends) continue;
    const base = sets.get(s.data.extends.id);
    if (!base) continue;
    if (base.level !== s.data.level)
      issues.push({
        file: s.file,
        field: 'extends',
        message: `bộ này đánh giá ${LEVEL_WORDS[s.data.level]} nhưng lại mở rộng một bộ đánh giá ${LEVEL_WORDS[base.level]}: chỉ mở rộng bộ tiêu chí cùng cấp`,
      });
    if (!effectiveCriteria(s.id, sets))
      issues.push({
        file: s.file,
        field: 'extends',
        message:
          'chuỗi `extends` vòng trở lại chính nó: bộ tiêu chí riêng của tỉnh phải mở rộng một bộ tiêu chí quốc gia',
      });
  }
  return issues;
}

/** Places nest province → district → commune → village, without loops. */
export function checkPlaceHierarchy(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  for (const p of content.places) {
    const level = PLACE_LEVEL[p.data.kind];
    if (!p.data.parent) {
      if (level !== 1)
        issues.push({
          file: p.file,
          field: 'parent',
          message: `${kindWord(p.data.kind)} phải ghi \`parent\` (đơn vị cấp trên mà nó trực thuộc)`,
        });
      continue;
    }
    const parent = places.get(p.data.parent.id);
    if (parent && PLACE_LEVEL[parent.kind] >= level) {
      issues.push({
        file: p.file,
        field: 'parent',
        message: `${kindWord(p.data.kind)} không thể trực thuộc ${kindWord(parent.kind)}: \`parent\` phải là đơn vị cấp lớn hơn`,
      });
    }
  }
  return issues;
}

/** True when a document dated after 30/6/2025 comes from a district party committee (by its number or its issuer). */
function isDistrictPartyDocument(
  doc: ContentSet['documents'][number]['data'],
  bodies: ReadonlyMap<string, Body>,
  places: ReadonlyMap<string, Place>,
): boolean {
  const body = bodies.get(doc.issuer.id);
  const place = body?.place ? places.get(body.place.id) : undefined;
  const districtParty = doc.number?.system === 'party' && doc.number.issuer === 'HU';
  const districtPartyBody =
    body !== undefined &&
    PARTY_BODY_KINDS.includes(body.kind) &&
    place !== undefined &&
    PLACE_LEVEL[place.kind] === 2;
  return districtParty || districtPartyBody;
}

/** District party committee documents cannot be dated after the district level was abolished. */
export function checkDistrictPartyDates(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bodies = new Map(content.bodies.map((b) => [b.id, b.data]));
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  for (const doc of content.documents) {
    const { date } = doc.data;
    if (!date || date <= DISTRICT_LEVEL_ABOLISHED_AFTER) continue;
    if (isDistrictPartyDocument(doc.data, bodies, places)) {
      issues.push({
        file: doc.file,
        field: 'date',
        message: `văn bản của Huyện ủy không thể có ngày ${date}: các Huyện ủy đã kết thúc hoạt động từ ngày 30/6/2025. Kiểm tra lại ngày hoặc cơ quan ban hành`,
      });
    }
  }
  return issues;
}

/** The day a plan was adopted: its own `date`, else the date of the document that adopted it. */
function planDate(
  plan: ContentSet['plans'][number]['data'],
  documents: ReadonlyMap<string, ContentSet['documents'][number]['data']>,
): string | undefined {
  return plan.date ?? (plan.document ? documents.get(plan.document.id)?.date : undefined);
}

/** Task statuses are reported on or after the day the task was given. */
export function checkTaskDates(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const documents = new Map(content.documents.map((d) => [d.id, d.data]));
  const given = [
    ...content.meetings.map((m) => ({
      file: m.file,
      date: m.data.date,
      tasks: m.data.tasks,
    })),
    ...content.plans.map((p) => ({
      file: p.file,
      date: planDate(p.data, documents),
      tasks: p.data.tasks,
    })),
  ];
  for (const { file, date, tasks } of given) {
    tasks.forEach((t, i) => {
      if (date && t.statusDate && t.statusDate < date) {
        issues.push({
          file,
          field: `tasks[${i}].statusDate`,
          message: `ngày báo cáo tình trạng ${t.statusDate} trước ngày giao nhiệm vụ (${date}): kiểm tra lại ngày`,
        });
      }
    });
  }
  for (const p of content.plans) {
    const adopted = planDate(p.data, documents);
    p.data.tasks.forEach((t, i) => {
      if (adopted && t.deadline && t.deadline.due < adopted) {
        issues.push({
          file: p.file,
          field: `tasks[${i}].deadline`,
          message: `thời hạn ${t.deadline.due} trước ngày ban hành kế hoạch (${adopted}): kiểm tra lại cả hai ngày`,
        });
      }
    });
  }
  return issues;
}

/**
 * A body acts only while it exists: it convenes meetings, issues documents and adopts plans
 * between its `validFrom` and `validTo`. (A district party committee document after 30/6/2025
 * is reported by `checkDistrictPartyDates` instead.)
 */
export function checkBodyLifetimes(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bodies = new Map(content.bodies.map((b) => [b.id, b.data]));
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const documents = new Map(content.documents.map((d) => [d.id, d.data]));
  const check = (
    file: string,
    field: string,
    ref: RecordRef,
    date: string | undefined,
    act: string,
  ) => {
    const body = bodies.get(ref.id);
    if (!body || !date) return;
    if (body.validTo && date > body.validTo) {
      issues.push({
        file,
        field,
        message: `${body.name} đã kết thúc ngày ${body.validTo}, không thể ${act} ngày ${date}: kiểm tra lại ngày hoặc cơ quan`,
      });
    } else if (body.validFrom && date < body.validFrom) {
      issues.push({
        file,
        field,
        message: `${body.name} được thành lập ngày ${body.validFrom}, không thể ${act} ngày ${date}: kiểm tra lại ngày hoặc cơ quan`,
      });
    }
  };
  for (const m of content.meetings) {
    m.data.convenedBy.forEach((ref, i) =>
      check(m.file, `convenedBy[${i}]`, ref, m.data.date, 'triệu tập cuộc họp'),
    );
  }
  for (const d of content.documents) {
    const reported =
      d.data.date &&
      d.data.date > DISTRICT_LEVEL_ABOLISHED_AFTER &&
      isDistrictPartyDocument(d.data, bodies, places);
    if (!reported) check(d.file, 'issuer', d.data.issuer, d.data.date, 'ban hành văn bản');
  }
  for (const p of content.plans)
    check(p.file, 'adoptedBy', p.data.adoptedBy, planDate(p.data, documents), 'thông qua kế hoạch');
  return issues;
}

/** Archived copies of source articles exist under `content/sources/`. */
export function checkSourceArchives(content: ContentSet, ctx: RuleContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const present = ctx.sources ?? checkSourceFolder(ctx.contentDir, [], ctx.cwd).present;
  for (const [, record] of allRecords(content)) {
    const source = (record.data as { source?: { archive?: string } }).source;
    if (source?.archive && !present.has(source.archive)) {
      issues.push({
        file: record.file,
        field: 'source.archive',
        message: `không có tệp sources/${source.archive} trong thư mục nội dung: thêm văn bản bài báo vào đó, hoặc xoá trường này`,
      });
    }
  }
  return issues;
}

/** Runs every cross-record rule. */
export function checkCrossRecordRules(content: ContentSet, ctx: RuleContext): ValidationIssue[] {
  return [
    ...checkDuplicateIds(content),
    ...checkReferences(content, ctx),
    ...checkDocumentIdentity(content),
    ...checkCriteriaSets(content),
    ...checkAssessments(content),
    ...checkPlaceHierarchy(content),
    ...checkDistrictPartyDates(content),
    ...checkTaskDates(content),
    ...checkBodyLifetimes(content),
    ...checkSourceArchives(content, ctx),
  ];
}
