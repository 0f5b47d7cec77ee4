/**
 * Who the article says took part: the chair ("… chủ trì", "do đồng chí … làm trưởng đoàn",
 * "Trưởng đoàn là đồng chí …", or the person who "có buổi làm việc" with a commune), the people
 * named as attending ("Tham dự … có đồng chí X- chức vụ", "Cùng đi với đoàn có …", "Tới dự có
 * …"), counted attendance, the convening body in words and the venue.
 */
import { capitalise, sentences, type Found } from './text.ts';

export interface ExtractedPerson {
  name?: string;
  positions: string[];
  role?: string;
  description?: string;
  /** Why the role needs checking (the text does not say "chủ trì"). */
  review?: string;
  evidence: string;
}

/** A counted group at the meeting: "đại diện 9/10 đơn vị thành viên (vắng Trạm y tế …)". */
export interface ExtractedAttendance {
  group: string;
  present: number;
  expected: number;
  absent: string[];
  evidence: string;
}

const PERSON_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,4}`;
const TITLE = String.raw`(?:[Cc]ác\s+)?(?:Đ\/c|Đ\/C|đ\/c|[Đđ]ồng chí)`;

/** "Lê Đình Hải – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện" → name and positions. */
function person(words: string, evidence: string): ExtractedPerson | undefined {
  const cleaned = words.replace(/\s+/g, ' ').trim();
  const name = new RegExp(`^(${PERSON_NAME})(?=$|[\\s,;–-])`, 'u').exec(cleaned)?.[1];
  if (!name) return undefined;
  const positions = cleaned
    .slice(name.length)
    .replace(/^\s*[–-]\s*|^\s*,\s*/u, '')
    .split(
      /\s+[–-]\s+(?=(?:Bí thư|Phó|Chủ tịch|Trưởng|Ủy viên|Uỷ viên|Giám đốc|Tổ trưởng|Tổ phó|Đại biểu|Chánh|Thành viên)(?![\p{L}]))|,\s*/u,
    )
    .map((s) => s.trim().replace(/[.;]$/, ''))
    .filter((s) => s.length > 0);
  return { name, positions, evidence };
}

/** Splits a run of people joined by ";" ("A, chức vụ; B, chức vụ") into persons; a group becomes a description. */
export function parsePeople(phrase: string): ExtractedPerson[] {
  const cleaned = phrase
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const start = new RegExp(`^${TITLE}\\s*`, 'u');
  if (!start.test(cleaned))
    return [{ positions: [], description: capitalise(cleaned), evidence: phrase }];
  const rest = cleaned.replace(start, '');
  return rest.split(/\s*;\s*/).map(
    (part) =>
      person(part, part) ?? {
        positions: [],
        description: `Các đồng chí ${part}`.trim(),
        evidence: phrase,
      },
  );
}

/** The chairs: "… chủ trì", "do đồng chí … làm trưởng đoàn", "Trưởng đoàn là đồng chí …", or the person leading the visit. */
export function findChairs(
  paragraphs: readonly string[],
  lead: string | undefined,
): ExtractedPerson[] {
  for (const p of paragraphs) {
    for (const s of sentences(p)) {
      const at = s.search(/\s(?:đã )?chủ trì(?![\p{L}])/u);
      if (at < 0) continue;
      let subject = s.slice(0, at);
      const who = subject.search(new RegExp(`${TITLE}\\s`, 'u'));
      if (who >= 0) subject = subject.slice(who);
      else if (subject.lastIndexOf(', ') >= 0)
        subject = subject.slice(subject.lastIndexOf(', ') + 2);
      if (subject.trim().length < 3) continue;
      return parsePeople(subject);
    }
  }
  const text = paragraphs.join('\n');
  const head =
    new RegExp(`do\\s+${TITLE}\\s+(${PERSON_NAME}[^.]*?)\\s+làm\\s+(trưởng đoàn)`, 'u').exec(
      text,
    ) ??
    new RegExp(`(Trưởng đoàn)\\s+là\\s+${TITLE}\\s+(${PERSON_NAME}[^.]*?)(?=\\.|$)`, 'u').exec(
      text,
    );
  if (head) {
    const words = head[1]!.startsWith('Trưởng') ? head[2]! : head[1]!;
    const p = person(words, head[0]);
    if (p) {
      p.role = 'Trưởng đoàn';
      p.review = 'bài ghi là trưởng đoàn, không dùng chữ "chủ trì": được ghi là người chủ trì';
      return [p];
    }
  }
  // "Sáng 18/4, đồng chí X, Bí thư Huyện ủy, …, đã đi kiểm tra thực tế và làm việc với xã Y".
  if (lead) {
    const subject = new RegExp(
      `^[^,]*\\d[^,]*,\\s*${TITLE}\\s+(${PERSON_NAME}[^.]*?)\\s*,?\\s+(?:đã\\s+)?(?:có buổi làm việc|đi kiểm tra|làm việc|kiểm tra|thăm)`,
      'u',
    ).exec(lead);
    if (subject) {
      const p = person(subject[1]!, subject[0]);
      if (p) {
        p.review =
          'bài không dùng chữ "chủ trì": người dẫn đầu buổi làm việc được ghi là người chủ trì';
        return [p];
      }
    }
  }
  return [];
}

/** People the text names as attending, with their positions. */
export function findParticipants(paragraphs: readonly string[]): ExtractedPerson[] {
  const out: ExtractedPerson[] = [];
  const text = paragraphs.join('\n');
  const intro = new RegExp(
    `(?:Tham dự|Tham gia|Cùng đi với đoàn|Cùng dự|Tới dự|Đến dự|Dự hội nghị)[^.;]*?\\s(?:có\\s+)?${TITLE}\\s+(${PERSON_NAME}[^;.\\n]*)`,
    'gu',
  );
  for (const m of text.matchAll(intro)) {
    // "Nguyễn Hữu Dũng- Ủy viên …" (a hyphen with no space) and "Dương Văn Hòa, Ủy viên …".
    const words = m[1]!.replace(/^(\S+(?:\s\S+){1,4}?)-\s*(?=\p{Lu})/u, '$1 – ');
    const p = person(words, m[0]);
    if (p && !out.some((o) => o.name === p.name)) out.push(p);
  }
  return out;
}

/** Counted groups followed by who was absent, and a council's "có N thành viên, M thành viên có mặt". */
export function findAttendance(text: string): ExtractedAttendance[] {
  const out: ExtractedAttendance[] = [];
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
    out.push({
      group: capitalise(m[3]!.trim()),
      present,
      expected,
      absent: present + absent.length === expected ? absent : [],
      evidence: m[0],
    });
  }
  for (const m of text.matchAll(
    /(Hội đồng)\s+có\s+(\d{1,3})\s+thành viên\s*,\s*(\d{1,3})\s+thành viên\s+có mặt/gu,
  )) {
    out.push({
      group: `Thành viên ${m[1]}`,
      present: Number(m[3]),
      expected: Number(m[2]),
      absent: [],
      evidence: m[0],
    });
  }
  return out;
}

/** The verbs that end the subject of the lead sentence (who convened). */
const VERBS = String.raw`(?:long trọng\s+)?(?:tổ chức|họp|có buổi làm việc|có cuộc giám sát|làm việc|giám sát|kiểm tra|đi kiểm tra|nghe|ban hành|thẩm định|thẩm tra|bỏ phiếu)(?![\p{L}])`;
/** The verb after the subject: one after "đã" first ("Hội đồng thẩm định … đã tổ chức"), else the first not inside a body's name. */
const LEAD_VERBS = [
  new RegExp(String.raw`\s+(?:đã|vừa)\s+${VERBS}`, 'u'),
  new RegExp(String.raw`(?<!Đoàn|đoàn|Hội đồng|hội đồng)\s+${VERBS}`, 'u'),
];

/** The convening body in words: the subject of the lead sentence after its date ("Sáng 8/6, Ban Chỉ đạo … tổ chức hội nghị"). */
export function findConvener(lead: string | undefined): Found<string> | undefined {
  if (!lead) return undefined;
  // Drop the date and the venue at the start ("Sáng 8/6, tại hội trường …, ").
  let s = lead.replace(/^\([^)]{1,30}\)\s*[-–]\s*/u, '');
  s = s.replace(/^[^,]*?\d[^,]*,\s*/u, '');
  s = s.replace(/^(?:tại\s+[^,]+,\s*)+/iu, '');
  s = s.replace(/^(?:thực hiện|theo|căn cứ)\s+[^,]+,\s*/iu, '');
  // "Đoàn giám sát của HĐND huyện …": the delegation is the body's.
  s = s.replace(/^Đoàn\s+(?:giám sát|kiểm tra|công tác)\s+(?:của\s+)?(?=\p{Lu})/u, '');
  const verb = LEAD_VERBS.map((re) => re.exec(s)).find((m) => m !== null);
  if (!verb) return undefined;
  let subject = s
    .slice(0, verb.index)
    .trim()
    .replace(/\s+(?:vừa|đã|mới|cũng)$/u, '');
  // A person is the chair, not the convening body.
  if (new RegExp(`^${TITLE}\\s`, 'u').test(subject)) return undefined;
  subject = subject.replace(/\s+do\s+(?:Đ\/c|đồng chí)\s.+$/u, '').trim();
  if (subject.length < 3 || subject.split(' ').length > 16) return undefined;
  // A subject with no body or place word is not a body ("Vừa", "Sau đó").
  if (
    !/\p{Lu}{2,}|Ban|Huyện ủy|Tỉnh ủy|Đảng ủy|Hội đồng|Tổ|Đoàn|Thường trực|Văn phòng|Sở|Phòng|UBND|HĐND|[Xx]ã|[Hh]uyện|[Tt]ỉnh/u.test(
      subject,
    )
  )
    return undefined;
  return {
    value: capitalise(subject),
    evidence: lead.slice(0, lead.indexOf(subject) + subject.length),
  };
}

/** The venue: "tại hội trường UBND tỉnh," after the date or the subject. */
export function findVenue(lead: string | undefined): Found<string> | undefined {
  if (!lead) return undefined;
  const m =
    /(?:^|,\s*)tại\s+((?:hội trường|phòng họp|trụ sở|nhà văn hóa|nhà văn hoá|Phòng họp|Hội trường|Trụ sở|UBND|Ủy ban nhân dân|Huyện ủy|Đảng ủy)[^,.]+)\s*,/u.exec(
      lead,
    );
  return m ? { value: m[1]!.trim(), evidence: m[0].trim() } : undefined;
}
