/**
 * Levels of the standard and where each unit stands (a target, a proposal, the appraisal
 * council's examination or vote, a recognition, "đạt chuẩn" with no decision named, a
 * re-recognition after a merger), and the council's votes, only as the text states them: a
 * percentage is never turned into a count, and one vote is not applied to another level.
 */
import type { RecognitionLevel, RecognitionStatus } from '../schemas/recognitions.ts';
import { sentences } from './text.ts';
import { findUnits, sameUnit, unitBefore, type UnitMention, type UnitRef } from './units.ts';

/** A unit at a level and a stage. */
export interface ExtractedLevel {
  unit: UnitRef | null;
  parent?: UnitRef;
  level: RecognitionLevel;
  status: RecognitionStatus;
  /** The year of the standard, or of the target ("2018–2019" when the text gives a range). */
  year?: number | string;
  round?: string;
  /** The recognising decision's number as written ("2875/QĐ-UBND"). */
  decision?: string;
  review?: string;
  evidence: string;
}

/** A vote, with only the numbers the text gives. */
export interface ExtractedVote {
  body?: string;
  subject?: string;
  for?: number;
  against?: number;
  present?: number;
  members?: number;
  percent?: number;
  percentOf?: 'present' | 'members';
  /** The units the vote is on, when the text lists them with it. */
  units: UnitRef[];
  review?: string;
  evidence: string;
}

const LEVEL_WORDS = String.raw`(?:xã\s+)?(?:đạt\s+)?(?:chuẩn\s+)?(?:(?:xã|thôn)\s+)?(?:nông thôn mới|NTM)(?:\s+(nâng cao|kiểu mẫu))?`;

/** The level a phrase names, from the unit's kind and the tier words. */
function levelOf(kind: UnitRef['kind'] | undefined, phrase: string): RecognitionLevel {
  const p = phrase.toLocaleLowerCase('vi');
  if (/khu dân cư[^.]*kiểu mẫu|thôn[^.]*kiểu mẫu/u.test(p) && kind !== 'xa')
    return 'khu-dan-cu-kieu-mau';
  if (kind === 'huyen' || kind === 'thi-xa' || kind === 'thanh-pho') return 'huyen-ntm';
  if (kind && ['thon', 'ban', 'xom', 'khu-dan-cu', 'to-dan-pho', 'ap'].includes(kind))
    return /kiểu mẫu/u.test(p) ? 'khu-dan-cu-kieu-mau' : 'thon-ntm';
  if (/kiểu mẫu/u.test(p)) return 'xa-ntm-kieu-mau';
  if (/nâng cao/u.test(p)) return 'xa-ntm-nang-cao';
  return 'xa-ntm';
}

const ref = (u: UnitMention | UnitRef): UnitRef => ({
  kind: u.kind,
  ...(u.name ? { name: u.name } : {}),
});

/** The year of the standard written after the level ("đạt chuẩn nông thôn mới nâng cao năm 2023"). */
function standardYear(after: string): number | undefined {
  const m = /^[^.;]{0,40}?năm\s+(\d{4})(?!\s*[–-]\s*\d)/u.exec(after);
  return m ? Number(m[1]) : undefined;
}

/** What the paragraphs say about levels and votes; `council` is true for an appraisal council's article. */
export function findLevels(
  paragraphs: readonly string[],
  options: { council: boolean; year?: number } = { council: false },
): { levels: ExtractedLevel[]; votes: ExtractedVote[] } {
  const levels: ExtractedLevel[] = [];
  const votes: ExtractedVote[] = [];
  const perParagraph = paragraphs.map((paragraph) => {
    const units = findUnits(paragraph);
    let offset = 0;
    const list = sentences(paragraph).map((sentence) => {
      const start = paragraph.indexOf(sentence, offset);
      offset = start + sentence.length;
      const inSentence = units.filter(
        (u) => u.index >= start && u.end <= start + sentence.length && u.name,
      );
      const vote = readVote(sentence, inSentence);
      if (vote) votes.push(vote);
      return { sentence, start, inSentence, vote };
    });
    return { paragraph, units, sentences: list };
  });
  const council = options.council || votes.length > 0;
  if (council) levels.push(...councilLevels(perParagraph, votes, options.year));
  for (const p of perParagraph)
    for (const s of p.sentences)
      levels.push(
        ...readLevels(p.paragraph, s.sentence, s.start, p.units, s.inSentence, {
          council,
          ...(options.year !== undefined ? { year: options.year } : {}),
          voted: s.vote !== undefined,
          councilVoteSeen: votes.length > 0,
        }).filter((l) => !(council && levels.some((c) => sameUnit(c.unit, l.unit)))),
      );
  // A level said of no named unit records nothing: the counts keep the numbers.
  return { levels: dedupe(levels).filter((l) => l.unit?.name !== undefined), votes };
}

const COUNT_WORD = String.raw`(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy)`;
/** The level words right before a list of communes ("4 xã đạt chuẩn NTM gồm:", "2 xã đạt chuẩn nông thôn mới nâng cao là"). */
const LEVEL_BEFORE_LIST = new RegExp(
  String.raw`${COUNT_WORD}\s+xã\s+(?:đề nghị\s+(?:xét\s+)?công nhận\s+)?(?:đạt\s+)?(?:chuẩn\s+)?(?:NTM|nông thôn mới)(?:\s+(nâng cao|kiểu mẫu))?(?:\s+năm\s+\d{4})?\s*(?:gồm|là)?\s*:?\s*\(?\s*$`,
  'iu',
);
/** A list of communes followed by its level ("3 xã Kỳ Tây, Kỳ Hợp, Kỳ Lâm đạt chuẩn nông thôn mới"). */
const LEVEL_AFTER_LIST = /^\s*\)?\s*đạt chuẩn\s+(?:NTM|nông thôn mới)(?:\s+(nâng cao|kiểu mẫu))?/iu;

/** A sentence as `findLevels` reads it: where it starts, the named units in it, its vote. */
interface SentenceReading {
  sentence: string;
  start: number;
  inSentence: readonly UnitMention[];
  vote?: ExtractedVote | undefined;
}

/** A paragraph as `findLevels` reads it: its units and its sentences. */
interface ParagraphReading {
  paragraph: string;
  units: readonly UnitMention[];
  sentences: readonly SentenceReading[];
}

/** A list of communes an appraisal council examined at one level, in one sentence. */
interface CouncilGroup {
  units: UnitMention[];
  /** The tier words after the level ("nâng cao", "kiểu mẫu"), if any. */
  tier: string | undefined;
  sentence: string;
  /** The text only says the council examined the files ("xem xét hồ sơ"). */
  considered: boolean;
  /** A vote in the same sentence names this list. */
  direct: boolean;
  /** The round of the examination ("đợt 2 năm 2022"). */
  round?: string;
}

/**
 * The communes an appraisal council examined, by list and level, and where each stands: voted
 * when a vote names them (in their sentence, or as "N xã nêu trên"), considered when the text only
 * says the council examined the files, otherwise voted with a note that no result is given.
 */
function councilLevels(
  paragraphs: readonly ParagraphReading[],
  votes: readonly ExtractedVote[],
  year: number | undefined,
): ExtractedLevel[] {
  const groups = paragraphs.flatMap((p) => {
    const round = /đợt\s+(\d+),?\s+năm\s+(\d{4})/u.exec(p.paragraph);
    const roundText = round ? `đợt ${round[1]} năm ${round[2]}` : undefined;
    return p.sentences.flatMap((s) => councilGroups(s, roundText));
  });
  const covering = coveringVote(groups, votes);
  const lead = paragraphs[0]?.sentences[0]?.sentence ?? '';
  const leadYear = /đạt chuẩn[^.]{0,40}?năm\s+(\d{4})/u.exec(lead)?.[1];
  const groupYear = leadYear ? Number(leadYear) : year;
  return groups.flatMap((g) => groupLevels(g, g.direct || covering !== undefined, groupYear));
}

/** The lists of communes a sentence gives with a level ("4 xã đạt chuẩn NTM gồm: …", "3 xã …, … đạt chuẩn nông thôn mới"). */
function councilGroups(s: SentenceReading, round: string | undefined): CouncilGroup[] {
  const lists = [
    ...new Set(
      s.inSentence.filter((u) => u.list !== undefined && u.kind === 'xa').map((u) => u.list!),
    ),
  ];
  const groups: CouncilGroup[] = [];
  for (const list of lists) {
    const members = s.inSentence.filter((u) => u.list === list);
    const first = members[0]!.end - members[0]!.name!.length - s.start;
    const last = members[members.length - 1]!.end - s.start;
    const head = s.sentence.slice(Math.max(0, first - 90), first);
    const tail = s.sentence.slice(last).replace(/^\s*\([^)]*\)/u, '');
    const level =
      LEVEL_BEFORE_LIST.exec(head) ??
      (new RegExp(`${COUNT_WORD}\\s+xã\\s*$`, 'u').test(head) ? LEVEL_AFTER_LIST.exec(tail) : null);
    if (!level) continue;
    const clauseBefore = s.sentence.slice(0, first);
    groups.push({
      units: members,
      tier: level[1],
      sentence: s.sentence,
      considered: /xem xét hồ sơ/u.test(clauseBefore),
      direct:
        s.vote !== undefined && /(?:đồng ý|nhất trí|tán thành|bỏ phiếu)[^.]*$/u.test(clauseBefore),
      ...(round !== undefined ? { round } : {}),
    });
  }
  return groups;
}

/** The vote that covers every group: one that says "nêu trên" or counts all their communes. */
function coveringVote(
  groups: readonly CouncilGroup[],
  votes: readonly ExtractedVote[],
): ExtractedVote | undefined {
  const total = groups.reduce((n, g) => n + g.units.length, 0);
  return votes.find(
    (v) =>
      /nêu trên|các xã trên|các xã này/u.test(v.evidence) ||
      new RegExp(`(?<!\\d)${total}\\s+xã`, 'u').test(v.evidence),
  );
}

/** Where each commune of a council's group stands, with a note when no vote result is given. */
function groupLevels(g: CouncilGroup, voted: boolean, year: number | undefined): ExtractedLevel[] {
  const status: RecognitionStatus = voted || !g.considered ? 'voted' : 'considered';
  const notes: string[] = [];
  if (!voted && g.considered)
    notes.push('bài chỉ nói Hội đồng xem xét hồ sơ, không nêu kết quả bỏ phiếu cho nhóm xã này');
  if (!voted && !g.considered) notes.push('bài không nêu kết quả bỏ phiếu cho nhóm xã này');
  return g.units.map((u) => {
    const l: ExtractedLevel = {
      unit: ref(u),
      level: g.tier ? levelOf('xa', g.tier) : 'xa-ntm',
      status,
      evidence: g.sentence,
    };
    if (year !== undefined) l.year = year;
    if (g.round) l.round = g.round;
    if (u.parent) l.parent = u.parent;
    const review = [...notes, ...(u.parentReview ? [u.parentReview] : [])].join('; ');
    if (review) l.review = review;
    return l;
  });
}

function dedupe(levels: ExtractedLevel[]): ExtractedLevel[] {
  const out: ExtractedLevel[] = [];
  for (const l of levels)
    if (!out.some((o) => sameUnit(o.unit, l.unit) && o.level === l.level && o.status === l.status))
      out.push(l);
  return out;
}

function readVote(sentence: string, units: readonly UnitMention[]): ExtractedVote | undefined {
  const s = sentence;
  if (
    !/(bỏ phiếu|phiếu|thành viên[^.]{0,40}(?:đồng ý|nhất trí|tán thành)|\d+%\s*thành viên)/iu.test(
      s,
    )
  )
    return undefined;
  const v: ExtractedVote = { units: [], evidence: s };
  let m: RegExpExecArray | null;
  if (
    (m = /(\d{1,3})\s*\/\s*(\d{1,3})\s+thành viên(?:\s+Hội đồng)?(\s+(?:có mặt|dự họp))?/u.exec(s))
  ) {
    v.for = Number(m[1]);
    if (m[3]) v.present = Number(m[2]);
    else v.members = Number(m[2]);
  }
  if ((m = /(\d{1,3})\s+phiếu\s+(?:đồng ý|tán thành|nhất trí)/u.exec(s))) v.for = Number(m[1]);
  if ((m = /(\d{1,3})\s+phiếu\s+không\s+(?:đồng ý|tán thành)/u.exec(s))) v.against = Number(m[1]);
  if ((m = /có\s+(\d{1,3})\s+thành viên\s*,\s*(\d{1,3})\s+thành viên\s+có mặt/u.exec(s))) {
    v.members = Number(m[1]);
    v.present = Number(m[2]);
  }
  if ((m = /(\d{1,3}(?:,\d+)?)\s*%\s*(thành viên[^,.;]*?)?(?:\s|$|[).,;])/u.exec(s))) {
    v.percent = Number(m[1]!.replace(',', '.'));
    const of = m[2] ?? '';
    if (/có mặt|dự họp/u.test(of)) v.percentOf = 'present';
    else if (/toàn bộ thành viên|tất cả thành viên/u.test(s)) v.percentOf = 'members';
  }
  if (v.percent === undefined && /toàn bộ thành viên[^.]*\(100\s*%\)/u.test(s)) {
    v.percent = 100;
    v.percentOf = 'members';
  }
  if (v.for === undefined && v.percent === undefined && v.against === undefined) return undefined;
  const subject =
    /(?:đồng ý|nhất trí|tán thành|bỏ phiếu đồng ý)\s+((?:đề nghị\s+)?(?:xét\s+)?công nhận[^.]*?)(?=\.|$)/u.exec(
      s,
    );
  if (subject) v.subject = subject[1]!.replace(/\s*gồm\s*:.*$/u, '').trim();
  const body =
    /(Hội đồng(?:\s+thẩm định)?(?:\s+(?:tỉnh|huyện)(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?)?)/u.exec(
      s,
    );
  if (body) v.body = body[1]!;
  v.units = units.map(ref);
  const notes: string[] = [];
  if (!v.subject) notes.push('bài không nêu nội dung biểu quyết trong câu này');
  if (!body) notes.push('bài không nêu tên Hội đồng');
  if (notes.length > 0) v.review = notes.join('; ');
  return v;
}

/** A level phrase, the stage it states and the review note every match of it carries. */
interface LevelPattern {
  /** Global, case-insensitive; group 1 holds the level words where the phrase names them. */
  re: RegExp;
  status: RecognitionStatus;
  note?: string;
}

/** The phrases that put a named unit at a level and a stage, in the order they are tried. */
const LEVEL_PATTERNS: readonly LevelPattern[] = [
  {
    re: new RegExp(
      String.raw`(?:long trọng\s+)?tổ chức\s+[Ll]ễ[^.]{0,80}?đón nhận\s+Bằng công nhận\s+(?:xã\s+|thôn\s+)?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'recognised',
  },
  {
    re: new RegExp(
      String.raw`đón nhận\s+Bằng công nhận\s+(?:xã\s+|thôn\s+)?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'recognised',
  },
  {
    re: new RegExp(
      String.raw`(?:ban hành\s+)?Quyết định[^.]{0,40}?công nhận\s+(?:xã|thôn|huyện)?[^.]{0,40}?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'recognised',
  },
  {
    re: new RegExp(
      String.raw`được\s+(?:[^.]{0,30}?)công nhận\s+(?:đạt chuẩn\s+)?(${LEVEL_WORDS}|đạt chuẩn\s+khu dân cư nông thôn mới kiểu mẫu|đạt chuẩn)`,
      'giu',
    ),
    status: 'recognised',
  },
  {
    re: new RegExp(
      String.raw`(?:được\s+[^.]{0,30}?)?thừa nhận\s+(?:đạt chuẩn\s+)?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 're-recognised',
    note: '"thừa nhận": xã mới kế thừa chuẩn của các xã cũ',
  },
  {
    re: new RegExp(
      String.raw`hồ sơ đề nghị\s+(?:xét\s+)?công nhận\s+[^.]{0,40}?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'proposed',
  },
  {
    re: /(?:đang\s+)?hoàn thiện hồ sơ đề nghị\s+(?:xét\s+)?công nhận(?=\s*[.,;]|$)/giu,
    status: 'proposed',
    note: 'mức chuẩn không nêu rõ',
  },
  {
    re: new RegExp(
      String.raw`(?:họp xét,?\s+)?đề nghị\s+(?:UBND tỉnh\s+|Chủ tịch UBND tỉnh\s+)?(?:xem xét,?\s+quyết định\s+)?công nhận\s+(?:xã\s+)?[^.]{0,40}?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'voted',
  },
  {
    re: new RegExp(
      String.raw`(?:phấn đấu|mục tiêu(?!\s+quốc gia))\s+[^.]{0,40}?(?:về đích|đạt chuẩn|xây dựng)\s+(?:xã\s+)?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'target',
  },
  {
    re: new RegExp(String.raw`(?:về đích|hoàn thành xây dựng)\s+(${LEVEL_WORDS})`, 'giu'),
    status: 'target',
  },
  {
    re: new RegExp(
      String.raw`(?:nghị quyết chuyên đề|kế hoạch)\s+về\s+xây dựng\s+(?:xã\s+)?(${LEVEL_WORDS})`,
      'giu',
    ),
    status: 'target',
  },
  {
    re: new RegExp(
      String.raw`(?<!công nhận\s)(?<!được\s)đạt chuẩn\s+((?:xã|thôn)\s+(?:nông thôn mới|NTM)(?:\s+(?:nâng cao|kiểu mẫu))?|(?:nông thôn mới|NTM)(?:\s+(?:nâng cao|kiểu mẫu))?\s+năm\s+\d{4}|thôn nông thôn mới|khu dân cư nông thôn mới kiểu mẫu)`,
      'giu',
    ),
    status: 'reached',
  },
  {
    re: new RegExp(
      String.raw`đạt\s+(\d{1,2})\s*\/\s*\1\s+tiêu chí\s+(khu dân cư nông thôn mới kiểu mẫu|thôn nông thôn mới)`,
      'giu',
    ),
    status: 'reached',
    note: 'đạt đủ tiêu chí, chưa nói đã có quyết định công nhận',
  },
];

/** How a sentence is read for levels: in a council's article, and whether a vote was seen. */
interface LevelOptions {
  council: boolean;
  year?: number;
  /** This sentence states a vote. */
  voted: boolean;
  /** Some sentence of the article states the council's vote. */
  councilVoteSeen: boolean;
}

/** Where the units of one sentence stand, by the level phrases it contains. */
function readLevels(
  paragraph: string,
  sentence: string,
  start: number,
  units: readonly UnitMention[],
  inSentence: readonly UnitMention[],
  options: LevelOptions,
): ExtractedLevel[] {
  const out: ExtractedLevel[] = [];
  for (const { re, status, note } of LEVEL_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      if (skipsPhrase(m, status, sentence, options.council, out)) continue;
      const targets = subjectsOf(paragraph, start, m.index, m[0], sentence, units, inSentence);
      const year = yearOfPhrase(sentence, m, status);
      const decision = /Quyết định\s+số\s+([\dA-ZĐa-zđ/-]+[A-ZĐ])/u.exec(sentence)?.[1];
      for (const t of targets.units) {
        if (out.some((o) => sameUnit(o.unit, t.unit) && o.status === status)) continue;
        const extra: Partial<ExtractedLevel> = {};
        if (year !== undefined) extra.year = year;
        if (status === 'recognised' && decision) extra.decision = decision;
        const notes = [
          targets.review,
          note,
          ...stageNotes(status, sentence, m[0], year, extra.decision, options),
        ];
        const r = notes.filter(Boolean).join('; ');
        if (r) extra.review = r;
        out.push(unitLevel(t.unit, status, m[0], sentence, extra));
      }
    }
  }
  return out;
}

/**
 * Whether a matched phrase is left out: a council's counted list (its groups are read by
 * `councilLevels`), a stage and level this sentence already gave, or "đạt chuẩn …" that is part
 * of another stage's phrase.
 */
function skipsPhrase(
  m: RegExpExecArray,
  status: RecognitionStatus,
  sentence: string,
  council: boolean,
  read: readonly ExtractedLevel[],
): boolean {
  if (council && (status === 'voted' || status === 'recognised') && /\d+\s+xã/u.test(m[0]))
    return true;
  if (
    read.some(
      (o) =>
        o.evidence === sentence &&
        o.status === status &&
        levelOf(o.unit?.kind, m[0]) === o.level &&
        status !== 'reached',
    )
  )
    return true;
  // "đạt chuẩn …" after "công nhận", "đề nghị", "hồ sơ", "phấn đấu" is that stage's phrase, not a report that it was reached.
  return (
    status === 'reached' &&
    /(?:công nhận|thừa nhận|đề nghị|hồ sơ|phấn đấu|mục tiêu|xây dựng|đăng ký|Bằng)[^.;,]*$/iu.test(
      sentence.slice(0, m.index),
    )
  );
}

/** The year a level phrase gives: the standard's year after it, a range, or a year opening the sentence. */
function yearOfPhrase(
  sentence: string,
  m: RegExpExecArray,
  status: RecognitionStatus,
): number | string | undefined {
  const after = sentence.slice(m.index + m[0].length);
  const levelAt = m[0].search(/nông thôn mới|NTM/iu);
  return (
    standardYear((levelAt >= 0 ? m[0].slice(levelAt) : '') + after) ??
    yearRange(sentence) ??
    (status === 'reached' || status === 'recognised' ? leadingYear(sentence) : undefined)
  );
}

/** What a reviewer must check about a stage as the sentence states it (no vote result, no decision number, …). */
function stageNotes(
  status: RecognitionStatus,
  sentence: string,
  phrase: string,
  year: number | string | undefined,
  decision: string | undefined,
  options: LevelOptions,
): string[] {
  const s = sentence;
  const notes: string[] = [];
  if (status === 'voted' && !options.voted && !options.councilVoteSeen)
    notes.push('bài không nêu kết quả bỏ phiếu');
  if (
    status === 'recognised' &&
    !decision &&
    /được\s+(?:[^.]{0,30}?)công nhận/u.test(phrase) &&
    !/nông thôn mới|NTM/u.test(phrase)
  )
    notes.push('bài ghi "được công nhận đạt chuẩn", không nói mức: mặc định là xã nông thôn mới');
  if (status === 'recognised' && !decision) notes.push('bài không nêu số quyết định công nhận');
  if (status === 'recognised' && year === undefined) notes.push('bài không ghi năm đạt chuẩn');
  if (status === 'recognised' && /dự kiến|sẽ\s/u.test(s))
    notes.push(
      'bài nói sẽ đón nhận Bằng công nhận: đã có quyết định công nhận nhưng bài không nêu số, năm',
    );
  if (
    status === 'recognised' &&
    year !== undefined &&
    /[Ll]ễ|đón nhận/u.test(s) &&
    typeof year === 'number'
  )
    notes.push(`năm đạt chuẩn (${year}) có thể khác năm tổ chức lễ`);
  if (status === 'target' && typeof year === 'string')
    notes.push('mục tiêu theo giai đoạn, không phải kết quả');
  if (status === 'proposed' && /đang hoàn thiện|thẩm tra/u.test(s))
    notes.push(
      /thẩm tra/u.test(s)
        ? 'thẩm tra cấp huyện: hồ sơ còn phải qua thẩm định của tỉnh'
        : 'hồ sơ đang hoàn thiện, chưa nộp',
    );
  if (status === 'voted' && /thống nhất cao/u.test(s))
    notes.push('bài ghi "thống nhất cao", không có kết quả phiếu');
  return notes;
}

/** One unit's level record: the level its kind and the phrase name, with its parent and the parent's review note. */
function unitLevel(
  u: UnitMention | UnitRef | null,
  status: RecognitionStatus,
  phrase: string,
  evidence: string,
  extra: Partial<ExtractedLevel>,
): ExtractedLevel {
  const l: ExtractedLevel = {
    unit: u ? ref(u) : null,
    level: levelOf(u?.kind, phrase),
    status,
    evidence,
    ...extra,
  };
  if (u && 'parent' in u && u.parent) l.parent = u.parent;
  if (u && 'parentReview' in u && u.parentReview)
    l.review = [l.review, u.parentReview].filter(Boolean).join('; ');
  return l;
}

/** "Năm 2023, …" at the start of a sentence. */
function leadingYear(s: string): number | undefined {
  const m = /^(?:[Nn]ăm|[Tt]rong năm)\s+(\d{4})\s*,/u.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** A range year ("giai đoạn 2023–2025", "năm 2018 – 2019") for a target. */
function yearRange(s: string): string | undefined {
  const m = /(?:giai đoạn|năm)\s+(\d{4})\s*[–-]\s*(\d{4})/u.exec(s);
  return m ? `${m[1]}–${m[2]}` : undefined;
}

/** The units a level phrase at `index` is said of: the subject of its clause (or the unit it names right after "công nhận"). */
function subjectsOf(
  paragraph: string,
  start: number,
  index: number,
  matched: string,
  sentence: string,
  units: readonly UnitMention[],
  inSentence: readonly UnitMention[],
): { units: Array<{ unit: UnitMention | UnitRef | null }>; review?: string } {
  // A unit named inside the phrase ("công nhận xã Phú Thành đạt chuẩn", "đề nghị … xã Hương Trà").
  const phraseUnits = inSentence.filter(
    (u) => u.index >= start + index && u.index < start + index + matched.length,
  );
  if (phraseUnits.length > 0 && /công nhận|thừa nhận|đề nghị/iu.test(matched)) {
    const first = phraseUnits[0]!;
    return {
      units: phraseUnits
        .filter((u) => (u.list === undefined ? u === first : u.list === first.list))
        .map((u) => ({ unit: u })),
    };
  }
  // "là thôn Khuổi Luông và thôn Nà Hin" after the phrase.
  const named = /^[^.]*?\s+là\s+((?:thôn|xã)\s+[^.]+)/u.exec(sentence.slice(index));
  if (named) {
    const after = inSentence.filter((u) => u.index >= start + index + named.index);
    if (after.length > 0) return { units: after.map((u) => ({ unit: u })) };
  }
  const { unit, review } = unitBefore(paragraph, start + index, units);
  if (unit?.list !== undefined) {
    const group = units.filter((u) => u.list === unit.list);
    return { units: group.map((u) => ({ unit: u })), ...(review ? { review } : {}) };
  }
  if (!unit) {
    // "Sau khi được công nhận đạt chuẩn năm 2019, đến nay xã Kỳ Thượng …": the subject comes after.
    const later = inSentence.find((u) => u.index >= start + index + matched.length);
    if (later) return { units: [{ unit: later }] };
    return { units: [{ unit: null }], review: 'bài không nêu tên đơn vị' };
  }
  return { units: [{ unit }], ...(review ? { review } : {}) };
}
