/**
 * Counts as articles report them, each given to the unit it is said of within its own clause:
 * criteria ("xã Tam Đa đạt 14/19 tiêu chí"; a village's "15/16"), indicators ("46/57 chỉ tiêu"),
 * averages ("bình quân 15,6 tiêu chí/xã", "12,6/19 tiêu chí"), criteria lost ("rớt 2 tiêu
 * chí") or added, communes and villages at a level ("12/18 xã đạt chuẩn", "có thêm 3 thôn"),
 * communes registered, model gardens; and the criteria named in words, matched to the numbers of
 * the set the count belongs to. Every association or inference carries its reason.
 */
import type { CriterionStatus } from '../schemas/assessments.ts';
import {
  chooseSet,
  criterionKey,
  criterionNames,
  matchCriterionName,
  type CriteriaKnowledge,
  type KnownSet,
  type SetClues,
} from './criteria-sets.ts';
import { parseVietnameseNumber } from './text.ts';
import { findUnits, unitBefore, type UnitMention, type UnitRef } from './units.ts';

export type CountKind =
  | 'criteria'
  | 'indicators'
  | 'indicators-unmet'
  | 'criteria-average'
  | 'criteria-lost'
  | 'criteria-added'
  | 'communes-ntm'
  | 'communes-ntm-added'
  | 'communes-nang-cao'
  | 'communes-kieu-mau'
  | 'communes-registered'
  | 'villages-ntm'
  | 'villages-ntm-added'
  | 'model-villages-added'
  | 'model-gardens';

/** One count, with the unit it belongs to. */
export interface ExtractedCount {
  unit: UnitRef | null;
  /** The unit above (a village's commune), when the text says. */
  within?: UnitRef;
  kind: CountKind;
  met?: number;
  of?: number;
  value?: number;
  /** Id of the criteria set it counts against, when one fits; `null` when it cannot be decided. */
  set?: string | null;
  candidates?: string[];
  /** Day the count applies to ("tính đến cuối năm 2017"). */
  asOf?: string;
  year?: number;
  /** "so với năm 2022". */
  since?: number;
  review?: string;
  evidence: string;
}

/** One criterion named in words, with its number in the set and its status. */
export interface ExtractedCriterion {
  unit: UnitRef | null;
  written: string;
  number: number;
  status: CriterionStatus;
  set?: string;
  review?: string;
  evidence: string;
}

/** The status of the criteria a list leaves out, when the count allows it. */
export interface ExtractedOtherwise {
  unit: UnitRef | null;
  status: CriterionStatus;
  numbers?: number[];
  review: string;
}

/** One indicator named by its code ("chỉ tiêu 17.8"). */
export interface ExtractedIndicator {
  unit: UnitRef | null;
  code: string;
  criterion: number;
  status: CriterionStatus;
  set?: string;
}

/** What the reader needs besides the text. */
export interface CountContext {
  knowledge: CriteriaKnowledge;
  /** The year of the article (event, else publication), for the set. */
  year?: number;
  date?: string;
  province?: string;
  /** The article is an appraisal council's: lists of communes after a level are the council's, not counts. */
  council?: boolean;
}

export interface CountsFound {
  counts: ExtractedCount[];
  criteria: ExtractedCriterion[];
  otherwise: ExtractedOtherwise[];
  indicators: ExtractedIndicator[];
}

const NUM = String.raw`\d{1,3}(?:[.,]\d+)?`;
const joinReviews = (...notes: Array<string | undefined>) => {
  const kept = notes.filter((n): n is string => n !== undefined && n !== '');
  return kept.length > 0 ? kept.join('; ') : undefined;
};

/** The year and day a sentence's counts apply to, and the year it compares with. */
export interface SentenceTime {
  year?: number;
  /** The last day the counts cover ("tính đến cuối năm 2017": 2017-12-31). */
  asOf?: string;
  /** "so với năm 2022". */
  since?: number;
}

/** The year and day a sentence's counts apply to: "Năm 2023,", "tính đến cuối năm 2017", "đến hết tháng 9/2024". */
export function sentenceTime(sentence: string): SentenceTime {
  const out: SentenceTime = {};
  const endOfYear = /(?:tính\s+)?đến\s+(?:cuối|hết)\s+năm\s+(\d{4})/iu.exec(sentence);
  const endOfMonth = /(?:tính\s+)?đến\s+(?:cuối|hết)\s+tháng\s+(\d{1,2})\s*\/\s*(\d{4})/iu.exec(
    sentence,
  );
  if (endOfYear) {
    out.year = Number(endOfYear[1]);
    out.asOf = `${endOfYear[1]}-12-31`;
  } else if (endOfMonth) {
    const [m, y] = [Number(endOfMonth[1]), Number(endOfMonth[2])];
    out.year = y;
    out.asOf = `${y}-${String(m).padStart(2, '0')}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`;
  } else {
    const year = /(?:^|[,;]\s*|\s)(?:[Nn]ăm|trong năm)\s+(\d{4})(?![\d–-])/u.exec(sentence);
    const target = year
      ? /(?:phấn đấu|mục tiêu|đến năm|giai đoạn)[^.;]*$/u.test(sentence.slice(0, year.index + 6))
      : false;
    if (year && !target) out.year = Number(year[1]);
  }
  const since = /so với(?:\s+cuối)?\s+năm\s+(\d{4})/iu.exec(sentence);
  if (since) out.since = Number(since[1]);
  return out;
}

/** Level and tier words around a count ("tiêu chí thôn nông thôn mới", "xã nông thôn mới nâng cao"). */
function setWords(
  after: string,
  sentence: string,
): Pick<SetClues, 'level' | 'tier'> & { newSet?: boolean } {
  const near = (/^[^,;.(]*/u.exec(after)?.[0] ?? '').slice(0, 60).toLocaleLowerCase('vi');
  const all = sentence.toLocaleLowerCase('vi');
  const out: Pick<SetClues, 'level' | 'tier'> & { newSet?: boolean } = {};
  if (/^\s*(?:thôn|khu dân cư|bản)/u.test(near) || /tiêu chí (?:thôn|khu dân cư)/u.test(near))
    out.level = 'thon';
  if (/kiểu mẫu/u.test(near) || /theo bộ tiêu chí[^.]*kiểu mẫu/u.test(all)) out.tier = 'kieu-mau';
  else if (/nâng cao/u.test(near) || /theo bộ tiêu chí[^.]*nâng cao/u.test(all))
    out.tier = 'nang-cao';
  if (/bộ tiêu chí mới/u.test(all)) out.newSet = true;
  if (/giai đoạn 2026\s*[–-]\s*2030/u.test(all)) out.tier ??= 'co-ban';
  return out;
}

/** Splits text into sentences with their offsets. */
function sentencesWithOffsets(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  const parts = text.split(/(?<=[.!?])\s+(?=["“(]?\p{Lu})|\n/u);
  for (const part of parts) {
    const at = text.indexOf(part, start);
    out.push({ start: at, text: part });
    start = at + part.length;
  }
  return out;
}

/** The set of a count (a clue-based choice, with its reason as a review note). */
function setOf(
  ctx: CountContext,
  clues: SetClues,
): { set: string | null; candidates?: string[]; review: string; known?: KnownSet } {
  const choice = chooseSet(ctx.knowledge, clues);
  if (choice.set) return { set: choice.set.id, review: choice.review, known: choice.set };
  return { set: null, candidates: choice.candidates, review: choice.review };
}

/** Reads every count and named criterion in the article's paragraphs. */
export function findCounts(paragraphs: readonly string[], ctx: CountContext): CountsFound {
  const found: CountsFound = { counts: [], criteria: [], otherwise: [], indicators: [] };
  for (const paragraph of paragraphs) {
    const units = findUnits(paragraph);
    for (const s of sentencesWithOffsets(paragraph)) {
      const before = found.counts.filter((c) => c.kind === 'criteria').at(-1);
      readSentence(paragraph, s, units, ctx, found, before);
    }
  }
  return found;
}

/** One sentence being read: where it is, what every reader of it needs and what it has given. */
interface SentenceReading {
  paragraph: string;
  /** Offset of the sentence in the paragraph. */
  start: number;
  text: string;
  /** The units the paragraph names. */
  units: readonly UnitMention[];
  ctx: CountContext;
  /** The year and day the sentence says its counts apply to. */
  time: SentenceTime;
  /** The sentence's year, else the article's. */
  year: number | undefined;
  found: CountsFound;
  /** The counts read from this sentence so far, in order. */
  counts: ExtractedCount[];
}

/** Reads one sentence's counts, reader by reader in this order, then its named criteria. */
function readSentence(
  paragraph: string,
  s: { start: number; text: string },
  units: readonly UnitMention[],
  ctx: CountContext,
  found: CountsFound,
  previous: ExtractedCount | undefined,
): void {
  const time = sentenceTime(s.text);
  const sentence: SentenceReading = {
    paragraph,
    start: s.start,
    text: s.text,
    units,
    ctx,
    time,
    year: time.year ?? ctx.year,
    found,
    counts: [],
  };
  const skipRatios = readRespectively(sentence);
  readRatios(sentence, skipRatios);
  readRaisedTotals(sentence);
  readPerCommuneAverages(sentence);
  readLevelCounts(sentence);
  readSimpleCounts(sentence);
  readNamedCriteria(sentence, previous);
}

/** Kinds of unit a village-level count belongs to. */
const VILLAGE_KINDS: ReadonlyArray<UnitMention['kind']> = [
  'thon',
  'khu-dan-cu',
  'ban',
  'xom',
  'to-dan-pho',
  'ap',
];

/** The unit a count at `index` in the sentence is said of, with why it needs checking. */
function unitAt(
  sentence: SentenceReading,
  index: number,
  kinds?: ReadonlyArray<UnitMention['kind']>,
  lookBack = false,
): { unit: UnitMention | undefined; review?: string } {
  return unitBefore(sentence.paragraph, sentence.start + index, sentence.units, {
    ...(kinds ? { kinds } : {}),
    lookBack,
  });
}

/** The unit fields of a count: the unit mentioned, and the unit above it when the text says. */
function unitFields(u: UnitMention | undefined): Pick<ExtractedCount, 'unit' | 'within'> {
  return u
    ? {
        unit: { kind: u.kind, ...(u.name ? { name: u.name } : {}) },
        ...(u.parent ? { within: u.parent } : {}),
      }
    : { unit: null };
}

/** Keeps a count read from the sentence, for the article and for the sentence's later readers. */
function keep(sentence: SentenceReading, c: ExtractedCount): void {
  sentence.found.counts.push(c);
  sentence.counts.push(c);
}

/**
 * "lần lượt đạt 18/19 và 16/19 tiêu chí": the counts go to the listed units in order. Returns
 * where those ratios are in the sentence, so that the ratio reader leaves them alone.
 */
function readRespectively(sentence: SentenceReading): Set<number> {
  const { text, start, units, ctx, year } = sentence;
  const skipRatios = new Set<number>();
  const respectively =
    /lần lượt\s+(?:đạt\s+)?((?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*(?:,|và)\s*)?){2,})\s*tiêu chí/u.exec(
      text,
    );
  if (!respectively) return skipRatios;
  const listed = units.filter(
    (u) => u.list !== undefined && u.index >= start && u.end <= start + respectively.index,
  );
  const ratios = [...respectively[1]!.matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})/g)];
  if (listed.length !== ratios.length) return skipRatios;
  ratios.forEach((r, i) => {
    skipRatios.add(respectively.index + respectively[0].indexOf(r[0]));
    const choice = setOf(ctx, { of: Number(r[2]), ...(year !== undefined ? { year } : {}) });
    const c: ExtractedCount = {
      ...unitFields(listed[i]),
      kind: 'criteria',
      met: Number(r[1]),
      of: Number(r[2]),
      set: choice.set,
      review: joinReviews('gán theo thứ tự "lần lượt"', choice.review)!,
      evidence: respectively[0],
    };
    if (choice.candidates && !choice.set) c.candidates = choice.candidates;
    keep(sentence, c);
  });
  return skipRatios;
}

/**
 * Ratios of criteria and indicators: "đạt 14/19 tiêu chí", "46/57 chỉ tiêu", "12,6/19 tiêu chí"
 * (an average); not a target, and not one of the ratios at `skipRatios`.
 */
function readRatios(sentence: SentenceReading, skipRatios: ReadonlySet<number>): void {
  const { text } = sentence;
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(?<![\d/,.])(${NUM})\s*\/\s*(\d{1,3})\s+(tiêu chí|chỉ tiêu)(?!\s*\/)`,
      'gu',
    ),
  )) {
    if ([...skipRatios].some((i) => Math.abs(i - m.index) < 3)) continue;
    const met = parseVietnameseNumber(m[1]!);
    const of = Number(m[2]);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // "phấn đấu đạt được 20/20 tiêu chí để về đích": a target, not a status (see levels).
    if (/(?:phấn đấu|mục tiêu|để đạt|cần đạt)[^,.;]*$/iu.test(before)) continue;
    if (m[3] === 'chỉ tiêu') {
      keep(sentence, indicatorRatio(sentence, m, { met, of }, after));
      continue;
    }
    if (met > of) continue;
    const average = !Number.isInteger(met) || /bình quân[^.;]*$/iu.test(before);
    keep(sentence, criteriaRatio(sentence, m, { met, of, average }, after));
  }
}

/** "46/57 chỉ tiêu": indicators met, checked against the indicator count of the set when known. */
function indicatorRatio(
  sentence: SentenceReading,
  m: RegExpExecArray,
  { met, of }: { met: number; of: number },
  after: string,
): ExtractedCount {
  const { ctx, year, text } = sentence;
  const { unit, review } = unitAt(sentence, m.index);
  const choice = setOf(ctx, {
    ...(year !== undefined ? { year } : {}),
    ...setWords(after, text),
    ...lastSetClue(sentence.counts),
  });
  const c: ExtractedCount = {
    ...unitFields(unit),
    kind: 'indicators',
    met,
    of,
    set: choice.set,
    evidence: m[0],
  };
  const known = choice.known;
  const notes = [review, choice.review];
  if (known && known.indicatorCount !== undefined && known.indicatorCount !== of)
    notes.push(`bộ ${known.id} có ${known.indicatorCount} chỉ tiêu, bài tính trên ${of}: kiểm tra`);
  if (known && known.indicatorCount === undefined)
    notes.push('số chỉ tiêu của bộ chưa được đối chiếu');
  c.review = joinReviews(...notes)!;
  return c;
}

/** "xã Tam Đa đạt 14/19 tiêu chí" (a village's "15/16", an average's "12,6/19"), with its set. */
function criteriaRatio(
  sentence: SentenceReading,
  m: RegExpExecArray,
  { met, of, average }: { met: number; of: number; average: boolean },
  after: string,
): ExtractedCount {
  const { ctx, year, time, text } = sentence;
  const words = setWords(after, text);
  const { unit, review } = unitAt(
    sentence,
    m.index,
    words.level === 'thon' ? VILLAGE_KINDS : undefined,
  );
  const village = unit && VILLAGE_KINDS.includes(unit.kind);
  const clues: SetClues = {
    of,
    ...(year !== undefined ? { year } : {}),
    ...(ctx.date && time.year === undefined ? { date: ctx.date } : {}),
    ...(ctx.province ? { province: ctx.province } : {}),
    ...words,
    ...(village ? { level: 'thon' as const } : {}),
  };
  const choice = setOf(ctx, clues);
  const c: ExtractedCount = {
    ...unitFields(unit),
    kind: average ? 'criteria-average' : 'criteria',
    ...(average ? { value: met } : { met }),
    of,
    set: choice.set,
    evidence: m[0],
  };
  if (!choice.set && choice.candidates && choice.candidates.length > 0)
    c.candidates = choice.candidates;
  if (time.asOf) c.asOf = time.asOf;
  const notes = [review, choice.review];
  if (average) notes.unshift('bình quân tiêu chí/xã, không phải số tiêu chí của một xã');
  c.review = joinReviews(...notes)!;
  return c;
}

/** "nâng tổng số tiêu chí đạt lên 16/19": the criteria count after a rise. */
function readRaisedTotals(sentence: SentenceReading): void {
  const { text, ctx, year } = sentence;
  for (const m of text.matchAll(
    /tổng số tiêu chí(?:\s+đạt)?(?:\s+chuẩn)?\s+lên\s+(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*(?:tiêu chí|chỉ tiêu))/gu,
  )) {
    const { unit, review } = unitAt(sentence, m.index);
    const of = Number(m[2]);
    const choice = setOf(ctx, {
      of,
      ...(year !== undefined ? { year } : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
    });
    const c: ExtractedCount = {
      ...unitFields(unit),
      kind: 'criteria',
      met: Number(m[1]),
      of,
      set: choice.set,
      evidence: m[0],
    };
    c.review = joinReviews(review, choice.review)!;
    keep(sentence, c);
  }
}

/** Averages written per commune: "bình quân 15,6 tiêu chí/xã", "bình quân mỗi xã đạt 18,1 tiêu chí". */
function readPerCommuneAverages(sentence: SentenceReading): void {
  const { text, units, ctx, year } = sentence;
  for (const m of text.matchAll(
    new RegExp(
      String.raw`bình quân[^.;]{0,40}?(${NUM})\s*tiêu chí(\s*\/\s*xã)?(?!\s*\/\s*\d)`,
      'giu',
    ),
  )) {
    if (/\//.test(text.slice(m.index, m.index + m[0].length).replace(/tiêu chí\s*\/\s*xã/u, '')))
      continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const { unit, review } = unitAt(sentence, m.index);
    const choice = setOf(ctx, {
      ...(year !== undefined ? { year } : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
    });
    const c: ExtractedCount = {
      ...unitFields(unit ?? units.find((u) => !u.name && u.kind === 'huyen')),
      kind: 'criteria-average',
      value: parseVietnameseNumber(m[1]!),
      set: choice.set,
      evidence: text.slice(m.index, at + m[1]!.length + 10).trim(),
    };
    c.review = joinReviews(review, `bài không ghi mẫu số; ${choice.review}`)!;
    keep(sentence, c);
  }
}

/** What a phrase counting communes or villages at a level says. */
interface LevelPhrase {
  kind: CountKind;
  /** The unit the count is of: a district's communes, or a commune's (or district's) villages. */
  ofUnit: 'huyen' | 'xa';
  /** "12/18 xã" rather than "5 xã". */
  ratio: boolean;
  /** "có thêm 3 thôn": the units added, not the total. */
  added: boolean;
  /** "đăng ký đạt chuẩn": registered, not reached. */
  registered: boolean;
}

/** Communes and villages at a level: "12/18 xã đạt chuẩn nông thôn mới", "nâng tổng số … lên 16/20 xã", "5 xã đạt chuẩn … nâng cao". */
function readLevelCounts(sentence: SentenceReading): void {
  for (const m of sentence.text.matchAll(
    /(?<![\d/,.])(?:(\d{1,3})\s*\/\s*)?(\d{1,3})\s+(xã|thôn|bản)(?![\p{L}])((?:(?!\svà\s)[^.;(),]){0,60})/gu,
  )) {
    const phrase = levelPhrase(m, sentence.text, sentence.ctx.council);
    if (phrase) keep(sentence, levelCount(sentence, m, phrase));
  }
}

/** What a "N xã"/"N thôn" phrase counts, or nothing when it heads a list or says no level is reached. */
function levelPhrase(
  m: RegExpExecArray,
  text: string,
  council: boolean | undefined,
): LevelPhrase | undefined {
  const rest = m[4]!;
  const before = text.slice(0, m.index);
  const listHead =
    (council === true && /^\s*(?:[^,.;]{0,40}?)(?:gồm|là)\s*:?|^[^,.;]{0,40}:/u.test(rest)) ||
    /(?:công nhận|đề nghị|xem xét hồ sơ của|hồ sơ của|làm việc với)\s*$/iu.test(before);
  const ratio = m[1] !== undefined;
  const achieved =
    /^\s*(?:đã\s+)?(?:được công nhận\s+)?đạt(?:\s+chuẩn)?/u.test(rest) ||
    (ratio && /lên\s*$/u.test(before)) ||
    /^\s*(?:trên tổng số|trong tổng số)/u.test(rest);
  const registered = /^\s*đăng ký/u.test(rest);
  if (listHead && !ratio) return undefined;
  if (!achieved && !registered) return undefined;
  const communes = m[3] === 'xã';
  const added = /(?:có\s+)?thêm\s*$/u.test(before);
  return {
    kind: levelCountKind({ communes, added, registered }, rest, text),
    ofUnit: communes ? 'huyen' : 'xa',
    ratio,
    added,
    registered,
  };
}

/** The kind of a count of communes or villages, by its tier words ("nâng cao", "kiểu mẫu"). */
function levelCountKind(
  { communes, added, registered }: { communes: boolean; added: boolean; registered: boolean },
  rest: string,
  text: string,
): CountKind {
  if (registered) return 'communes-registered';
  if (communes)
    return /kiểu mẫu/u.test(rest)
      ? 'communes-kieu-mau'
      : /nâng cao/u.test(rest)
        ? 'communes-nang-cao'
        : added
          ? 'communes-ntm-added'
          : 'communes-ntm';
  if (!added) return 'villages-ntm';
  return /kiểu mẫu/u.test(text) && !/thôn nông thôn mới/u.test(rest)
    ? 'model-villages-added'
    : 'villages-ntm-added';
}

/** The count a level phrase gives, to the unit it is of, with the notes a reviewer needs. */
function levelCount(
  sentence: SentenceReading,
  m: RegExpExecArray,
  { kind, ofUnit, ratio, added, registered }: LevelPhrase,
): ExtractedCount {
  const { time } = sentence;
  // Communes are counted for a district; villages for a commune or a whole district.
  const owners: Array<UnitMention['kind']> =
    ofUnit === 'huyen'
      ? ['huyen', 'thi-xa', 'thanh-pho']
      : ['xa', 'phuong', 'thi-tran', 'huyen', 'thi-xa', 'thanh-pho'];
  const { unit, review } = unitAt(sentence, m.index, owners, true);
  const c: ExtractedCount = { ...unitFields(unit), kind, evidence: m[0].trim() };
  if (ratio) {
    c.met = Number(m[1]);
    c.of = Number(m[2]);
  } else c.value = Number(m[2]);
  if (time.year !== undefined && (added || registered || kind === 'model-villages-added'))
    c.year = time.year;
  const notes: Array<string | undefined> = [review];
  if (!unit) notes.push(`bài không nêu tên ${ofUnit === 'huyen' ? 'huyện' : 'xã'}`);
  else if (!unit.name)
    notes.push(`bài chỉ ghi "${ofUnit === 'huyen' ? 'huyện' : 'xã'}", không nêu tên`);
  if (registered) notes.push('số xã đăng ký đạt chuẩn, không phải số xã đã đạt');
  if (kind === 'model-villages-added')
    notes.push('"thôn đạt chuẩn" trong ngữ cảnh thôn kiểu mẫu: kiểm tra mức chuẩn');
  const r = joinReviews(...notes);
  if (r) c.review = r;
  if (!unit && !added && !registered)
    c.review = joinReviews(c.review, 'không rõ số đếm này của đơn vị nào')!;
  return c;
}

/** "rớt 2 tiêu chí", "không còn đạt 3 tiêu chí", "tăng thêm 3 tiêu chí", "còn 3 chỉ tiêu chưa đạt", "12 vườn mẫu". */
function readSimpleCounts(sentence: SentenceReading): void {
  const { text, time } = sentence;
  const simple: Array<[RegExp, CountKind]> = [
    [/(?:rớt|không còn đạt|bị rớt)\s+(\d{1,2})\s+tiêu chí/giu, 'criteria-lost'],
    [/tăng\s+thêm\s+(\d{1,2})\s+tiêu chí(?!\s*\/)/giu, 'criteria-added'],
    [/còn\s+(\d{1,2})\s+chỉ tiêu\s+chưa đạt/giu, 'indicators-unmet'],
    [/(\d{1,4})\s+vườn mẫu/giu, 'model-gardens'],
  ];
  for (const [re, kind] of simple) {
    for (const m of text.matchAll(re)) {
      const { unit, review } = unitAt(sentence, m.index);
      const c: ExtractedCount = { ...unitFields(unit), kind, value: Number(m[1]), evidence: m[0] };
      if (kind === 'criteria-added' && time.since !== undefined) c.since = time.since;
      const notes = [review];
      if (!unit?.name) notes.push('bài không nêu tên xã');
      if (
        kind === 'criteria-lost' &&
        !/là|gồm/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
      )
        notes.push('bài không nêu tên các tiêu chí không còn đạt');
      const r = joinReviews(...notes);
      if (r) c.review = r;
      keep(sentence, c);
    }
  }
}

/** The set clues of the last criteria count of the sentence (a list after "đạt 14/19 tiêu chí" belongs to its set). */
function lastSetClue(counts: readonly ExtractedCount[]): Partial<SetClues> {
  const c = counts.filter((x) => x.kind === 'criteria').at(-1);
  return c?.of !== undefined ? { of: c.of } : {};
}

/** One list of criteria named in words and the status the text gives them. */
interface NamedList {
  index: number;
  list: string;
  status: CriterionStatus;
  /** Why the status is inferred rather than stated. */
  review?: string;
  /** Number of criteria the phrase announces ("còn 5 tiêu chí chưa đạt là …"). */
  announced?: number;
}

/** A phrase that introduces a list of named criteria, and what it says of them. */
interface ListPattern {
  re: RegExp;
  /** The group holding the list. */
  list: number;
  status: CriterionStatus;
  /** Why the status is inferred, when it is. */
  review?: string;
  /** The group holding the number of criteria the phrase announces, when it has one. */
  announced?: number;
}

/** Where a list of named criteria ends: before a reason or a time ("vì", "đến nay"), or a full stop. */
const LIST_END = String.raw`(?=\s+(?:vì|do|nên|đến nay|hiện nay|theo)\s|[.](?!\d)|$)`;

/** The phrases that introduce a list, first match first (each is looked for once per sentence). */
const LIST_PATTERNS: readonly ListPattern[] = [
  {
    re: new RegExp(
      String.raw`(?:chỉ\s+)?còn\s+(?:thiếu\s+)?(\d{1,2})\s+tiêu chí(?:\s+chưa đạt)?(?:\s+(?:phải\s+[^.:]*?))?\s*(?:là|gồm|đó là)\s*:?\s*(.+?)${LIST_END}`,
      'u',
    ),
    list: 2,
    status: 'chua-dat',
    announced: 1,
  },
  {
    re: new RegExp(
      String.raw`(?:các\s+|(\d{1,2})\s+)?tiêu chí chưa đạt(?:\s+đó)?\s*(?:là|gồm)\s*:?\s*(.+?)${LIST_END}`,
      'u',
    ),
    list: 2,
    status: 'chua-dat',
    announced: 1,
  },
  {
    re: new RegExp(
      String.raw`(?:rớt|không còn đạt)\s+(\d{1,2})\s+tiêu chí\s+(?:là|gồm)\s*:?\s*(.+?)${LIST_END}`,
      'u',
    ),
    list: 2,
    status: 'chua-dat',
    announced: 1,
  },
  {
    re: new RegExp(String.raw`chưa đạt\s+(?:các\s+)?(tiêu chí\s+.+?)${LIST_END}`, 'u'),
    list: 1,
    status: 'chua-dat',
  },
  {
    re: new RegExp(String.raw`chỉ còn\s+(tiêu chí\s+.+?)\s+chưa đạt`, 'u'),
    list: 1,
    status: 'chua-dat',
  },
  {
    re: new RegExp(
      String.raw`(\d{1,2})\s*\/\s*\d{1,2}\s+tiêu chí(?:\s+đạt chuẩn)?\s*,?\s*(?:cụ thể|gồm)\s*:\s*(.+?)${LIST_END}`,
      'u',
    ),
    list: 2,
    status: 'dat',
    announced: 1,
  },
  {
    re: new RegExp(
      String.raw`(?:Hai|Ba|\d)\s+tiêu chí[^.]{0,20}?của\s+(?:xã|thôn)\s+[^.]{1,30}?\s+là\s+(.+?),\s+đến nay vẫn chưa đạt`,
      'u',
    ),
    list: 1,
    status: 'chua-dat',
  },
  {
    re: new RegExp(
      String.raw`chỉ tiêu chưa đạt,?\s+thuộc\s+(?:các\s+)?tiêu chí\s+(.+?)${LIST_END}`,
      'u',
    ),
    list: 1,
    status: 'chua-dat',
  },
  {
    re: new RegExp(String.raw`hoàn thiện\s+((?:tiêu chí\s+số\s+\d{1,2}[^.]*?)+)${LIST_END}`, 'u'),
    list: 1,
    status: 'chua-dat',
    review: '"tập trung hoàn thiện": suy là chưa đạt',
  },
  {
    re: /[Tt]iêu chí\s+([\p{Ll}\p{M} ]{3,40}?)\s+của\s+(?:xã|thôn)\s+\p{Lu}[^.]*?\s+cơ bản đạt/u,
    list: 1,
    status: 'co-ban-dat',
  },
  {
    re: /tiêu chí\s+([\p{Ll}\p{M} ]{3,40}?)\s+chưa được bảo đảm/u,
    list: 1,
    status: 'chua-dat',
    review: '"chưa được bảo đảm" được hiểu là chưa đạt',
  },
];

/** "đạt 17/19 tiêu chí gồm: …": the criteria met, read only when no other phrase gave a met list. */
const MET_LIST: ListPattern = {
  re: /đạt\s+(?:được\s+)?(\d{1,2})\s*\/\s*\d{1,2}\s+tiêu chí\s+gồm\s*:?\s*(.+?)(?=[.](?!\d)|$)/u,
  list: 2,
  status: 'dat',
  announced: 1,
};

/** The lists of named criteria in a sentence. */
function namedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  for (const pattern of LIST_PATTERNS) {
    const m = pattern.re.exec(text);
    if (m) out.push(namedList(m, pattern));
  }
  const met = MET_LIST.re.exec(text);
  if (met && !out.some((o) => o.status === 'dat')) out.push(namedList(met, MET_LIST));
  // One list per position: the first pattern that found it wins.
  return out.filter((o, i) => !out.slice(0, i).some((p) => Math.abs(p.index - o.index) < 3));
}

/** The list a pattern found, with where it starts in the sentence. */
function namedList(m: RegExpExecArray, pattern: ListPattern): NamedList {
  const list = m[pattern.list]!;
  return {
    index: m.index + m[0].indexOf(list),
    list,
    status: pattern.status,
    ...(pattern.review ? { review: pattern.review } : {}),
    ...(pattern.announced !== undefined && m[pattern.announced]
      ? { announced: Number(m[pattern.announced]) }
      : {}),
  };
}

/** Splits a written list into criterion names: by ";" first, then by known names where "," and "và" are inside names too. */
function splitList(list: string, set: KnownSet | undefined): string[] {
  const parts = list
    .split(/\s*;\s*/)
    .map((p) => p.trim().replace(/[.…]+$/, ''))
    .filter((p) => p.length > 0);
  if (!set) return parts;
  const names = criterionNames(set);
  const out: string[] = [];
  for (const part of parts) {
    const numbered = [
      ...part.matchAll(
        /tiêu chí\s+số\s+\d{1,2}(?:\s*\([^)]*\)|\s+về\s+[^,]+?(?=\s+và\s+tiêu chí|$))?/gu,
      ),
    ].map((x) => x[0]);
    if (numbered.length > 0) {
      out.push(...numbered);
      continue;
    }
    if (matchCriterionName(part, set) && !/,|\svà\s/u.test(criterionKeyless(part))) {
      out.push(part);
      continue;
    }
    // Greedy: at each position, the longest known name that starts there.
    const pieces = part
      .split(/\s*(?:,|\svà\s)\s*/u)
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
    let i = 0;
    while (i < pieces.length) {
      let taken = 1;
      for (let j = pieces.length; j > i + 1; j--) {
        const joined = joinPieces(part, pieces.slice(i, j));
        if (joined && names.includes(criterionKey(joined))) {
          taken = j - i;
          break;
        }
      }
      out.push(taken === 1 ? pieces[i]! : joinPieces(part, pieces.slice(i, i + taken))!);
      i += taken;
    }
  }
  return out;
}

/** A part of a list without its leading "tiêu chí": whether it still reads as several names. */
function criterionKeyless(part: string): string {
  return part.replace(/^tiêu chí\s+/iu, '');
}

/** The original text spanning `pieces` inside `part` (keeps the separators between them). */
function joinPieces(part: string, pieces: readonly string[]): string | undefined {
  const start = part.indexOf(pieces[0]!);
  const last = pieces[pieces.length - 1]!;
  const end = part.indexOf(last, start) + last.length;
  return start < 0 || end < start ? undefined : part.slice(start, end);
}

/** The criteria a sentence names in words ("các tiêu chí chưa đạt là: …") and the indicators it names by code. */
function readNamedCriteria(sentence: SentenceReading, previous: ExtractedCount | undefined): void {
  const { text } = sentence;
  // "Chỉ tiêu 17.8 … của xã Gia Hòa vẫn chưa đạt."
  const code =
    /[Cc]hỉ tiêu\s+(\d{1,2})\.(\d{1,2})(?!\d)[^.]*?(chưa đạt|cơ bản đạt|đã đạt|đạt)/u.exec(text);
  const lists = namedLists(text);
  if (lists.length === 0 && !code) return;
  const own = sentence.counts.filter((c) => c.kind === 'criteria').at(-1);
  // "Xã Lâm Hợp đạt 16/20 tiêu chí. Các tiêu chí chưa đạt đó là: …": a list opening its own sentence
  // with "Các tiêu chí" belongs to the count of the sentence before, said of the same unit.
  const carried =
    !own && previous && previous.unit?.name && /^(?:Các|Những|\d{1,2})\s+tiêu chí/u.test(text)
      ? previous
      : undefined;
  for (const l of lists) readNamedList(sentence, l, own ?? carried, carried);
  if (code) readIndicatorCode(sentence, code);
}

/** A named list with what it is read against: its count, its unit and its set. */
interface ListReading {
  list: NamedList;
  /** The criteria count the list belongs to: the sentence's own, else the one carried from before. */
  count: ExtractedCount | undefined;
  unit: UnitRef | null;
  /** Why the unit needs checking. */
  unitReview: string | undefined;
  /** The set decided for the list, whose id each criterion carries. */
  set: KnownSet | undefined;
}

/** Reads one named list: its criteria, the status of the ones it leaves out, and a count it implies. */
function readNamedList(
  sentence: SentenceReading,
  l: NamedList,
  count: ExtractedCount | undefined,
  carried: ExtractedCount | undefined,
): void {
  const { unit, review: unitReview } = listUnit(sentence, l, count, carried);
  const sets = listSet(sentence, l, count);
  const reading: ListReading = { list: l, count, unit, unitReview, set: sets.chosen };
  const matched = matchListedCriteria(reading, sets.against, sets.review);
  sentence.found.criteria.push(...matched);
  const otherwise = otherwiseOfList(reading, matched);
  if (otherwise) sentence.found.otherwise.push(otherwise);
  const implied = countFromList(reading, matched.length, sentence.text);
  if (implied) sentence.found.counts.push(implied);
}

/** The unit a named list is said of: its count's, else the last unit before it, else one named right after it. */
function listUnit(
  sentence: SentenceReading,
  l: NamedList,
  count: ExtractedCount | undefined,
  carried: ExtractedCount | undefined,
): { unit: UnitRef | null; review: string | undefined } {
  if (count)
    return {
      unit: count.unit,
      review: carried
        ? `danh sách ở câu sau câu nêu ${carried.met}/${carried.of}: gán cho ${carried.unit ? carried.unit.name : ''}`
        : undefined,
    };
  const { paragraph, start, units } = sentence;
  const r = unitBefore(paragraph, start + l.index, units);
  // "Tiêu chí trường học của xã Thọ Lập cơ bản đạt": the unit named right after the list.
  const end = start + l.index + l.list.length;
  const after = units.find(
    (u) => u.name && u.index >= end && /^\s*của\s*$/u.test(paragraph.slice(end, u.index)),
  );
  if (!r.unit && after?.name)
    return { unit: { kind: after.kind, name: after.name }, review: undefined };
  return {
    unit: r.unit ? { kind: r.unit.kind, ...(r.unit.name ? { name: r.unit.name } : {}) } : null,
    review: r.review,
  };
}

/**
 * The set of a named list: its count's set, else one chosen from the sentence's clues (the
 * numbers it names among them). Names are matched against that set, else against the national
 * set when only numbers are named or the year is unknown; `review` is the note on that choice.
 */
function listSet(
  sentence: SentenceReading,
  l: NamedList,
  count: ExtractedCount | undefined,
): { chosen: KnownSet | undefined; against: KnownSet | undefined; review: string | undefined } {
  const { ctx, year, text } = sentence;
  const numbers = l.list
    .split(/\s*[;,]\s*|\s+và\s+/u)
    .map((n) => n.trim())
    .flatMap((n) => [...n.matchAll(/số\s+(\d{1,2})/gu)].map((x) => Number(x[1])));
  const clues: SetClues = {
    ...(count?.of !== undefined ? { of: count.of } : {}),
    // "theo bộ tiêu chí mới": the year of the article, not a year the sentence looks back to.
    ...(/bộ tiêu chí mới/u.test(text)
      ? { newSet: true, ...(ctx.year !== undefined ? { year: ctx.year } : {}) }
      : year !== undefined
        ? { year }
        : {}),
    ...(ctx.province ? { province: ctx.province } : {}),
    ...(numbers.length > 0 ? { numbers } : {}),
  };
  const choice = count?.set
    ? { set: ctx.knowledge.sets.find((x) => x.id === count.set), review: undefined }
    : chooseSet(ctx.knowledge, clues);
  const against =
    choice.set ??
    (numbers.length > 0 || year === undefined ? nationalFallback(ctx.knowledge) : undefined);
  const review = choice.set
    ? count
      ? undefined
      : choice.review
    : against
      ? undefined
      : 'không xác định được bộ tiêu chí';
  return { chosen: choice.set, against, review };
}

/** The criteria of a list matched to their numbers in `against` (by number when no set is known). */
function matchListedCriteria(
  { list: l, unit, unitReview, set }: ListReading,
  against: KnownSet | undefined,
  setReview: string | undefined,
): ExtractedCriterion[] {
  const matched: ExtractedCriterion[] = [];
  for (const written of splitList(l.list, against)) {
    const fromNumber = /số\s+(\d{1,2})/u.exec(written);
    const match = against
      ? matchCriterionName(written, against)
      : fromNumber
        ? { number: Number(fromNumber[1]) }
        : undefined;
    if (!match) continue;
    const c: ExtractedCriterion = {
      unit,
      written: written.replace(/^tiêu chí\s+(?!số)/iu, '').trim(),
      number: match.number,
      status: l.status,
      evidence: l.list,
    };
    if (set) c.set = set.id;
    const notes = [unitReview, match.review, l.review, setReview];
    if (!unit?.name) notes.push('bài không nêu tên xã');
    const r = joinReviews(...notes);
    if (r) c.review = r;
    matched.push(c);
  }
  return matched;
}

/**
 * The status of the criteria a list leaves out, when its count allows it: met when the unmet
 * named make up the count's shortfall, unmet when the met named make up the count.
 */
function otherwiseOfList(
  { list: l, count, unit, set }: ListReading,
  matched: readonly ExtractedCriterion[],
): ExtractedOtherwise | undefined {
  if (!count || count.met === undefined || count.of === undefined || !set) return undefined;
  const named = new Set(matched.map((c) => c.number));
  if (l.status === 'chua-dat' && named.size === count.of - count.met)
    return {
      unit,
      status: 'dat',
      review: `${named.size} tiêu chí chưa đạt được nêu tên, khớp ${count.of} − ${count.met}; các tiêu chí còn lại được ghi là Đạt`,
    };
  if (l.status === 'dat' && named.size === count.met)
    return {
      unit,
      status: 'chua-dat',
      numbers: set.criteria.map((c) => c.number).filter((n) => !named.has(n)),
      review: `bài chỉ liệt kê ${named.size} tiêu chí đạt (đủ ${count.met}/${count.of}); các tiêu chí còn lại được suy là chưa đạt`,
    };
  return undefined;
}

/** "còn 2 tiêu chí chưa đạt là …" with no count: the count is the set's size less those named. */
function countFromList(
  { list: l, count, unit, unitReview, set }: ListReading,
  matchedCount: number,
  text: string,
): ExtractedCount | undefined {
  if (
    count ||
    l.status !== 'chua-dat' ||
    l.announced === undefined ||
    !set ||
    l.announced !== matchedCount ||
    /rớt|không còn đạt/u.test(text)
  )
    return undefined;
  return {
    unit,
    kind: 'criteria',
    met: set.size - l.announced,
    of: set.size,
    set: set.id,
    review: joinReviews(
      `bài chỉ nêu ${l.announced} tiêu chí chưa đạt; ${set.size - l.announced}/${set.size} được suy từ bộ ${set.id}`,
      unitReview,
    )!,
    evidence: l.list,
  };
}

/** "Chỉ tiêu 17.8 … chưa đạt": the indicator's status, and its criterion's when the indicator is not met. */
function readIndicatorCode(sentence: SentenceReading, code: RegExpExecArray): void {
  const { paragraph, start, text, units, ctx, year, found } = sentence;
  const { unit } = unitBefore(paragraph, start + text.length, units);
  const status: CriterionStatus =
    code[3] === 'chưa đạt' ? 'chua-dat' : code[3] === 'cơ bản đạt' ? 'co-ban-dat' : 'dat';
  const choice = chooseSet(ctx.knowledge, { ...(year !== undefined ? { year } : {}) });
  const u = unit ? { kind: unit.kind, ...(unit.name ? { name: unit.name } : {}) } : null;
  const indicator: ExtractedIndicator = {
    unit: u,
    code: `${code[1]}.${code[2]}`,
    criterion: Number(code[1]),
    status,
  };
  if (choice.set) indicator.set = choice.set.id;
  found.indicators.push(indicator);
  if (status !== 'dat') {
    const c: ExtractedCriterion = {
      unit: u,
      written: `(chỉ tiêu ${code[1]}.${code[2]})`,
      number: Number(code[1]),
      status,
      review: `tiêu chí ${code[1]} chưa đạt vì có chỉ tiêu ${code[1]}.${code[2]} chưa đạt`,
      evidence: code[0],
    };
    if (choice.set) c.set = choice.set.id;
    found.criteria.push(c);
  }
}

/** The national commune set to match names against when the year is not known (numbers only). */
function nationalFallback(knowledge: CriteriaKnowledge): KnownSet | undefined {
  return [...knowledge.sets]
    .filter((s) => s.level === 'xa' && s.tier === 'co-ban' && !s.province && s.size === 19)
    .sort((a, b) => b.periodFrom - a.periodFrom)[0];
}
