/**
 * The places an article names, at their level and with the unit above them as the text gives it,
 * as they were on the article's date: communes formed by a merger with their predecessors (never
 * guessed from the name), and after 1/7/2025 communes under their province, a former district
 * kept only as history.
 */
import { DISTRICT_LEVEL_ABOLISHED_AFTER } from '../records/rules.ts';
import { PLACE_LEVEL } from '../schemas/places.ts';
import { parseVietnameseDate } from '../domain/vietnamese-date.ts';
import { sentences } from './text.ts';
import { findUnits, sameUnit, unitWords, type UnitMention, type UnitRef } from './units.ts';

export interface ExtractedPlace extends UnitRef {
  name: string;
  parent?: UnitRef;
  /** Units it was formed from; `null` when the text says it was formed by a merger without naming them. */
  predecessors?: UnitRef[] | null;
  successors?: UnitRef[];
  validFrom?: string;
  validTo?: string;
  /** The district a post-2025 commune belonged to before 1/7/2025, as history. */
  formerDistrict?: UnitRef;
  review?: string;
  evidence: string;
}

const ref = (u: UnitRef): UnitRef => ({ kind: u.kind, ...(u.name ? { name: u.name } : {}) });

/** The article's place for a unit (added the first time it is named); none for an unnamed unit. */
type PlaceOf = (u: UnitRef, evidence: string) => ExtractedPlace | undefined;

/** Adds a reason to check a place, once. */
function note(p: ExtractedPlace, why: string): void {
  if (!p.review?.includes(why)) p.review = p.review ? `${p.review}; ${why}` : why;
}

/** The places of the article's paragraphs. `date` is the article's date (event, else publication). */
export function findPlaces(
  paragraphs: readonly string[],
  date: string | undefined,
): ExtractedPlace[] {
  const out: ExtractedPlace[] = [];
  const after2025 = date !== undefined && date > DISTRICT_LEVEL_ABOLISHED_AFTER;
  const place: PlaceOf = (u, evidence) => {
    if (!u.name) return undefined;
    let p = out.find((o) => sameUnit(o, u));
    if (!p) {
      p = { kind: u.kind, name: u.name, evidence };
      out.push(p);
    }
    return p;
  };
  for (const paragraph of paragraphs) readParagraph(paragraph, after2025, place);
  placeDistrictsInProvince(out);
  if (after2025) placeCommunesUnderProvince(out);
  return out;
}

/** Reads a paragraph by sentence: the units named, their parents, mergers, former districts. */
function readParagraph(paragraph: string, after2025: boolean, place: PlaceOf): void {
  const units = findUnits(paragraph);
  let offset = 0;
  for (const sentence of sentences(paragraph)) {
    const start = paragraph.indexOf(sentence, offset);
    offset = start + sentence.length;
    const here = units.filter((u) => u.index >= start && u.end <= start + sentence.length);
    const subject = here.find((u) => u.name);
    for (const u of here) readParent(u, subject, sentence, after2025, place);
    readMerger(sentence, start, here, place);
    readFormerDistrict(sentence, subject, place);
  }
}

/**
 * The unit above `u`: as the text writes it ("xã A, huyện B"), else the sentence's subject one
 * level up ("Huyện Vĩnh An có 25/26 xã …, riêng xã Vĩnh Hòa …"), with why.
 */
function readParent(
  u: UnitMention,
  subject: UnitMention | undefined,
  sentence: string,
  after2025: boolean,
  place: PlaceOf,
): void {
  const p = place(u, sentence);
  if (!p) return;
  if (u.parent && !p.parent) {
    p.parent = ref(u.parent);
    place(u.parent, sentence);
    if (u.parentReview) note(p, u.parentReview);
  }
  if (
    !p.parent &&
    subject &&
    subject !== u &&
    subject.name &&
    PLACE_LEVEL[subject.kind] === PLACE_LEVEL[u.kind] - 1 &&
    !(after2025 && subject.kind === 'huyen')
  ) {
    p.parent = ref(subject);
    note(p, `${unitWords(u)} thuộc ${unitWords(subject)} suy từ câu văn`);
  }
}

/** "Xã A (trước đây thuộc huyện B)": the district the sentence's subject was in, as history. */
function readFormerDistrict(
  sentence: string,
  subject: UnitMention | undefined,
  place: PlaceOf,
): void {
  const former = /\(\s*trước đây thuộc\s+(huyện|thị xã|thành phố)\s+([^)]+?)\s*\)/u.exec(sentence);
  if (former && subject) {
    const p = place(subject, sentence)!;
    p.formerDistrict = {
      kind: former[1] === 'huyện' ? 'huyen' : former[1] === 'thị xã' ? 'thi-xa' : 'thanh-pho',
      name: former[2]!.trim(),
    };
  }
}

/** Districts the article names without their province, when it names one province only. */
function placeDistrictsInProvince(places: readonly ExtractedPlace[]): void {
  const provinces = places.filter((p) => p.kind === 'tinh');
  if (provinces.length === 1)
    for (const p of places)
      if (PLACE_LEVEL[p.kind] === 2 && !p.parent) {
        p.parent = { kind: 'tinh', name: provinces[0]!.name };
        note(p, `thuộc tỉnh ${provinces[0]!.name} suy từ tỉnh duy nhất bài nêu`);
      }
}

/** After 1/7/2025 a commune is under its province: a district above it is kept only as history. */
function placeCommunesUnderProvince(places: readonly ExtractedPlace[]): void {
  for (const p of places) {
    if (PLACE_LEVEL[p.kind] !== 3) continue;
    const parentLevel = p.parent ? PLACE_LEVEL[p.parent.kind] : undefined;
    if (parentLevel === 2 && p.parent) {
      p.formerDistrict ??= p.parent;
      delete p.parent;
    }
    if (!p.parent) {
      p.parent = { kind: 'tinh' };
      note(
        p,
        `sau 1/7/2025 xã trực thuộc tỉnh; bài không ghi tên tỉnh${p.formerDistrict ? `; ${unitWords(p.formerDistrict)} chỉ ghi là thông tin lịch sử` : ''}`,
      );
    } else if (p.parent.kind === 'tinh')
      note(p, 'sau 1/7/2025 xã trực thuộc tỉnh; mã xã mới (5 chữ số) chưa có trong bài');
  }
}

/** "Xã A mới được thành lập trên cơ sở sáp nhập xã B và xã C từ ngày …", "Xã A (sáp nhập từ 3 xã B, C và D)", "cả 2 xã trước sáp nhập". */
function readMerger(
  sentence: string,
  start: number,
  units: readonly UnitMention[],
  place: PlaceOf,
): void {
  const merged = /sáp nhập(?:\s+từ)?\s+/u.exec(sentence);
  if (!merged) return;
  const named = units.filter((u) => u.name);
  const fromAt = sentence.indexOf(merged[0]);
  const newUnit = named.find((u) => u.index < named[0]!.index + 1) ?? named[0];
  if (
    /trước sáp nhập|sau sáp nhập/u.test(sentence) &&
    !/sáp nhập(?:\s+từ)?\s+(?:\d+\s+)?(?:xã|các xã)/u.test(sentence)
  ) {
    // "Do cả 2 xã trước sáp nhập đều đã đạt chuẩn, xã Hòa Tiến mới …": formed by a merger, predecessors not named.
    const target = named.at(-1);
    if (!target) return;
    const p = place(target, sentence)!;
    p.predecessors = null;
    note(p, 'bài nói xã hình thành do sáp nhập nhưng không nêu tên các xã cũ');
    return;
  }
  if (!newUnit) return;
  // The communes merged are those named after "sáp nhập", up to the end of its clause or parenthesis.
  const from = start + fromAt;
  const rest = sentence.slice(fromAt);
  const stop = rest.search(/[);.]|,\s+(?!\p{Lu}|và)/u);
  const until = stop < 0 ? start + sentence.length : from + stop;
  const relative = named.filter(
    (u) => u !== newUnit && u.kind === newUnit.kind && u.index >= from && u.index < until,
  );

  if (relative.length === 0) return;
  const p = place(newUnit, sentence)!;
  p.predecessors = relative.map(ref);
  const since = /từ ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/u.exec(sentence);
  const day = since ? parseVietnameseDate(since[1]!) : undefined;
  if (day?.ok) {
    p.validFrom = day.value.iso;
    const [y, m, d] = day.value.iso.split('-').map(Number) as [number, number, number];
    const before = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    for (const old of relative) {
      const q = place(old, sentence)!;
      q.validTo = before;
      q.successors = [ref(newUnit)];
      note(q, 'ngày kết thúc suy từ ngày thành lập xã mới');
    }
  } else {
    note(p, 'bài không ghi ngày sáp nhập');
    for (const old of relative) {
      const q = place(old, sentence)!;
      q.successors = [ref(newUnit)];
    }
  }
}
