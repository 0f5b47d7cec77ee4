/**
 * Figures with their units exactly as meant: money ("125,7 tỷ đồng", "1 tỷ 250 triệu đồng"),
 * incomes ("triệu đồng/người/năm", never cut to "triệu đồng"), rates ("1,85%", "103,5% kế
 * hoạch"), areas, tonnes, heads of livestock, workdays. Each figure keeps the unit (place) it is
 * said of, whether it is an estimate or a lower bound, whether it is a change rather than a level,
 * and the whole it is part of ("trong đó …"); a share the text states is checked against its own
 * numbers. Years, dates, durations, session numbers and criteria counts are not figures.
 */
import { NUMBER, parseVietnameseNumber } from './text.ts';
import { findUnits, unitBefore, type UnitMention, type UnitRef } from './units.ts';

export interface ExtractedFigure {
  unit: UnitRef | null;
  label: string;
  value: number;
  /** The unit of measure, as meant ("triệu đồng/người/năm", "% kế hoạch"). */
  measure: string;
  estimate: boolean;
  atLeast: boolean;
  /** A change from an earlier level ("tăng 4,5 triệu đồng so với năm 2022"). */
  change: boolean;
  /** The label of the figure this one is part of. */
  partOf?: string;
  /** The period the text gives the figure ("2021–2023", "2020", "6 tháng đầu năm 2023"). */
  period?: string;
  review?: string;
  evidence: string;
}

/** Units of measure, longest first. `note` marks figures that are rarely NTM indicators. */
const MEASURES: Array<{ re: string; measure: string; note?: string }> = [
  { re: String.raw`triệu\s+đồng\s*\/\s*người\s*\/\s*năm`, measure: 'triệu đồng/người/năm' },
  { re: String.raw`triệu\s+đồng\s*\/\s*người`, measure: 'triệu đồng/người' },
  { re: String.raw`triệu\s+đồng\s*\/\s*ha`, measure: 'triệu đồng/ha' },
  { re: String.raw`nghìn\s+đồng\s*\/\s*người\s*\/\s*tháng`, measure: 'nghìn đồng/người/tháng' },
  { re: String.raw`%\s*kế\s+hoạch`, measure: '% kế hoạch' },
  { re: String.raw`tỷ\s+đồng|tỉ\s+đồng`, measure: 'tỷ đồng' },
  { re: String.raw`triệu\s+đồng`, measure: 'triệu đồng' },
  { re: String.raw`nghìn\s+đồng`, measure: 'nghìn đồng' },
  { re: String.raw`ngày\s+công`, measure: 'ngày công' },
  { re: String.raw`lượt\s+người`, measure: 'lượt người' },
  { re: String.raw`m²|m2(?![\d])`, measure: 'm²' },
  { re: String.raw`km`, measure: 'km' },
  { re: String.raw`ha(?![\p{L}])`, measure: 'ha' },
  { re: String.raw`tấn`, measure: 'tấn' },
  { re: String.raw`con(?![\p{L}])`, measure: 'con' },
  { re: String.raw`%`, measure: '%' },
  { re: String.raw`đối tượng`, measure: 'đối tượng' },
  {
    re: String.raw`suất(?:\s+quà)?`,
    measure: 'suất',
    note: 'số suất quà không phải số liệu nông thôn mới: có thể bỏ',
  },
  { re: String.raw`hộ(?![\p{L}])`, measure: 'hộ' },
];

const MEASURE_RE = MEASURES.map((m) => `(${m.re})`).join('|');
const FIGURE = new RegExp(
  String.raw`(?<![\d/.,\p{L}])(${NUMBER})(?:\s*(?:tỷ|tỉ)\s+(\d{1,3})\s*triệu(?=\s+đồng))?\s*(?:${MEASURE_RE}|(?<=triệu)\s*đồng)`,
  'gu',
);
/** "tăng 1,2 tiêu chí so với …": a change of the average, a figure in criteria per commune. */
const CRITERIA_CHANGE = /(?:tăng|giảm)\s+(\d+,\d+)\s+tiêu chí(?:\s*\/\s*xã)?/gu;

function measureOf(groups: Array<string | undefined>): { measure: string; note?: string } {
  const i = groups.findIndex((g) => g !== undefined);
  if (i < 0) return { measure: 'tỷ đồng' }; // "1 tỷ 250 triệu đồng"
  const m = MEASURES[i]!;
  return m.note ? { measure: m.measure, note: m.note } : { measure: m.measure };
}

/** The words naming a figure: the phrase before it in its clause, or for "100% tuyến đường …", the words after. */
function labelOf(clause: string, after: string, measure: string): string {
  const cleaned = clause
    .replace(/^(?:và|trong đó|riêng|qua đó|đến nay|hiện nay|hiện|tổng|cụ thể)\s*,?\s*/iu, (w) =>
      /^tổng/iu.test(w) ? w : '',
    )
    .replace(
      /\s*(?:ước\s+)?(?:đạt|là|có|được|còn|bằng|chiếm|tăng|giảm|lên|trên|hơn|khoảng|gần|với|khoảng)\s*(?:trên|hơn|khoảng|gần)?\s*$/iu,
      '',
    )
    .replace(
      /\s*(?:ước\s+)?(?:đạt|là|có|được|còn|bằng|chiếm|tăng|giảm|lên|trên|hơn|khoảng)\s*$/iu,
      '',
    )
    .trim();
  if (cleaned.length >= 3) return cleaned;
  const next = /^\s*([\p{L} ]{3,60}?)(?=[,.;(]|$)/u.exec(after)?.[1]?.trim();
  return next && next.length > 0 ? next : measure;
}

/** Reads every figure of the paragraphs. */
export function findFigures(paragraphs: readonly string[]): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  for (const paragraph of paragraphs) {
    const units = findUnits(paragraph);
    for (const m of paragraph.matchAll(FIGURE)) {
      const figure = readFigure(paragraph, m, units, out);
      if (figure) out.push(figure);
    }
    for (const m of paragraph.matchAll(CRITERIA_CHANGE)) {
      const { unit } = unitBefore(paragraph, m.index, units);
      const since = /^\s*so với\s+([^,.;)]{3,40})/u.exec(paragraph.slice(m.index + m[0].length));
      out.push({
        unit: unit ? { kind: unit.kind, ...(unit.name ? { name: unit.name } : {}) } : null,
        label: `mức tăng bình quân tiêu chí/xã${since ? ` so với ${since[1]!.trim()}` : ''}`,
        value: parseVietnameseNumber(m[1]!),
        measure: 'tiêu chí/xã',
        estimate: false,
        atLeast: false,
        change: true,
        evidence: m[0],
      });
    }
  }
  checkShares(out);
  return out;
}

/** One figure the match `m` found in the paragraph, or undefined when the number is not a figure. */
function readFigure(
  paragraph: string,
  m: RegExpExecArray,
  units: readonly UnitMention[],
  earlier: readonly ExtractedFigure[],
): ExtractedFigure | undefined {
  const index = m.index;
  const before = paragraph.slice(0, index);
  const after = paragraph.slice(index + m[0].length);
  const { measure, note } = measureOf(m.slice(3));
  if (!isFigure(m, before, after, measure)) return undefined;
  let value = parseVietnameseNumber(m[1]!);
  if (m[2] !== undefined) value = value + Number(m[2]) / 1000; // "1 tỷ 250 triệu đồng" = 1,25 tỷ đồng
  const clause = clauseBefore(before);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), 0));
  const lead = clause.slice(-24);
  const f: ExtractedFigure = {
    unit: null,
    label: labelOf(clause, after, measure),
    value,
    measure,
    estimate: /ước(?:\s+(?:đạt|tính))?\s*$|ước\s+(?:đạt|tính)/iu.test(lead),
    atLeast: /(?:trên|hơn|hơn\s+\w+)\s*$/iu.test(clause),
    change: /(?:tăng|giảm)(?:\s+thêm)?\s*$/iu.test(clause) && !/giảm\s+còn\s*$/iu.test(clause),
    evidence: `${clause} ${m[0]}`.trim(),
  };
  const notes: string[] = [];
  if (note) notes.push(note);
  if (f.change) notes.push(...nameChange(f, after, earlier));
  if (measure === 'triệu đồng/người')
    notes.push('bài ghi "triệu đồng/người" (thiếu "/năm"): giữ như bài, không tự thêm');
  nameRate(f, measure, clause, after, earlier);
  const partOf = wholeOf(f, sentence, before, earlier);
  if (partOf !== undefined) f.partOf = partOf;
  const period = periodOf(sentence, paragraph);
  if (period !== undefined) f.period = period;
  const { unit, review } = unitOfFigure(paragraph, index, after, units);
  if (unit) f.unit = { kind: unit.kind, ...(unit.name ? { name: unit.name } : {}) };
  if (review) notes.push(review);
  // "…, của xã Tân Hà ước đạt 45 …" repeats the predicate of the clause before.
  if (
    unit &&
    /của\s+(?:xã|huyện|thôn)\s+[^,.;]+\s*(?:ước\s+)?đạt\s*$/u.test(clause) &&
    earlier.some(
      (e) =>
        e.unit &&
        e.unit.name !== unit.name &&
        e.measure === f.measure &&
        e.evidence.includes('của'),
    )
  )
    notes.push(`"của ${unit.kind === 'xa' ? 'xã' : ''} ${unit.name}" lặp lại vị ngữ của vế trước`);
  if (notes.length > 0) f.review = notes.join('; ');
  return f;
}

/** Whether a number with a unit is a figure: not a date, a session ("lần thứ 15"), a count of criteria, a duration or a vote. */
function isFigure(m: RegExpExecArray, before: string, after: string, measure: string): boolean {
  if (
    /(?:lần thứ|khóa|khoá|(?:Quyết định|Kế hoạch|Nghị quyết|Thông báo|Công văn|Chỉ thị|Kết luận|văn bản)\s+số|năm|ngày|tháng|quý)\s*$/iu.test(
      before,
    )
  )
    return false;
  if (
    /^\s*(?:năm|tháng|tiêu chí|chỉ tiêu|xã|thôn|thành viên|phiếu)/iu.test(after) &&
    !/^%/u.test(m[0].slice(m[1]!.length).trim())
  )
    return false;
  return !(
    measure === '%' &&
    /(?:\d+\s*%\s*thành viên|thành viên[^.]{0,20}$)/u.test(
      `${before.slice(-30)}${m[0]} ${after.slice(0, 20)}`,
    )
  );
}

/** The clause a figure ends: the text after the last comma, semicolon, bracket, full stop or colon before it. */
function clauseBefore(before: string): string {
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf('. '),
    before.lastIndexOf(':'),
    0,
  );
  return before.slice(clauseStart === 0 ? 0 : clauseStart + 1).trim();
}

/**
 * Names a change after the level it follows ("tăng 4,5 triệu đồng so với năm 2022"): money per
 * person keeps that level's unit, and "so với …" goes into the label. Returns the review notes.
 */
function nameChange(
  f: ExtractedFigure,
  after: string,
  earlier: readonly ExtractedFigure[],
): string[] {
  const measure = f.measure;
  const notes: string[] = [];
  const prev = earlier.at(-1);
  if (
    prev &&
    ['triệu đồng', 'nghìn đồng'].includes(measure) &&
    prev.measure.startsWith(measure) &&
    prev.measure !== measure
  ) {
    f.measure = prev.measure;
    notes.push('mức tăng, không phải mức đạt; đơn vị lấy theo số liệu đứng trước');
  }
  const so = /^\s*so với\s+([^,.;)]{3,40})/u.exec(after);
  f.label = so
    ? `${prev && !/thu nhập|sản lượng/iu.test(f.label) ? prev.label : f.label} so với ${so[1]!.trim()}`
    : f.label;
  return notes;
}

/** Names a rate after the figure it qualifies ("bằng 103,5% kế hoạch", "(tăng 2,3% so với cùng kỳ)"). */
function nameRate(
  f: ExtractedFigure,
  measure: string,
  clause: string,
  after: string,
  earlier: readonly ExtractedFigure[],
): void {
  if (measure !== '% kế hoạch' && !(measure === '%' && f.change)) return;
  const prev = earlier.at(-1);
  if (prev && (clause.length < 8 || /^(?:bằng|đạt|tăng|giảm)/iu.test(clause)))
    f.label = `${prev.label} ${measure === '% kế hoạch' ? 'so với kế hoạch' : `so với ${/^\s*so với\s+([^,.;)]+)/u.exec(after)?.[1] ?? 'trước'}`}`;
}

/** The label of the figure this one is part of ("trong đó …", "riêng …", "Trong số …", "… gồm: …"). */
function wholeOf(
  f: ExtractedFigure,
  sentence: string,
  before: string,
  earlier: readonly ExtractedFigure[],
): string | undefined {
  const prev = earlier.at(-1);
  // "trong đó vốn nhân dân đóng góp 216 tỷ đồng", "riêng phần người dân đóng góp …": a part of the figure before it.
  if (
    prev &&
    prev.measure === f.measure &&
    /(?:trong đó|riêng)\s+[^.;]*$/iu.test(sentence) &&
    /(?:trong đó|riêng)/iu.test(before.slice(before.lastIndexOf(prev.evidence.slice(-10))))
  )
    return prev.label;
  // "Trong số 80 tỷ đồng …, người dân đóng góp 30 tỷ đồng".
  if (
    prev &&
    prev.measure === f.measure &&
    /^\s*(?:\.\s*)?[Tt]rong số\s/u.test(sentence) &&
    sentence.includes(prev.evidence.slice(-8))
  )
    return prev.label;
  if (!/(?:gồm|bao gồm)\s*:?\s*[^.;]*$/iu.test(sentence)) return undefined;
  const head = /([\p{L} ]{3,40}?)\s+(?:gồm|bao gồm)/iu.exec(sentence)?.[1];
  return head ? head.replace(/^.*?(nguồn vốn[\p{L} ]*)$/iu, '$1').trim() : undefined;
}

/** The period of a figure: in its sentence ("giai đoạn 2021–2023", "6 tháng đầu năm 2023"), or opening its paragraph. */
function periodOf(sentence: string, paragraph: string): string | undefined {
  const period =
    /(?:giai đoạn|năm)\s+(\d{4}(?:\s*[–-]\s*\d{4})?)/u.exec(sentence) ??
    /(\d+\s+tháng đầu năm\s+\d{4})/u.exec(sentence);
  if (period) return period[1]!.replace(/\s*[–-]\s*/u, '–');
  // A half-year or quarter that opens the paragraph ("6 tháng đầu năm 2023, …") holds for its figures.
  return /^(\d+\s+tháng đầu năm\s+\d{4})/u.exec(paragraph)?.[1];
}

/** The unit a figure is said of: the one before it, or the kind written right after it ("100% tuyến đường trong xã …"). */
function unitOfFigure(
  paragraph: string,
  index: number,
  after: string,
  units: readonly UnitMention[],
): { unit: UnitRef | undefined; review?: string } {
  const found = unitBefore(paragraph, index, units, { lookBack: true });
  if (found.unit) return found;
  const trailing =
    /^[^,.;]*?(?<![\p{L}])(?:trong|của|toàn)\s+(xã|huyện|thôn)(?![\p{L}]|\s+\p{Lu})/u.exec(after);
  if (!trailing) return found;
  return {
    unit: { kind: trailing[1] === 'xã' ? 'xa' : trailing[1] === 'huyện' ? 'huyen' : 'thon' },
  };
}

/** A stated share ("chiếm 77%", "tương đương 45%") that its own numbers contradict gets a review note. */
function checkShares(figures: ExtractedFigure[]): void {
  figures.forEach((f, i) => {
    if (f.measure !== '%') return;
    if (!/chiếm|tương đương|bằng/iu.test(f.evidence)) return;
    const part = figures[i - 1];
    const whole = part
      ? (figures.find((w) => w.label === part.partOf) ?? figures[i - 2])
      : undefined;
    if (!part || !whole || part.measure !== whole.measure || whole === part) return;
    const computed = (part.value / whole.value) * 100;
    if (Math.abs(computed - f.value) <= 1) return;
    const written = (n: number) => n.toFixed(1).replace('.', ',');
    f.review = [
      f.review,
      `${written(part.value).replace(',0', '')}/${written(whole.value).replace(',0', '')} = ${written(computed)}%, không khớp với ${String(f.value).replace('.', ',')}% bài nêu${whole.atLeast ? ` (tổng là "trên ${whole.value}" nên tỷ lệ còn thấp hơn)` : ''}: giữ như bài, đánh dấu để kiểm tra`,
    ]
      .filter(Boolean)
      .join('; ');
    f.label = f.label.length < 4 ? `tỷ lệ ${part.label} trong ${whole.label}` : f.label;
  });
}
