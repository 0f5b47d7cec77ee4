/**
 * Rules across records: what one record cannot check alone. Each rule takes the parsed content
 * and returns issues; `checkCrossRecordRules` runs them all.
 */
import { editDistance } from '../domain/edit-distance.ts';
import {
  COLLECTION_NAMES,
  folderOf,
  type CollectionName,
  type Assessment,
  type CriteriaSet,
  type RecordRef,
} from '../schemas/index.ts';
import { PARTY_BODY_KINDS, type Body } from '../schemas/bodies.ts';
import { PLACE_KINDS, PLACE_LEVEL, type Place, type PlaceKind } from '../schemas/places.ts';
import {
  criteriaSetSize,
  effectiveCriteria,
  tallyCriteria,
  type CriteriaTally,
} from '../domain/criteria.ts';
import { planAdoptionDate } from '../domain/plan-date.ts';
import {
  DECIDED_STATUSES,
  RECOGNITION_LEVELS,
  RECOGNITION_PLACE_LEVEL,
  RECOGNITION_STATUSES,
} from '../schemas/recognitions.ts';
import type { ContentSet, ParsedRecord } from './content-set.ts';
import { foldLookalikes, oddIdCharacterClause } from './characters.ts';
import { formatFieldPath, type ValidationIssue } from './issues.ts';
import { collectReferences } from './references.ts';
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

/** The criterion numbers a set scores: its listed criteria, or 1…`criteriaCount` when it does not list them all. */
function scoredNumbers(
  setId: string,
  sets: ReadonlyMap<string, ContentSet['criteriaSets'][number]['data']>,
): number[] | undefined {
  const criteria = effectiveCriteria(setId, sets);
  const size = criteriaSetSize(setId, sets);
  if (!criteria || size === undefined) return undefined;
  const listed = criteria.map((c) => c.number);
  if (listed.length >= size) return listed;
  const all = new Set(listed);
  for (let n = 1; all.size < size && n <= size + listed.length; n++) all.add(n);
  return [...all].sort((x, y) => x - y);
}

/**
 * Assessments name only criteria (and indicators) of their set, and what they report agrees:
 * the counts with the set's size and with the statuses, indicators with their criteria. The
 * statuses may be left incomplete only when the source gives a count instead (`reportedMet`,
 * `reportedLost` or `indicatorsMet`): the criteria not listed are then "not stated".
 */
export function checkAssessments(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sets = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  for (const a of content.assessments) {
    const numbers = scoredNumbers(a.data.criteriaSet.id, sets);
    if (!numbers) continue; // a missing set is reported by checkReferences
    const issue = (field: string, message: string) => issues.push({ file: a.file, field, message });
    const scored: ScoredCounts = {
      data: a.data,
      set: sets.get(a.data.criteriaSet.id)!,
      numbers,
      tally: tallyCriteria(
        a.data,
        numbers.map((number) => ({ number })),
      ),
    };
    checkCriterionStatuses(scored, issue);
    checkReportedCounts(scored, issue);
    checkIndicators(scored, issue);
    const place = places.get(a.data.place.id);
    const expected = scored.set.level === 'xa' ? 3 : scored.set.level === 'thon' ? 4 : 2;
    if (place && PLACE_LEVEL[place.kind] !== expected)
      issue(
        'place',
        `bộ "${scored.set.shortName}" dùng để đánh giá ${LEVEL_WORDS[scored.set.level]} nhưng ${place.name} là ${kindWord(place.kind)}: chọn bộ tiêu chí của cấp đó`,
      );
  }
  return issues;
}

/** An assessment with the criteria its set scores and the status of each (`tallyCriteria`). */
interface ScoredCounts {
  data: Assessment;
  set: CriteriaSet;
  /** The numbers of every criterion the set scores, listed or only counted (`criteriaCount`). */
  numbers: number[];
  tally: CriteriaTally<{ number: number }>;
}

type Report = (field: string, message: string) => void;

/** Criteria not stated: only when the source's own count stands for them (`reportedMet`, …). */
function missingCriteria({ tally }: ScoredCounts): number[] {
  return tally.results.filter((r) => r.status === undefined).map((r) => r.criterion.number);
}

/** `statuses` names only criteria of the set, and every criterion unless a count stands for it. */
function checkCriterionStatuses(scored: ScoredCounts, issue: Report): void {
  const { data, set, numbers } = scored;
  const known = new Set(numbers);
  for (const key of Object.keys(data.statuses))
    if (!known.has(Number(key)))
      issue(
        `statuses.${key}`,
        `tiêu chí ${key} không có trong bộ "${set.shortName}" (bộ này có các tiêu chí ${Math.min(...numbers)}–${Math.max(...numbers)}): kiểm tra lại số tiêu chí hoặc bộ tiêu chí`,
      );
  const missing = missingCriteria(scored);
  const counted =
    data.reportedMet !== undefined ||
    data.reportedLost !== undefined ||
    data.indicatorsMet !== undefined;
  if (missing.length > 0 && !counted)
    issue(
      'statuses',
      `tiêu chí ${missing.join(', ')} chưa có kết quả: ghi kết quả cho từng tiêu chí, hoặc thêm \`otherwise:\` cho mọi tiêu chí không liệt kê, hoặc (khi bài chỉ nêu số tiêu chí đạt) ghi \`reportedMet\``,
    );
}

/** The source's counts (`reportedTotal`, `reportedMet`, `reportedLost`) agree with the statuses. */
function checkReportedCounts(scored: ScoredCounts, issue: Report): void {
  const { data, set, numbers, tally } = scored;
  const size = numbers.length;
  const setName = set.shortName;
  const missing = missingCriteria(scored).length;
  const { met } = tally;
  const notMet = tally.basicallyMet + tally.notMet;
  if (data.reportedTotal !== undefined && data.reportedTotal !== size)
    issue(
      'reportedTotal',
      `nguồn tính trên tổng số ${data.reportedTotal} tiêu chí nhưng bộ "${setName}" có ${size} tiêu chí: chọn đúng bộ tiêu chí mà nguồn dùng`,
    );
  if (data.reportedMet !== undefined) {
    if (missing === 0 && met !== data.reportedMet)
      issue(
        'reportedMet',
        `nguồn ghi ${data.reportedMet} tiêu chí đạt nhưng theo kết quả từng tiêu chí thì có ${met}: kiểm tra lại tiêu chí nào ghi Đạt / Chưa đạt`,
      );
    else if (missing > 0 && (met > data.reportedMet || notMet > size - data.reportedMet))
      issue(
        'reportedMet',
        `nguồn ghi ${data.reportedMet}/${size} tiêu chí đạt nhưng bản ghi đã ghi ${met} tiêu chí Đạt và ${notMet} tiêu chí chưa đạt: kiểm tra lại các tiêu chí đã liệt kê`,
      );
  }
  if (data.reportedLost === undefined) return;
  if (data.reportedLost > size)
    issue(
      'reportedLost',
      `bộ "${setName}" chỉ có ${size} tiêu chí, không thể không còn đạt ${data.reportedLost} tiêu chí: kiểm tra lại con số`,
    );
  else if (missing === 0 && notMet < data.reportedLost)
    issue(
      'reportedLost',
      `nguồn ghi ${data.reportedLost} tiêu chí không còn đạt nhưng bản ghi chỉ có ${notMet} tiêu chí chưa đạt: kiểm tra lại`,
    );
}

/** Indicators belong to criteria of the set, and a criterion met has no indicator unmet. */
function checkIndicators({ data, set, numbers, tally }: ScoredCounts, issue: Report): void {
  const setName = set.shortName;
  if (
    data.indicatorsTotal !== undefined &&
    set.indicatorCount !== undefined &&
    data.indicatorsTotal !== set.indicatorCount
  )
    issue(
      'indicatorsTotal',
      `nguồn tính trên ${data.indicatorsTotal} chỉ tiêu nhưng bộ "${setName}" có ${set.indicatorCount} chỉ tiêu: chọn đúng bộ tiêu chí mà nguồn dùng, hoặc sửa \`indicatorCount\` của bộ`,
    );
  const statusOf = new Map(tally.results.map((r) => [r.criterion.number, r.status]));
  const known = new Set(numbers);
  for (const [code, status] of Object.entries(data.indicatorStatuses)) {
    const criterion = Number(code.split('.')[0]);
    if (!known.has(criterion))
      issue(
        `indicatorStatuses.${code}`,
        `chỉ tiêu ${code} thuộc tiêu chí ${criterion}, không có trong bộ "${setName}": kiểm tra lại mã chỉ tiêu hoặc bộ tiêu chí`,
      );
    else if (status !== 'dat' && statusOf.get(criterion) === 'dat')
      issue(
        `indicatorStatuses.${code}`,
        `chỉ tiêu ${code} chưa đạt nhưng tiêu chí ${criterion} lại ghi Đạt: một tiêu chí chỉ đạt khi mọi chỉ tiêu của nó đạt; sửa một trong hai`,
      );
  }
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

/** A place as a clerk names it in a message: "xã Lâm Hợp". */
function placeWords(p: Place): string {
  return `${kindWord(p.kind)} ${p.name}`;
}

/**
 * Places nest province → district → commune → village, and a place belongs only to a unit that
 * still existed when it began: a commune formed after the district level ended (1/7/2025)
 * belongs to its province.
 */
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
    if (!parent) continue;
    const issue = (message: string) => issues.push({ file: p.file, field: 'parent', message });
    const from = p.data.validFrom;
    if (PLACE_LEVEL[parent.kind] >= level)
      issue(
        `${kindWord(p.data.kind)} không thể trực thuộc ${kindWord(parent.kind)}: \`parent\` phải là đơn vị cấp lớn hơn`,
      );
    else if (from && parent.validTo && from > parent.validTo)
      issue(
        `${placeWords(p.data)} có từ ngày ${from} nhưng ${placeWords(parent)} đã kết thúc ngày ${parent.validTo}: ghi \`parent\` là đơn vị cấp trên còn tồn tại vào ngày đó (từ 1/7/2025, xã trực thuộc tỉnh)`,
      );
    else if (from && from > DISTRICT_LEVEL_ABOLISHED_AFTER && PLACE_LEVEL[parent.kind] === 2)
      issue(
        `${placeWords(p.data)} có từ ngày ${from}, sau khi cấp huyện kết thúc (30/6/2025): ghi \`parent\` là tỉnh; huyện cũ có thể ghi trong \`note\``,
      );
  }
  return issues;
}

/**
 * Mergers read the same from both sides: a place's `predecessors` are of its level, ended before
 * it began, and (when they name their `successors`) name it; a place's `successors` (when they
 * name their `predecessors`) name it.
 */
export function checkPlaceSuccession(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  for (const p of content.places) {
    p.data.predecessors.forEach((ref, i) => {
      const old = places.get(ref.id);
      if (!old) return;
      const field = `predecessors[${i}]`;
      const issue = (message: string) => issues.push({ file: p.file, field, message });
      if (PLACE_LEVEL[old.kind] !== PLACE_LEVEL[p.data.kind])
        issue(
          `${placeWords(old)} và ${placeWords(p.data)} không cùng cấp: chỉ ghi ở \`predecessors\` các đơn vị cùng cấp đã hợp thành đơn vị này`,
        );
      else if (old.validTo && p.data.validFrom && p.data.validFrom <= old.validTo)
        issue(
          `${placeWords(p.data)} có từ ngày ${p.data.validFrom}, chưa sau ngày ${placeWords(old)} kết thúc (${old.validTo}): kiểm tra lại \`validFrom\` của đơn vị mới hoặc \`validTo\` của đơn vị cũ`,
        );
      else if (old.successors.length > 0 && !old.successors.some((s) => s.id === p.id))
        issue(
          `${placeWords(old)} ghi đơn vị kế thừa là ${old.successors.map((s) => s.id).join(', ')}, không có ${p.id}: thêm ${p.id} vào \`successors\` của ${ref.id}, hoặc sửa \`predecessors\``,
        );
    });
    p.data.successors.forEach((ref, i) => {
      const next = places.get(ref.id);
      if (!next || next.predecessors.length === 0) return;
      if (!next.predecessors.some((s) => s.id === p.id))
        issues.push({
          file: p.file,
          field: `successors[${i}]`,
          message: `${placeWords(next)} ghi các đơn vị hợp thành là ${next.predecessors.map((s) => s.id).join(', ')}, không có ${p.id}: thêm ${p.id} vào \`predecessors\` của ${ref.id}, hoặc sửa \`successors\``,
        });
    });
  }
  return issues;
}

/** The units a place was formed from: its `predecessors`, and the places that name it among their `successors`. */
function formedFrom(placeId: string, content: ContentSet): string[] {
  const own = content.places.find((p) => p.id === placeId)?.data.predecessors.map((r) => r.id);
  const named = content.places
    .filter((p) => p.data.successors.some((s) => s.id === placeId))
    .map((p) => p.id);
  return [...new Set([...(own ?? []), ...named])];
}

/**
 * Recognitions: the level fits the place (xã levels for a commune, thôn levels for a village,
 * huyện for a district), the place existed on the day, a recognising decision is a QĐ issued on
 * or before the day, and a re-recognition after a merger is of a place formed from others.
 */
export function checkRecognitions(content: ContentSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const documents = new Map(content.documents.map((d) => [d.id, d.data]));
  for (const r of content.recognitions) {
    const { data } = r;
    const issue = (field: string, message: string) => issues.push({ file: r.file, field, message });
    const place = places.get(data.place.id);
    const level = RECOGNITION_LEVELS[data.level];
    if (place) {
      const wanted = RECOGNITION_PLACE_LEVEL[data.level];
      if (PLACE_LEVEL[place.kind] !== wanted) {
        const fitting = Object.entries(RECOGNITION_PLACE_LEVEL)
          .filter(([, l]) => l === PLACE_LEVEL[place.kind])
          .map(([k]) => k);
        issue(
          'level',
          `mức "${level}" không dành cho ${kindWord(place.kind)} (${place.name})${fitting.length > 0 ? `: với ${kindWord(place.kind)}, chọn ${fitting.join(' hoặc ')}` : ': kiểm tra lại `place`'}`,
        );
      }
      if (place.validFrom && data.date < place.validFrom)
        issue(
          'date',
          `${placeWords(place)} có từ ngày ${place.validFrom}, sau ngày ${data.date}: kiểm tra lại ngày, hoặc ghi mức đạt chuẩn cho đơn vị cũ`,
        );
      else if (place.validTo && data.date > place.validTo)
        issue(
          'date',
          `${placeWords(place)} chỉ tồn tại đến ngày ${place.validTo}, trước ngày ${data.date}: ghi mức đạt chuẩn cho đơn vị kế thừa (\`successors\`)`,
        );
    }
    if (data.decision) {
      const decision = documents.get(data.decision.id);
      if (decision && decision.kind !== 'QĐ')
        issue(
          'decision',
          `văn bản công nhận đạt chuẩn phải là một quyết định (QĐ), nhưng ${data.decision.id} là ${decision.kind ?? 'văn bản chưa rõ loại'}: kiểm tra lại id văn bản`,
        );
      else if (decision?.date && decision.date > data.date)
        issue(
          'date',
          `quyết định công nhận ghi ngày ${decision.date}, sau ngày ${data.date} của bản ghi: \`date\` là ngày quyết định hoặc ngày sau đó`,
        );
    }
    if (data.status === 're-recognised' && formedFrom(data.place.id, content).length === 0)
      issue(
        'status',
        `"${RECOGNITION_STATUSES['re-recognised']}" chỉ dành cho đơn vị hình thành do sáp nhập: ghi \`predecessors\` của ${data.place.id} trong content/places/, hoặc chọn status khác`,
      );
    if (
      DECIDED_STATUSES.includes(data.status) &&
      data.year !== undefined &&
      data.year > Number(data.date.slice(0, 4))
    )
      issue(
        'year',
        `năm đạt chuẩn ${data.year} sau ngày ${data.date} của bản ghi: với đơn vị đã được công nhận, năm đạt chuẩn không thể muộn hơn`,
      );
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

/** The day a plan was adopted, as the site also counts it (`planAdoptionDate`). */
function planDate(
  plan: ContentSet['plans'][number]['data'],
  documents: ReadonlyMap<string, ContentSet['documents'][number]['data']>,
): string | undefined {
  return planAdoptionDate(plan, (id) => documents.get(id)?.date);
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
    ...checkPlaceSuccession(content),
    ...checkRecognitions(content),
    ...checkDistrictPartyDates(content),
    ...checkTaskDates(content),
    ...checkBodyLifetimes(content),
    ...checkSourceArchives(content, ctx),
  ];
}
