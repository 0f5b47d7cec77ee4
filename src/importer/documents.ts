/**
 * Documents an article cites: by full number and symbol ("Kế hoạch số 15/KH-UBND ngày
 * 20/01/2023 của UBND huyện"), or by type and number only ("Quyết định số 382 ngày 24/10/2017
 * của BCĐ …"), each with its date and issuer as written. A district party committee's document
 * dated after 30/6/2025 cannot exist and is marked for review.
 */
import {
  DOCUMENT_TYPE_NAMES,
  findDocumentCitations,
  type ParsedDocumentNumber,
} from '../domain/document-number.ts';
import { parseVietnameseDate } from '../domain/vietnamese-date.ts';
import { DISTRICT_LEVEL_ABOLISHED_AFTER } from '../records/rules.ts';

export interface ExtractedCitation {
  raw: string;
  parsed: ParsedDocumentNumber;
  /** Day of issue written right after the number ("…, ngày 05/4/2021"). */
  date?: string;
  /** The issuer as written after it ("của UBND huyện"). */
  issuer?: string;
  /** The words around the number, e.g. "Kết luận số 10-KL/HU, ngày 05/4/2021". */
  evidence: string;
  review?: string;
}

/** A document cited by type and number only ("Quyết định số 1447", "kế hoạch 99"), with no full symbol. */
export interface NumberOnlyCitation {
  /** Type code (QĐ, KH, CT…). */
  type: string;
  number: number;
  date?: string;
  issuer?: string;
  evidence: string;
}

const DATE_AFTER = /^\s*,?\s*(?:ngày|ban hành ngày)\s*(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/u;
const ISSUER_AFTER =
  /^\s*,?\s*của\s+((?:Ban Chỉ đạo|BCĐ|Ban Thường vụ|Thường trực|UBND|HĐND|Huyện ủy|Tỉnh ủy|Đảng ủy|Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Ủy ban|Hội đồng)[^,;.]*)/u;

function dateAndIssuer(after: string): { date?: string; issuer?: string; used: string } {
  const out: { date?: string; issuer?: string; used: string } = { used: '' };
  const dated = DATE_AFTER.exec(after);
  let rest = after;
  if (dated) {
    const d = parseVietnameseDate(dated[1]!.replace(/\s+/g, ''));
    if (d.ok) out.date = d.value.iso;
    out.used += dated[0];
    rest = after.slice(dated[0].length);
  }
  const issuer = ISSUER_AFTER.exec(rest);
  if (issuer) {
    out.issuer = issuer[1]!.trim();
    out.used += issuer[0];
  }
  return out;
}

/** Documents cited by their full number, once each, with the first date and issuer given. */
export function findCitations(text: string): ExtractedCitation[] {
  const byCanonical = new Map<string, ExtractedCitation>();
  for (const c of findDocumentCitations(text)) {
    const after = text.slice(c.end, c.end + 160);
    const { date, issuer, used } = dateAndIssuer(after);
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const lead = /(?:\p{L}+ ){0,3}(?:số:? ?)?$/u.exec(before)?.[0] ?? '';
    const evidence = `${lead}${c.raw}${used}`.trim();
    const existing = byCanonical.get(c.parsed.canonical);
    if (existing) {
      if (!existing.date && date) {
        existing.date = date;
        existing.evidence = evidence;
      }
      if (!existing.issuer && issuer) existing.issuer = issuer;
      continue;
    }
    const citation: ExtractedCitation = { raw: c.raw, parsed: c.parsed, evidence };
    if (date) citation.date = date;
    if (issuer) citation.issuer = issuer;
    if (!date) {
      // "Ngày 15/12/2023, UBND tỉnh ban hành Quyết định số 2875/QĐ-UBND": the day leads the sentence.
      const sentence = text.slice(Math.max(0, text.lastIndexOf('.', c.start) + 1), c.start);
      const lead = /^\s*[Nn]gày\s+(\d{1,2}\/\d{1,2}\/\d{4}),[^.]*ban hành[^.]*$/u.exec(sentence);
      const d = lead ? parseVietnameseDate(lead[1]!) : undefined;
      if (d?.ok) citation.date = d.value.iso;
      else citation.review = 'bài không ghi ngày ban hành';
    }
    if (c.parsed.issuer === 'HU' && date && date > DISTRICT_LEVEL_ABOLISHED_AFTER)
      citation.review = `không thể có văn bản của Huyện ủy sau 30/6/2025 (bài ghi ngày ${date}): kiểm tra ngày hoặc ký hiệu (có thể là …/ĐU)`;
    byCanonical.set(c.parsed.canonical, citation);
  }
  return [...byCanonical.values()];
}

const TYPE_BY_NAME = new Map(
  Object.entries(DOCUMENT_TYPE_NAMES).map(([code, name]) => [name.toLowerCase(), code]),
);

/** Documents cited by type and number only, with the date and issuer written after them. */
export function findNumberOnlyCitations(text: string): NumberOnlyCitation[] {
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
    const { date, issuer, used } = dateAndIssuer(
      text.slice(m.index + m[0].length, m.index + m[0].length + 160),
    );
    const c: NumberOnlyCitation = { type, number: Number(m[2]), evidence: `${m[0]}${used}` };
    if (date) c.date = date;
    if (issuer) c.issuer = issuer;
    out.push(c);
  }
  return out;
}
