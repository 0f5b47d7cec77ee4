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

/** The year and day a sentence's counts apply to: "Năm 2023,", "tính đến cuối năm 2017", "đến hết tháng 9/2024". */
export function sentenceTime(sentence: string): { year?: number; asOf?: string; since?: number } {
  const out: { year?: number; asOf?: string; since?: number } = {};
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
  const re = /[^.!?\n]+(?:[.!?](?!\d)|$)/gu;
  let start = 0;
  const parts = text.split(/(?<=[.!?])\s+(?=["“(]?\p{Lu})|\n/u);
  for (const part of parts) {
    const at = text.indexOf(part, start);
    out.push({ start: at, text: part });
    start = at + part.length;
  }
  void re;
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

function readSentence(
  paragraph: string,
  s: { start: number; text: string },
  units: readonly UnitMention[],
  ctx: CountContext,
  found: CountsFound,
  previous: ExtractedCount | undefined,
): void {
  const time = sentenceTime(s.text);
  const year = time.year ?? ctx.year;
  const base = (index: number, kinds?: UnitMention['kind'][], lookBack = false) => {
    const { unit, review } = unitBefore(paragraph, s.start + index, units, {
      ...(kinds ? { kinds } : {}),
      lookBack,
    });
    return { unit, review };
  };
  const unitOf = (u: UnitMention | undefined): Pick<ExtractedCount, 'unit' | 'within'> =>
    u
      ? {
          unit: { kind: u.kind, ...(u.name ? { name: u.name } : {}) },
          ...(u.parent ? { within: u.parent } : {}),
        }
      : { unit: null };
  const push = (c: ExtractedCount) => found.counts.push(c);
  const sentenceCounts: ExtractedCount[] = [];
  const text = s.text;

  // "lần lượt đạt 18/19 và 16/19 tiêu chí": the counts go to the listed units in order.
  const respectively =
    /lần lượt\s+(?:đạt\s+)?((?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*(?:,|và)\s*)?){2,})\s*tiêu chí/u.exec(
      text,
    );
  const skipRatios = new Set<number>();
  if (respectively) {
    const listed = units.filter(
      (u) => u.list !== undefined && u.index >= s.start && u.end <= s.start + respectively.index,
    );
    const ratios = [...respectively[1]!.matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})/g)];
    if (listed.length === ratios.length) {
      ratios.forEach((r, i) => {
        skipRatios.add(respectively.index + respectively[0].indexOf(r[0]));
        const choice = setOf(ctx, { of: Number(r[2]), ...(year !== undefined ? { year } : {}) });
        const c: ExtractedCount = {
          ...unitOf(listed[i]),
          kind: 'criteria',
          met: Number(r[1]),
          of: Number(r[2]),
          set: choice.set,
          review: joinReviews('gán theo thứ tự "lần lượt"', choice.review)!,
          evidence: respectively[0],
        };
        if (choice.candidates && !choice.set) c.candidates = choice.candidates;
        push(c);
        sentenceCounts.push(c);
      });
    }
  }

  // Ratios of criteria and indicators: "đạt 14/19 tiêu chí", "46/57 chỉ tiêu", "12,6/19 tiêu chí" (an average).
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
    const isAverage = !Number.isInteger(met) || /bình quân[^.;]*$/iu.test(before);
    if (m[3] === 'chỉ tiêu') {
      const { unit, review } = base(m.index);
      const choice = setOf(ctx, {
        ...(year !== undefined ? { year } : {}),
        ...setWords(after, text),
        ...lastSetClue(sentenceCounts),
      });
      const c: ExtractedCount = {
        ...unitOf(unit),
        kind: 'indicators',
        met,
        of,
        set: choice.set,
        evidence: m[0],
      };
      const known = choice.known;
      const notes = [review, choice.review];
      if (known && known.indicatorCount !== undefined && known.indicatorCount !== of)
        notes.push(
          `bộ ${known.id} có ${known.indicatorCount} chỉ tiêu, bài tính trên ${of}: kiểm tra`,
        );
      if (known && known.indicatorCount === undefined)
        notes.push('số chỉ tiêu của bộ chưa được đối chiếu');
      c.review = joinReviews(...notes)!;
      push(c);
      sentenceCounts.push(c);
      continue;
    }
    if (met > of) continue;
    const words = setWords(after, text);
    const { unit, review } = base(
      m.index,
      words.level === 'thon' ? ['thon', 'khu-dan-cu', 'ban', 'xom', 'to-dan-pho', 'ap'] : undefined,
    );
    const village =
      unit && ['thon', 'khu-dan-cu', 'ban', 'xom', 'to-dan-pho', 'ap'].includes(unit.kind);
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
      ...unitOf(unit),
      kind: isAverage ? 'criteria-average' : 'criteria',
      ...(isAverage ? { value: met } : { met }),
      of,
      set: choice.set,
      evidence: m[0],
    };
    if (!choice.set && choice.candidates && choice.candidates.length > 0)
      c.candidates = choice.candidates;
    if (time.asOf) c.asOf = time.asOf;
    const notes = [review, choice.review];
    if (isAverage) notes.unshift('bình quân tiêu chí/xã, không phải số tiêu chí của một xã');
    c.review = joinReviews(...notes)!;
    push(c);
    sentenceCounts.push(c);
  }

  // "nâng tổng số tiêu chí đạt lên 16/19".
  for (const m of text.matchAll(
    /tổng số tiêu chí(?:\s+đạt)?(?:\s+chuẩn)?\s+lên\s+(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*(?:tiêu chí|chỉ tiêu))/gu,
  )) {
    const { unit, review } = base(m.index);
    const of = Number(m[2]);
    const choice = setOf(ctx, {
      of,
      ...(year !== undefined ? { year } : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
    });
    const c: ExtractedCount = {
      ...unitOf(unit),
      kind: 'criteria',
      met: Number(m[1]),
      of,
      set: choice.set,
      evidence: m[0],
    };
    c.review = joinReviews(review, choice.review)!;
    push(c);
    sentenceCounts.push(c);
  }

  // Averages written per commune: "bình quân 15,6 tiêu chí/xã", "bình quân mỗi xã đạt 18,1 tiêu chí".
  for (const m of text.matchAll(
    new RegExp(
      String.raw`bình quân[^.;]{0,40}?(${NUM})\s*tiêu chí(\s*\/\s*xã)?(?!\s*\/\s*\d)`,
      'giu',
    ),
  )) {
    if (/\//.test(text.slice(m.index, m.index + m[0].length).replace(/tiêu chí\s*\/\s*xã/u, '')))
      continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const { unit, review } = base(m.index);
    const choice = setOf(ctx, {
      ...(year !== undefined ? { year } : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
    });
    const c: ExtractedCount = {
      ...unitOf(unit ?? units.find((u) => !u.name && u.kind === 'huyen')),
      kind: 'criteria-average',
      value: parseVietnameseNumber(m[1]!),
      set: choice.set,
      evidence: text.slice(m.index, at + m[1]!.length + 10).trim(),
    };
    c.review = joinReviews(review, `bài không ghi mẫu số; ${choice.review}`)!;
    push(c);
    sentenceCounts.push(c);
  }

  // Communes and villages at a level: "12/18 xã đạt chuẩn nông thôn mới", "nâng tổng số … lên 16/20 xã", "5 xã đạt chuẩn … nâng cao".
  for (const m of text.matchAll(
    /(?<![\d/,.])(?:(\d{1,3})\s*\/\s*)?(\d{1,3})\s+(xã|thôn|bản)(?![\p{L}])((?:(?!\svà\s)[^.;(),]){0,60})/gu,
  )) {
    const rest = m[4]!;
    const before = text.slice(0, m.index);
    const listHead =
      (ctx.council === true && /^\s*(?:[^,.;]{0,40}?)(?:gồm|là)\s*:?|^[^,.;]{0,40}:/u.test(rest)) ||
      /(?:công nhận|đề nghị|xem xét hồ sơ của|hồ sơ của|làm việc với)\s*$/iu.test(before);
    const ratio = m[1] !== undefined;
    const achieved =
      /^\s*(?:đã\s+)?(?:được công nhận\s+)?đạt(?:\s+chuẩn)?/u.test(rest) ||
      (ratio && /lên\s*$/u.test(before)) ||
      /^\s*(?:trên tổng số|trong tổng số)/u.test(rest);
    const registered = /^\s*đăng ký/u.test(rest);
    if (listHead && !ratio) continue;
    if (!achieved && !registered) continue;
    const kindWord = m[3]!;
    const ofUnit = kindWord === 'xã' ? 'huyen' : 'xa';
    const added = /(?:có\s+)?thêm\s*$/u.test(before);
    const tierWords = `${rest} ${ratio ? '' : ''}`;
    let kind: CountKind;
    if (registered) kind = 'communes-registered';
    else if (kindWord === 'xã')
      kind = /kiểu mẫu/u.test(tierWords)
        ? 'communes-kieu-mau'
        : /nâng cao/u.test(tierWords)
          ? 'communes-nang-cao'
          : added
            ? 'communes-ntm-added'
            : 'communes-ntm';
    else
      kind = added
        ? /kiểu mẫu/u.test(text) && !/thôn nông thôn mới/u.test(rest)
          ? 'model-villages-added'
          : 'villages-ntm-added'
        : 'villages-ntm';
    // Communes are counted for a district; villages for a commune or a whole district.
    const owners: Array<UnitMention['kind']> =
      ofUnit === 'huyen'
        ? ['huyen', 'thi-xa', 'thanh-pho']
        : ['xa', 'phuong', 'thi-tran', 'huyen', 'thi-xa', 'thanh-pho'];
    const { unit, review } = base(m.index, owners, true);
    const c: ExtractedCount = { ...unitOf(unit), kind, evidence: `${m[0]}`.trim() };
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
    push(c);
    sentenceCounts.push(c);
  }

  // "rớt 2 tiêu chí", "không còn đạt 3 tiêu chí", "tăng thêm 3 tiêu chí", "còn 3 chỉ tiêu chưa đạt", "12 vườn mẫu".
  const simple: Array<[RegExp, CountKind]> = [
    [/(?:rớt|không còn đạt|bị rớt)\s+(\d{1,2})\s+tiêu chí/giu, 'criteria-lost'],
    [/tăng\s+thêm\s+(\d{1,2})\s+tiêu chí(?!\s*\/)/giu, 'criteria-added'],
    [/còn\s+(\d{1,2})\s+chỉ tiêu\s+chưa đạt/giu, 'indicators-unmet'],
    [/(\d{1,4})\s+vườn mẫu/giu, 'model-gardens'],
  ];
  for (const [re, kind] of simple) {
    for (const m of text.matchAll(re)) {
      const { unit, review } = base(m.index);
      const c: ExtractedCount = { ...unitOf(unit), kind, value: Number(m[1]), evidence: m[0] };
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
      push(c);
      sentenceCounts.push(c);
    }
  }

  readNamedCriteria(paragraph, s, units, ctx, found, sentenceCounts, year, previous);
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

/** The lists of named criteria in a sentence. */
function namedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  const END = String.raw`(?=\s+(?:vì|do|nên|đến nay|hiện nay|theo)\s|[.](?!\d)|$)`;
  const add = (
    m: RegExpExecArray,
    listGroup: number,
    status: CriterionStatus,
    review?: string,
    announcedGroup?: number,
  ) => {
    const list = m[listGroup]!;
    out.push({
      index: m.index + m[0].indexOf(list),
      list,
      status,
      ...(review ? { review } : {}),
      ...(announcedGroup !== undefined && m[announcedGroup]
        ? { announced: Number(m[announcedGroup]) }
        : {}),
    });
  };
  let m: RegExpExecArray | null;
  const patterns: Array<[RegExp, number, CriterionStatus, string | undefined, number | undefined]> =
    [
      [
        new RegExp(
          String.raw`(?:chỉ\s+)?còn\s+(?:thiếu\s+)?(\d{1,2})\s+tiêu chí(?:\s+chưa đạt)?(?:\s+(?:phải\s+[^.:]*?))?\s*(?:là|gồm|đó là)\s*:?\s*(.+?)${END}`,
          'u',
        ),
        2,
        'chua-dat',
        undefined,
        1,
      ],
      [
        new RegExp(
          String.raw`(?:các\s+|(\d{1,2})\s+)?tiêu chí chưa đạt(?:\s+đó)?\s*(?:là|gồm)\s*:?\s*(.+?)${END}`,
          'u',
        ),
        2,
        'chua-dat',
        undefined,
        1,
      ],
      [
        new RegExp(
          String.raw`(?:rớt|không còn đạt)\s+(\d{1,2})\s+tiêu chí\s+(?:là|gồm)\s*:?\s*(.+?)${END}`,
          'u',
        ),
        2,
        'chua-dat',
        undefined,
        1,
      ],
      [
        new RegExp(String.raw`chưa đạt\s+(?:các\s+)?(tiêu chí\s+.+?)${END}`, 'u'),
        1,
        'chua-dat',
        undefined,
        undefined,
      ],
      [
        new RegExp(String.raw`chỉ còn\s+(tiêu chí\s+.+?)\s+chưa đạt`, 'u'),
        1,
        'chua-dat',
        undefined,
        undefined,
      ],
      [
        new RegExp(
          String.raw`(\d{1,2})\s*\/\s*\d{1,2}\s+tiêu chí(?:\s+đạt chuẩn)?\s*,?\s*(?:cụ thể|gồm)\s*:\s*(.+?)${END}`,
          'u',
        ),
        2,
        'dat',
        undefined,
        1,
      ],
      [
        new RegExp(
          String.raw`(?:Hai|Ba|\d)\s+tiêu chí[^.]{0,20}?của\s+(?:xã|thôn)\s+[^.]{1,30}?\s+là\s+(.+?),\s+đến nay vẫn chưa đạt`,
          'u',
        ),
        1,
        'chua-dat',
        undefined,
        undefined,
      ],
      [
        new RegExp(
          String.raw`chỉ tiêu chưa đạt,?\s+thuộc\s+(?:các\s+)?tiêu chí\s+(.+?)${END}`,
          'u',
        ),
        1,
        'chua-dat',
        undefined,
        undefined,
      ],
      [
        new RegExp(String.raw`hoàn thiện\s+((?:tiêu chí\s+số\s+\d{1,2}[^.]*?)+)${END}`, 'u'),
        1,
        'chua-dat',
        '"tập trung hoàn thiện": suy là chưa đạt',
        undefined,
      ],
    ];
  for (const [re, group, status, review, announced] of patterns) {
    if ((m = re.exec(text))) add(m, group, status, review, announced);
  }
  if (
    (m =
      /[Tt]iêu chí\s+([\p{Ll}\p{M} ]{3,40}?)\s+của\s+(?:xã|thôn)\s+\p{Lu}[^.]*?\s+cơ bản đạt/u.exec(
        text,
      ))
  )
    add(m, 1, 'co-ban-dat');
  if ((m = /tiêu chí\s+([\p{Ll}\p{M} ]{3,40}?)\s+chưa được bảo đảm/u.exec(text)))
    add(m, 1, 'chua-dat', '"chưa được bảo đảm" được hiểu là chưa đạt');
  if (
    (m =
      /đạt\s+(?:được\s+)?(\d{1,2})\s*\/\s*\d{1,2}\s+tiêu chí\s+gồm\s*:?\s*(.+?)(?=[.](?!\d)|$)/u.exec(
        text,
      )) &&
    !out.some((o) => o.status === 'dat')
  )
    add(m, 2, 'dat', undefined, 1);
  // One list per position: the first pattern that found it wins.
  return out.filter((o, i) => !out.slice(0, i).some((p) => Math.abs(p.index - o.index) < 3));
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

function readNamedCriteria(
  paragraph: string,
  s: { start: number; text: string },
  units: readonly UnitMention[],
  ctx: CountContext,
  found: CountsFound,
  sentenceCounts: readonly ExtractedCount[],
  year: number | undefined,
  previous: ExtractedCount | undefined,
): void {
  const text = s.text;
  // "Chỉ tiêu 17.8 … của xã Gia Hòa vẫn chưa đạt."
  const code =
    /[Cc]hỉ tiêu\s+(\d{1,2})\.(\d{1,2})(?!\d)[^.]*?(chưa đạt|cơ bản đạt|đã đạt|đạt)/u.exec(text);
  const lists = namedLists(text);
  if (lists.length === 0 && !code) return;
  const own = sentenceCounts.filter((c) => c.kind === 'criteria').at(-1);
  // "Xã Lâm Hợp đạt 16/20 tiêu chí. Các tiêu chí chưa đạt đó là: …": a list opening its own sentence
  // with "Các tiêu chí" belongs to the count of the sentence before, said of the same unit.
  const carried =
    !own && previous && previous.unit?.name && /^(?:Các|Những|\d{1,2})\s+tiêu chí/u.test(text)
      ? previous
      : undefined;
  const ratio = own ?? carried;
  for (const l of lists) {
    const { unit, review: unitReview } = ratio
      ? {
          unit: ratio.unit,
          review: carried
            ? `danh sách ở câu sau câu nêu ${carried.met}/${carried.of}: gán cho ${carried.unit ? carried.unit.name : ''}`
            : undefined,
        }
      : (() => {
          const r = unitBefore(paragraph, s.start + l.index, units);
          // "Tiêu chí trường học của xã Thọ Lập cơ bản đạt": the unit named right after the list.
          const after = units.find(
            (u) =>
              u.name &&
              u.index >= s.start + l.index + l.list.length &&
              /^\s*của\s*$/u.test(paragraph.slice(s.start + l.index + l.list.length, u.index)),
          );
          if (!r.unit && after)
            return { unit: { kind: after.kind, name: after.name! }, review: undefined };
          return {
            unit: r.unit
              ? { kind: r.unit.kind, ...(r.unit.name ? { name: r.unit.name } : {}) }
              : null,
            review: r.review,
          };
        })();
    const names0 = l.list.split(/\s*[;,]\s*|\s+và\s+/u).map((n) => n.trim());
    const numbers = names0.flatMap((n) =>
      [...n.matchAll(/số\s+(\d{1,2})/gu)].map((x) => Number(x[1])),
    );
    const clues: SetClues = {
      ...(ratio?.of !== undefined ? { of: ratio.of } : {}),
      // "theo bộ tiêu chí mới": the year of the article, not a year the sentence looks back to.
      ...(/bộ tiêu chí mới/u.test(text)
        ? { newSet: true, ...(ctx.year !== undefined ? { year: ctx.year } : {}) }
        : year !== undefined
          ? { year }
          : {}),
      ...(ctx.province ? { province: ctx.province } : {}),
      ...(numbers.length > 0 ? { numbers } : {}),
    };
    const choice = ratio?.set
      ? { set: ctx.knowledge.sets.find((x) => x.id === ratio.set), review: undefined }
      : (() => {
          const c = chooseSet(ctx.knowledge, clues);
          return { set: c.set, review: c.review };
        })();
    const set =
      choice.set ??
      (numbers.length > 0 || year === undefined ? nationalFallback(ctx.knowledge) : undefined);
    const items = splitList(l.list, set);
    const matched: ExtractedCriterion[] = [];
    for (const written of items) {
      const fromNumber = /số\s+(\d{1,2})/u.exec(written);
      const match = set
        ? matchCriterionName(written, set)
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
      if (choice.set) c.set = choice.set.id;
      const notes = [
        unitReview,
        match.review,
        l.review,
        choice.set
          ? ratio
            ? undefined
            : choice.review
          : set
            ? undefined
            : 'không xác định được bộ tiêu chí',
      ];
      if (!unit?.name) notes.push('bài không nêu tên xã');
      const r = joinReviews(...notes);
      if (r) c.review = r;
      matched.push(c);
    }
    found.criteria.push(...matched);
    // The status of the criteria the list leaves out, when the count allows it.
    const countFor = ratio ?? undefined;
    if (countFor && countFor.met !== undefined && countFor.of !== undefined && choice.set) {
      const named = new Set(matched.map((c) => c.number));
      const rest = choice.set.criteria.map((c) => c.number).filter((n) => !named.has(n));
      if (l.status === 'chua-dat' && named.size === countFor.of - countFor.met)
        found.otherwise.push({
          unit,
          status: 'dat',
          review: `${named.size} tiêu chí chưa đạt được nêu tên, khớp ${countFor.of} − ${countFor.met}; các tiêu chí còn lại được ghi là Đạt`,
        });
      else if (l.status === 'dat' && named.size === countFor.met)
        found.otherwise.push({
          unit,
          status: 'chua-dat',
          numbers: rest,
          review: `bài chỉ liệt kê ${named.size} tiêu chí đạt (đủ ${countFor.met}/${countFor.of}); các tiêu chí còn lại được suy là chưa đạt`,
        });
    }
    // "còn 2 tiêu chí chưa đạt là …" with no count: the count is the set's size less those named.
    if (
      !ratio &&
      l.status === 'chua-dat' &&
      l.announced !== undefined &&
      choice.set &&
      l.announced === matched.length &&
      !/rớt|không còn đạt/u.test(text)
    ) {
      found.counts.push({
        unit,
        kind: 'criteria',
        met: choice.set.size - l.announced,
        of: choice.set.size,
        set: choice.set.id,
        review: joinReviews(
          `bài chỉ nêu ${l.announced} tiêu chí chưa đạt; ${choice.set.size - l.announced}/${choice.set.size} được suy từ bộ ${choice.set.id}`,
          unitReview,
        )!,
        evidence: l.list,
      });
    }
  }
  if (code) {
    const { unit } = unitBefore(paragraph, s.start + text.length, units);
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
}

/** The national commune set to match names against when the year is not known (numbers only). */
function nationalFallback(knowledge: CriteriaKnowledge): KnownSet | undefined {
  return [...knowledge.sets]
    .filter((s) => s.level === 'xa' && s.tier === 'co-ban' && !s.province && s.size === 19)
    .sort((a, b) => b.periodFrom - a.periodFrom)[0];
}
