/**
 * Reads a published Vietnamese news article (plain text) and pulls out the facts a meeting
 * record needs: title, publication, meeting date and part of day, chairs, cited documents,
 * numbered conclusions with their deadlines, criteria counts with the unmet criteria named,
 * and reported figures. Every fact keeps the exact text it came from (`evidence`), so the
 * draft can be checked against the article and nothing is invented.
 */
import {
  DOCUMENT_TYPE_NAMES,
  findDocumentCitations,
  type ParsedDocumentNumber,
} from '../domain/document-number.ts';
import { parseDeadline, parseVietnameseDate, type Deadline } from '../domain/vietnamese-date.ts';

/** A value read from the article, with the text it was read from and whether a person must check it. */
export interface Found<T> {
  value: T;
  /** The words of the article the value comes from. */
  evidence: string;
  /** Why a clerk should check it; absent when the text states it plainly. */
  review?: string;
}

export interface ExtractedPerson {
  name?: string;
  positions: string[];
  role?: string;
  description?: string;
  evidence: string;
}

export interface ExtractedCitation {
  raw: string;
  parsed: ParsedDocumentNumber;
  /** Day of issue written right after the number ("…, ngày 05/4/2021"). */
  date?: string;
  /** The words around the number, e.g. "Kết luận số 10-KL/HU, ngày 05/4/2021". */
  evidence: string;
}

/** A document cited by type and number only ("Quyết định số 1447", "kế hoạch 99"), with no full symbol. */
export interface NumberOnlyCitation {
  /** Type code (QĐ, KH, CT…). */
  type: string;
  number: number;
  evidence: string;
}

export interface ExtractedTask {
  /** Number of the conclusion it belongs to ("1", "2"); absent when the conclusions are not numbered. */
  conclusion?: string;
  text: string;
  deadline?: Found<Deadline>;
  /** Who it is given to, in the article's words ("Chi bộ TDP Hà Ra"). */
  assigneesText: string[];
}

/** A counted group at the meeting: "đại diện 9/10 đơn vị thành viên (vắng Trạm y tế …)". */
export interface ExtractedAttendance {
  group: string;
  present: number;
  expected: number;
  absent: string[];
  evidence: string;
}

export interface ExtractedCriteriaCount {
  /** Name of the commune or village as written ("Lâm Hợp"). */
  placeName: string;
  /** Kind word before the name ("xã", "thôn"). */
  placeKind: string;
  met: number;
  total: number;
  /** The criteria named as not met, in the article's words. */
  unmetNames: string[];
  evidence: string;
}

export interface ExtractedFigure {
  label: string;
  value: number;
  unit: string;
  estimate: boolean;
  /** True for a lower bound ("trên 1.000 lượt người"). */
  atLeast: boolean;
  /** The heading of the part of the article it is in ("Huyện ủy Kỳ Anh"), when the article has such headings. */
  section?: string;
  evidence: string;
}

/** Everything read from one article. */
export interface ExtractedArticle {
  title?: Found<string>;
  /** Publication day (YYYY-MM-DD) and time (HH:MM) as the site shows them. */
  published?: Found<{ date?: string; time?: string; yearInferred: boolean }>;
  /** Who posted it ("Người đăng: …"), when stated. */
  poster?: Found<string>;
  author?: Found<string>;
  date?: Found<string>;
  partOfDay?: Found<'sáng' | 'chiều' | 'tối'>;
  kind?: Found<'hoi-nghi' | 'cuoc-hop' | 'buoi-lam-viec'>;
  venue?: Found<string>;
  chairs: ExtractedPerson[];
  participants: ExtractedPerson[];
  attendance: ExtractedAttendance[];
  citations: ExtractedCitation[];
  numberOnlyCitations: NumberOnlyCitation[];
  tasks: ExtractedTask[];
  criteriaCounts: ExtractedCriteriaCount[];
  figures: ExtractedFigure[];
  /** The first sentence of the report, for a summary a clerk rewrites. */
  lead?: string;
  /** The article as read (NFC, spaces normalised), for evidence checks. */
  text: string;
}

/** NFC, non-breaking and repeated spaces made single, lines trimmed. */
export function normaliseArticle(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

const BOILERPLATE =
  /^(chi tiết tin|a\+ \| a \| a-|thông báo|emailprintaa|ảnh:|chủ trì buổi làm việc|đại biểu tham dự)$/i;

function findTitle(lines: string[]): Found<string> | undefined {
  const line = lines.find(
    (l) => l.split(' ').length >= 6 && !BOILERPLATE.test(l) && !/^(người đăng|đăng lúc)/i.test(l),
  );
  return line
    ? {
        value: line.replace(/\.$/, ''),
        evidence: line,
        review: 'dòng dài đầu tiên của bài, được lấy làm tiêu đề',
      }
    : undefined;
}

function findPublished(
  text: string,
  fallbackYear: () => number | undefined,
): Found<{ date?: string; time?: string; yearInferred: boolean }> | undefined {
  // "Ngày đăng: 2:03 | 13/07", "22:46 08/09/2020", "16:58 14/04/2017", "Đăng lúc: 09:28:59 19/07/2021 (GMT+7)"
  const m = /(\d{1,2}:\d{2})(?::\d{2})?\s*\|?\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/.exec(text);
  if (!m) return undefined;
  const year = m[4] ? Number(m[4]) : fallbackYear();
  const date = year === undefined ? undefined : parseVietnameseDate(`${m[2]}/${m[3]}/${year}`);
  const value: { date?: string; time?: string; yearInferred: boolean } = {
    time: m[1]!,
    yearInferred: !m[4],
  };
  if (date?.ok) value.date = date.value.iso;
  const found: Found<typeof value> = { value, evidence: m[0] };
  if (!m[4]) found.review = 'trang không ghi năm đăng: năm được suy từ các ngày trong bài';
  return found;
}

// Start of the report: "Chiều ngày 11/7, tại …", "Sáng ngày 8/9,Thường trực …", "Chiều ngày 18/5/2022 Thường trực …"
const MEETING_DATE =
  /(?:(Sáng|Chiều|Tối|sáng|chiều|tối) )?ngày (\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?!\d)/u;

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.])\s+(?=[A-ZĐÁÀẢÃẠÂĂÉÈÊÍÓÔƠÚƯÝ(])/u);
}

/** Splits a run of people joined by ";" ("A, chức vụ; B, chức vụ") into persons. */
function parsePeople(phrase: string): ExtractedPerson[] {
  const cleaned = phrase
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const start = /^(?:các |Các )?(?:Đ\/c|Đ\/C|đ\/c|[Đđ]ồng chí)\s*/u;
  if (!start.test(cleaned)) {
    return [
      {
        positions: [],
        description: cleaned.charAt(0).toUpperCase() + cleaned.slice(1),
        evidence: phrase,
      },
    ];
  }
  const rest = cleaned.replace(start, '');
  const people: ExtractedPerson[] = [];
  for (const part of rest.split(/\s*;\s*/)) {
    const name = /^((?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){1,4})(?=$|[\s,-])/u.exec(
      part,
    )?.[1];
    if (!name) {
      people.push({ positions: [], description: `Các đồng chí ${part}`.trim(), evidence: phrase });
      continue;
    }
    const positions = part
      .slice(name.length)
      .split(/\s+-\s+|,\s*/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    people.push({ name, positions, evidence: part });
  }
  return people;
}

function findChairs(paragraphs: string[]): ExtractedPerson[] {
  for (const p of paragraphs) {
    for (const s of sentences(p)) {
      const at = s.search(/\s(?:đã )?chủ trì(?![\p{L}])/u);
      if (at < 0) continue;
      // The chair is named after "Đ/c" / "Đồng chí", or else after the last comma before "chủ trì".
      let subject = s.slice(0, at);
      const who = subject.search(/(?:Các đồng chí|các đồng chí|Đồng chí|đồng chí|Đ\/c|Đ\/C)\s/u);
      if (who >= 0) subject = subject.slice(who);
      else if (subject.lastIndexOf(', ') >= 0)
        subject = subject.slice(subject.lastIndexOf(', ') + 2);
      if (subject.trim().length < 3) continue;
      return parsePeople(subject);
    }
  }
  return [];
}

function findParticipants(paragraphs: string[]): ExtractedPerson[] {
  const out: ExtractedPerson[] = [];
  for (const p of paragraphs) {
    for (const m of p.matchAll(
      /(?:Tham dự|Tham gia)[^.]*?\b(?:có )?Đ\/c (\p{Lu}[\p{L} ]+?) - ([^(,.]+?)(?: \(([^)]+)\))?(?=[,.])/gu,
    )) {
      const person: ExtractedPerson = {
        name: m[1]!.trim(),
        positions: [m[2]!.trim()],
        evidence: m[0],
      };
      if (m[3]) person.role = m[3].trim();
      out.push(person);
    }
  }
  return out;
}

function findAttendance(text: string): ExtractedAttendance[] {
  const out: ExtractedAttendance[] = [];
  // Only counts followed by who was absent: a ratio alone may be anything ("đạt 16/20 tiêu chí").
  for (const m of text.matchAll(
    /(?<![\d/])(\d{1,3})\/(\d{1,3}) ([^.;]{3,120}?) \(vắng ([^)]+)\)/gu,
  )) {
    const present = Number(m[1]);
    const expected = Number(m[2]);
    const absent = m[4]!
      .split(/,\s*|\s+và\s+/u)
      .map((a) => a.trim())
      .filter((a) => a.length > 0);
    if (present > expected || expected === 0) continue;
    const group = m[3]!.trim();
    out.push({
      group: group.charAt(0).toUpperCase() + group.slice(1),
      present,
      expected,
      absent: present + absent.length === expected ? absent : [],
      evidence: m[0],
    });
  }
  return out;
}

function findCitations(text: string): ExtractedCitation[] {
  const byCanonical = new Map<string, ExtractedCitation>();
  for (const c of findDocumentCitations(text)) {
    const after = text.slice(c.end, c.end + 40);
    const dated = /^\s*,?\s*(?:ngày|ban hành ngày)\s*(\d{1,2}\/\d{1,2}\/\d{4})/u.exec(after);
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const lead = /(?:\p{L}+ ){0,3}(?:số:? ?)?$/u.exec(before)?.[0] ?? '';
    const evidence = `${lead}${c.raw}${dated ? dated[0] : ''}`.trim();
    const date = dated ? parseVietnameseDate(dated[1]!) : undefined;
    const existing = byCanonical.get(c.parsed.canonical);
    if (existing) {
      if (!existing.date && date?.ok) {
        existing.date = date.value.iso;
        existing.evidence = evidence;
      }
      continue;
    }
    const citation: ExtractedCitation = { raw: c.raw, parsed: c.parsed, evidence };
    if (date?.ok) citation.date = date.value.iso;
    byCanonical.set(c.parsed.canonical, citation);
  }
  return [...byCanonical.values()];
}

const TYPE_BY_NAME = new Map(
  Object.entries(DOCUMENT_TYPE_NAMES).map(([code, name]) => [name.toLowerCase(), code]),
);

function findNumberOnlyCitations(text: string): NumberOnlyCitation[] {
  const names = [...TYPE_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}])(${names}) (?:số:? ?)?(\\d{1,5})(?![\\d/-]|\\p{L})`,
    'giu',
  );
  const seen = new Set<string>();
  const out: NumberOnlyCitation[] = [];
  for (const m of text.matchAll(pattern)) {
    const type = TYPE_BY_NAME.get(m[1]!.toLowerCase())!;
    const key = `${type} ${Number(m[2])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type, number: Number(m[2]), evidence: m[0] });
  }
  return out;
}

/** The assignee words at the start of a task: "Giao cho X …", "Đề nghị X …", "Đối với X: …". */
function assigneesOf(text: string): string[] {
  const forWhom = /^Đối với ([^:]{3,80}):/u.exec(text);
  if (forWhom) return [forWhom[1]!.trim()];
  const given =
    /(?:^|[;:.]\s*)(?:Giao cho|giao cho|Đề nghị|Yêu cầu) (.{3,80}?)(?= (?:xây dựng|rà soát|tiếp thu|chỉ đạo|phối hợp|tổ chức|tiến hành|kiểm tra|phát huy|thực hiện|và hoàn thành)\b|,)/u.exec(
      text,
    );
  return given ? [given[1]!.trim()] : [];
}

function taskFrom(
  conclusion: string | undefined,
  text: string,
  referenceYear: number | undefined,
  assignees?: string[],
): ExtractedTask {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-+•]\s*/, '');
  const task: ExtractedTask = { text: clean, assigneesText: assignees ?? assigneesOf(clean) };
  if (conclusion !== undefined) task.conclusion = conclusion;
  const deadline = parseDeadline(clean, referenceYear === undefined ? {} : { referenceYear });
  if (deadline.ok) {
    const phrase =
      /(?:hoàn thành|hoàn tành|xong|trước|trong|đến|chậm nhất|cuối)[^.;()]*?(?:\d{4})/iu.exec(
        clean,
      )?.[0] ?? clean;
    task.deadline = { value: deadline.value, evidence: phrase.trim() };
    if (deadline.value.inferredYear)
      task.deadline.review = 'hạn không ghi năm: lấy năm của cuộc họp';
  }
  return task;
}

/**
 * Conclusions written as one sentence: "Kết luận buổi làm việc, đồng chí Bí thư giao nhiệm vụ cho
 * 2 đơn vị phải A; B; đối với đoàn công tác phải C." Each clause is a task of the named assignee.
 */
function tasksOfOneSentence(line: string, referenceYear: number | undefined): ExtractedTask[] {
  const m = /(?:giao nhiệm vụ cho|yêu cầu|đề nghị) (.{3,60}?) phải ([^.]+)\./u.exec(line);
  if (!m) return [];
  return m[2]!
    .split(/\s*;\s*/)
    .filter((clause) => clause.length > 10)
    .map((clause) => {
      const other = /^đối với (.{3,60}?) phải (.+)$/u.exec(clause);
      const text = other ? other[2]! : clause;
      return taskFrom(undefined, text.charAt(0).toUpperCase() + text.slice(1), referenceYear, [
        other ? other[1]! : m[1]!,
      ]);
    });
}

function findTasks(text: string, referenceYear: number | undefined): ExtractedTask[] {
  const tasks: ExtractedTask[] = [];
  // Inline numbering "(1) … (2) …", with sub-items "(+) …".
  const inline = [...text.matchAll(/\((\d{1,2})\)\s/g)];
  if (inline.length >= 2) {
    inline.forEach((m, i) => {
      const end =
        i + 1 < inline.length
          ? inline[i + 1]!.index
          : text.indexOf('\n', m.index) >= 0
            ? text.indexOf('\n', m.index)
            : text.length;
      const item = text.slice(m.index + m[0].length, end).trim();
      const parts = item.split(/\s*\(\+\)\s*/);
      const head = parts[0]!
        .replace(/(?:trong đó, )?chú trọng một số nội dung, như:\s*$/u, '')
        .trim();
      if (head.length > 0) tasks.push(taskFrom(m[1], head, referenceYear));
      for (const sub of parts.slice(1)) {
        // "Về X: A; Giao cho Y …": the assignment with its own deadline is its own task.
        const split = sub.split(/;\s*(?=Giao cho )/u);
        for (const piece of split) tasks.push(taskFrom(m[1], piece, referenceYear));
      }
    });
    return tasks;
  }
  // Numbered lines "1. …" after a "NHIỆM VỤ" heading or a "Kết luận" sentence, with "- " bullets.
  const lines = text.split('\n');
  const startAt = lines.findIndex((l) =>
    /nhiệm vụ trọng tâm|kết luận hội nghị|kết luận buổi|nhiệm vụ.*như sau/iu.test(l),
  );
  if (startAt < 0) return tasks;
  let current: string | undefined;
  for (const line of lines.slice(startAt + 1)) {
    const numbered = /^(\d{1,2})\.\s+(.*)$/u.exec(line);
    if (numbered) {
      current = numbered[1]!;
      const body = numbered[2]!.trim();
      // A heading such as "3. Đối với chương trình xây dựng nông thôn mới" carries no task of its own.
      if (/^Đối với [^:]+$/u.test(body)) continue;
      tasks.push(taskFrom(current, body, referenceYear));
      continue;
    }
    if (current && /^[-–+•]\s+/.test(line)) tasks.push(taskFrom(current, line, referenceYear));
    if (/^(Trên đây|Trên cơ sở|Nơi nhận)/u.test(line)) break;
  }
  if (tasks.length === 0) tasks.push(...tasksOfOneSentence(lines[startAt]!, referenceYear));
  return tasks;
}

function findCriteriaCounts(text: string): ExtractedCriteriaCount[] {
  const out: ExtractedCriteriaCount[] = [];
  const pattern =
    /(xã|thôn|Xã|Thôn) ((?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})[^.]{0,40}?đạt (\d{1,2})\/(\d{1,2}) tiêu chí/gu;
  for (const m of text.matchAll(pattern)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 700);
    const list = /chưa đạt (?:đó )?(?:là|gồm)\s*:\s*([^.]*)\./u.exec(after);
    const unmetNames = list
      ? list[1]!
          .split(/\s*;\s*/)
          .map((s) => s.trim())
          .filter((s) => s.length > 0)
      : [];
    out.push({
      placeName: m[2]!,
      placeKind: m[1]!.toLowerCase(),
      met: Number(m[3]),
      total: Number(m[4]),
      unmetNames,
      evidence: list ? `${m[0]} … ${list[0]}` : m[0],
    });
  }
  return out;
}

const UNITS = [
  'ha',
  'tấn',
  'tỷ đồng',
  'tỉ đồng',
  'triệu đồng',
  'tiêu chí/xã',
  'đối tượng',
  'người',
  'hộ',
  'km',
  'lượt người',
];

/** A number written the Vietnamese way ("5.466,32", "3.089", "9,8") as a JavaScript number. */
export function parseVietnameseNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

function findFigures(text: string): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  const unitPattern = UNITS.map((u) => u.replace('/', '\\/')).join('|');
  const pattern = new RegExp(
    `(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d{2,})\\s?(${unitPattern})(?![\\p{L}])`,
    'gu',
  );
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const clause = before
      .split(/[;:,]|\.(?!\d)/)
      .at(-1)!
      .trim();
    const after =
      /^\s*([\p{Ll}\p{M} ]{0,20}?)(?=[,.;]|$)/u
        .exec(text.slice(m.index + m[0].length, m.index + m[0].length + 25))?.[1]
        ?.trim() ?? '';
    const label = [clause, m[2] === 'ha' || m[2] === 'tấn' ? after : '']
      .filter((s) => s.length > 0)
      .join(' … ');
    const figure: ExtractedFigure = {
      label: label.length > 0 ? label : m[2]!,
      value: parseVietnameseNumber(m[1]!),
      unit: m[2] === 'tỉ đồng' ? 'tỷ đồng' : m[2]!,
      estimate: /ước/u.test(clause),
      atLeast: /(?:trên|hơn)$/u.test(clause),
      evidence: `${clause} ${m[0]}`.trim(),
    };
    // The last short heading line before the figure, e.g. "Huyện ủy Kỳ Anh" in a round-up of several districts.
    const headings = [
      ...text
        .slice(0, m.index)
        .matchAll(
          /(?:^|\n)((?:Huyện ủy|Huyện|Thị xã|Thành phố|Xã|Đảng ủy xã) \p{Lu}[\p{L} ]{1,30})\n/gu,
        ),
    ];
    const heading = headings.at(-1)?.[1]?.trim();
    if (heading) figure.section = heading;
    out.push(figure);
  }
  return out;
}

function findKind(
  title: string,
  lead: string,
): Found<'hoi-nghi' | 'cuoc-hop' | 'buoi-lam-viec'> | undefined {
  const both = `${title} ${lead}`;
  const word = /buổi làm việc|làm việc với|hội nghị|cuộc họp|\bhọp\b/iu.exec(both)?.[0];
  if (!word) return undefined;
  const w = word.toLowerCase();
  const value = w.includes('làm việc')
    ? 'buoi-lam-viec'
    : w === 'hội nghị'
      ? 'hoi-nghi'
      : 'cuoc-hop';
  return {
    value,
    evidence: word,
    review: 'hình thức họp đọc từ những chữ đầu tiên gọi tên cuộc họp',
  };
}

const SECTION_HEADING = /^(?:Huyện ủy|Huyện|Thị xã|Thành phố|Đảng ủy xã|Xã) \p{Lu}[\p{L} ]{1,30}$/u;

/** One part of a round-up article ("Huyện ủy Kỳ Anh", "Huyện Can Lộc", …), as an article of its own. */
export interface ArticleSection {
  heading: string;
  /** The article's opening (headline, publication line, lead) followed by this part. */
  text: string;
}

/**
 * Splits a round-up of several meetings at its headings, one line each naming a district or
 * commune. Returns no section when the article has fewer than two such headings.
 */
export function articleSections(raw: string): ArticleSection[] {
  const lines = normaliseArticle(raw).split('\n');
  const at = lines.map((l, i) => (SECTION_HEADING.test(l) ? i : -1)).filter((i) => i >= 0);
  if (at.length < 2) return [];
  const opening = lines.slice(0, at[0]).join('\n');
  return at.map((start, k) => ({
    heading: lines[start]!,
    text: `${opening}\n${lines.slice(start, at[k + 1] ?? lines.length).join('\n')}`,
  }));
}

/** Reads an article. */
export function extractArticle(raw: string): ExtractedArticle {
  const text = normaliseArticle(raw);
  const lines = text.split('\n').filter((l) => l.length > 0);
  const paragraphs = lines.filter((l) => l.length > 80);
  const title = findTitle(lines);

  // The year of the first deadline that gives one: the fallback when the article omits it.
  const deadlineYear = (): number | undefined => {
    const m =
      /(?:trước|trong|cuối|hoàn thành)[^.;]{0,30}?\d{1,2}\/(\d{4})|(?:trước|đến) (?:ngày )?\d{1,2}\/\d{1,2}\/(\d{4})/u.exec(
        text,
      );
    return m ? Number(m[1] ?? m[2]) : undefined;
  };
  const published = findPublished(text, deadlineYear);
  const publishedYear = published?.value.date
    ? Number(published.value.date.slice(0, 4))
    : undefined;

  const result: ExtractedArticle = {
    chairs: [],
    participants: [],
    attendance: [],
    citations: [],
    numberOnlyCitations: [],
    tasks: [],
    criteriaCounts: [],
    figures: [],
    text,
  };
  if (title) result.title = title;
  if (published) result.published = published;
  const poster = /Người đăng:\s*(\S+)/u.exec(text);
  if (poster)
    result.poster = {
      value: poster[1]!,
      evidence: poster[0],
      review: 'tài khoản đăng bài; hãy ghi tên đầy đủ của cơ quan đăng',
    };
  const author = /(?:^|\n)(?:Tác giả|Các tác giả):\s*(.+)/u.exec(text);
  if (author) result.author = { value: author[1]!.trim(), evidence: author[0].trim() };

  const dated = paragraphs.map((p) => ({ p, m: MEETING_DATE.exec(p) })).find((x) => x.m !== null);
  if (dated?.m) {
    const m = dated.m;
    const hasYear = m[2]!.split('/').length === 3;
    const referenceYear = hasYear ? undefined : (publishedYear ?? deadlineYear());
    const parsed = parseVietnameseDate(m[2]!, referenceYear === undefined ? {} : { referenceYear });
    if (parsed.ok) {
      result.date = { value: parsed.value.iso, evidence: m[0] };
      if (parsed.value.inferredYear) {
        result.date.review =
          publishedYear !== undefined && !published?.value.yearInferred
            ? `bài chỉ ghi "${m[0]}", không có năm; năm ${referenceYear} là năm đăng bài`
            : `bài chỉ ghi "${m[0]}", không có năm; năm ${referenceYear} suy từ các hạn chót trong bài`;
      }
    }
    if (m[1])
      result.partOfDay = { value: m[1].toLowerCase() as 'sáng' | 'chiều' | 'tối', evidence: m[0] };
    const venue = /ngày [\d/]+,? tại ([^,]+),/u.exec(dated.p);
    if (venue)
      result.venue = {
        value: venue[1]!.trim(),
        evidence: venue[0],
        review: 'giữ nguyên chữ viết tắt như trong bài (BTV, UBND)',
      };
    const lead = sentences(dated.p)[0];
    if (lead) result.lead = lead;
  }
  const opening = paragraphs.find((p) => p !== title?.evidence);
  if (!result.lead && opening) {
    const first = sentences(opening)[0];
    if (first) result.lead = first;
  }
  const kind = findKind(title?.value ?? '', result.lead ?? '');
  if (kind) result.kind = kind;
  result.chairs = findChairs(paragraphs);
  result.participants = findParticipants(paragraphs);
  result.attendance = findAttendance(text);
  result.citations = findCitations(text);
  result.numberOnlyCitations = findNumberOnlyCitations(text);
  const meetingYear = result.date ? Number(result.date.value.slice(0, 4)) : publishedYear;
  result.tasks = findTasks(text, meetingYear);
  result.criteriaCounts = findCriteriaCounts(text);
  result.figures = findFigures(text);
  return result;
}
