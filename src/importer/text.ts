/**
 * Text helpers the importer's readers share: the normalised article, Vietnamese numbers,
 * sentences and clauses, folded comparison keys, and the "found" value every reader returns.
 */
import { foldVietnamese } from '../domain/fold-vietnamese.ts';

/** A value read from the article, with the text it was read from and whether a person must check it. */
export interface Found<T> {
  value: T;
  /** The words of the article the value comes from. */
  evidence: string;
  /** Why a clerk should check it, in Vietnamese; absent when the text states it plainly. */
  review?: string;
}

/** NFC, every kind of space made a plain one (non-breaking, narrow, thin), lines trimmed. */
export function normaliseArticle(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/\u200B|\u200C|\u200D|\uFEFF/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** A number written the Vietnamese way ("5.466,32", "3.089", "9,8", "12.450") as a JavaScript number. */
export function parseVietnameseNumber(written: string): number {
  const s = written.trim();
  // "12.450" and "1.101,4": dots group thousands; "0.64" (a dot with one or two decimals) is a decimal.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** The pattern of a written number: "12.450", "5.466,32", "15,6", "100". */
export const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/** A comparison key: folded (no diacritics, đ → d, lower case), punctuation made spaces. */
export function foldKey(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Upper-case first letter. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a
 * capital letter (not inside a number such as "14.3" or an abbreviation such as "TP. Hà Tĩnh").
 */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=(?<!\bTP|\bTT|\bTX|\bThS|\bTS|\bPGS|\bGS)[.!?…])\s+(?=["“(]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits a sentence into clauses at ";" and at ", " before a new subject ("xã …", "thôn …",
 * "huyện …", "còn", "riêng", "trong đó"), keeping the words that introduce each clause.
 */
export function clauses(sentence: string): string[] {
  return sentence
    .split(
      /;\s*|,\s+(?=(?:còn|riêng|trong khi|đồng thời)\s|(?:xã|thôn|huyện|bản|xóm|phường|thị trấn|Xã|Thôn|Huyện)\s+\p{Lu})/u,
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The article's paragraphs: non-empty lines, in order, with their 1-based line numbers. */
export interface Paragraph {
  line: number;
  text: string;
}
