/**
 * Vietnamese document numbers (số ký hiệu văn bản): parsing, canonical spelling, and finding
 * them in prose. Party numbers are `N-TYPE/ISSUER` (60-KH/HU); State numbers are
 * `N/TYPE-ISSUER` (89/KH-UBND) or, for legal acts, `N/YEAR/TYPE-ISSUER` (51/2025/QĐ-TTg); a
 * State công văn has no type code (6223/VPCP-NN). The separator after the number tells the system.
 */

/** Which numbering system a document belongs to: the Party's or the State's. */
export type DocumentSystem = 'party' | 'state';

/** A document number taken apart. Numbers restart per term (Party) or per year (State), so
 * a number alone never identifies a document: pair it with the issuing body and the date. */
export interface ParsedDocumentNumber {
  /** 'party' for N-TYPE/ISSUER, 'state' for N/TYPE-ISSUER and N/YEAR/TYPE-ISSUER. */
  system: DocumentSystem;
  /** The serial number, without leading zeros (06-ĐA/HU → 6). */
  number: number;
  /** Year written inside the number (51/2025/QĐ-TTg → 2025); absent otherwise. */
  year?: number;
  /** Type code in its canonical spelling ('KH', 'QĐ', 'QĐi'); absent for a State công văn. */
  type?: string;
  /** Vietnamese name of the type ('Kế hoạch'); absent when the type is absent or unknown. */
  typeName?: string;
  /** Issuer code, with any unit after a hyphen ('HU', 'UBND', 'TTg', 'VPCP-NN', 'TC-NV'). */
  issuer: string;
  /** The number respelt in its system's convention: NFC, Đ (U+0110), canonical case, no
   * spaces, no leading zeros. Use it to compare and to link; keep the raw text as written. */
  canonical: string;
  /** Things a clerk should check, e.g. a number written in a mixed convention; empty if none. */
  warnings: string[];
}

/** Result of `parseDocumentNumber`: the parsed number, or a reason a clerk can act on. */
export type DocumentNumberResult =
  { ok: true; value: ParsedDocumentNumber } | { ok: false; error: string };

/** A document number found in prose: its position in the text as given (`end` exclusive). */
export interface DocumentCitation {
  start: number;
  end: number;
  raw: string;
  parsed: ParsedDocumentNumber;
}

/** Document type codes, in canonical spelling, with their Vietnamese names. */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  DA: 'Dự án',
  PA: 'Phương án',
  HD: 'Hướng dẫn',
  QC: 'Quy chế',
  TTr: 'Tờ trình',
  BB: 'Biên bản',
  CV: 'Công văn',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
};

/** Common issuer codes, in canonical spelling, with the Vietnamese name of the body. */
export const ISSUER_NAMES: Readonly<Record<string, string>> = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  CB: 'Chi bộ',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  QH15: 'Quốc hội khóa XV',
};

/** Issuer codes of Party committees (they number documents N-TYPE/ISSUER). */
export const PARTY_ISSUER_CODES: readonly string[] = ['TW', 'TU', 'HU', 'ĐU', 'CB'];

// Codes are matched case-insensitively and respelt canonically ("qđ" → "QĐ", "TTG" → "TTg").
const byUpperCase = (codes: string[]) => new Map(codes.map((code) => [code.toUpperCase(), code]));
const TYPE_CODES = byUpperCase(Object.keys(DOCUMENT_TYPE_NAMES));
const ISSUER_CODES = byUpperCase(Object.keys(ISSUER_NAMES));

const CODE = '\\p{L}[\\p{L}\\d]*';
const ISSUER = `${CODE}(?:-${CODE})*`;
const PARTY_FORM = new RegExp(`^(\\d+)-(${CODE})/(${ISSUER})$`, 'u');
const STATE_WITH_YEAR_FORM = new RegExp(`^(\\d+)/(\\d{4})/(${ISSUER})$`, 'u');
const SLASH_TYPED_FORM = new RegExp(`^(\\d+)/(${CODE})/(${ISSUER})$`, 'u');
const STATE_FORM = new RegExp(`^(\\d+)/(${ISSUER})$`, 'u');

function normalise(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/Ð/g, 'Đ') // U+00D0 (Icelandic eth) is a common lookalike for Đ U+0110
    .replace(/ð/g, 'đ')
    .replace(/[\u2010-\u2015\u2212]/g, '-') // dashes and minus signs typed for a hyphen
    .trim()
    .replace(/^số\s*:?\s*/iu, '') // "Số: 89/KH-UBND" as printed in a document's header
    .replace(/\s*([-/])\s*/g, '$1');
}

function canonicalType(code: string): string {
  const upper = code.toUpperCase();
  return TYPE_CODES.get(upper) ?? upper;
}

function canonicalIssuer(issuer: string): string {
  return issuer
    .split('-')
    .map((part) => ISSUER_CODES.get(part.toUpperCase()) ?? part.toUpperCase())
    .join('-');
}

function isPartyIssuer(issuer: string): boolean {
  return PARTY_ISSUER_CODES.includes(issuer.split('-')[0] as string);
}

function build(
  system: DocumentSystem,
  digits: string,
  issuer: string,
  type: string | undefined,
  year: number | undefined,
  warnings: string[],
): ParsedDocumentNumber {
  const number = Number(digits);
  const canonical =
    system === 'party'
      ? `${number}-${type}/${issuer}`
      : `${number}/${year === undefined ? '' : `${year}/`}${type === undefined ? '' : `${type}-`}${issuer}`;
  const parsed: ParsedDocumentNumber = { system, number, issuer, canonical, warnings };
  if (year !== undefined) parsed.year = year;
  if (type !== undefined) {
    parsed.type = type;
    const typeName = DOCUMENT_TYPE_NAMES[type];
    if (typeName !== undefined) parsed.typeName = typeName;
  }
  return parsed;
}

// The part after "N/" or "N/YEAR/": "KH-UBND" is type KH from UBND; "VPCP-NN" (first part not a
// type code) is a công văn from unit NN of VPCP.
function parseStateTail(
  raw: string,
  digits: string,
  year: number | undefined,
  tail: string,
): DocumentNumberResult {
  const [first, ...rest] = tail.split('-') as [string, ...string[]];
  const type = TYPE_CODES.get(first.toUpperCase());
  if (type !== undefined && rest.length === 0) {
    return {
      ok: false,
      error: `"${raw}" có loại văn bản ${type} nhưng thiếu cơ quan ban hành; ghi cơ quan ban hành sau dấu gạch nối, ví dụ ${digits}/${type}-UBND.`,
    };
  }
  const issuer = canonicalIssuer(type === undefined ? tail : rest.join('-'));
  const warnings = isPartyIssuer(issuer)
    ? [
        `"${raw}" có cơ quan ban hành của Đảng (${issuer}) nhưng viết theo kiểu văn bản Nhà nước; số văn bản của Đảng viết theo dạng Số-Loại/${issuer}, ví dụ 60-KH/HU.`,
      ]
    : [];
  return { ok: true, value: build('state', digits, issuer, type, year, warnings) };
}

/**
 * Parses a document number such as "60-KH/HU", "89/KH-UBND", "51/2025/QĐ-TTg" or
 * "6223/VPCP-NN". Tolerates NFD input, spaces around separators, a leading "Số:", lower case,
 * the lookalike Ð for Đ, and the mixed form "575/QĐ/TU" (read by its issuer and flagged in
 * `warnings`). Returns a reason a clerk can act on when the text is not a document number.
 */
export function parseDocumentNumber(raw: string): DocumentNumberResult {
  const text = normalise(raw);
  const shown = raw.normalize('NFC').trim();
  if (text === '') {
    return {
      ok: false,
      error:
        'Số văn bản đang để trống; ghi theo dạng ví dụ 60-KH/HU (văn bản Đảng) hoặc 89/KH-UBND (văn bản Nhà nước).',
    };
  }
  if (/^\d+$/.test(text)) {
    return {
      ok: false,
      error: `"${shown}" mới chỉ có số; thêm loại văn bản và cơ quan ban hành, ví dụ ${text}-QĐ/HU (văn bản Đảng) hoặc ${text}/QĐ-UBND (văn bản Nhà nước).`,
    };
  }

  const party = PARTY_FORM.exec(text);
  if (party) {
    const [, digits = '', code = '', issuerCode = ''] = party;
    const type = canonicalType(code);
    const warnings = TYPE_CODES.has(type.toUpperCase())
      ? []
      : [
          `"${type}" trong "${shown}" không phải mã loại văn bản đã biết (${Object.keys(DOCUMENT_TYPE_NAMES).join(', ')}); hãy kiểm tra lại.`,
        ];
    return {
      ok: true,
      value: build('party', digits, canonicalIssuer(issuerCode), type, undefined, warnings),
    };
  }

  const withYear = STATE_WITH_YEAR_FORM.exec(text);
  if (withYear) {
    const [, digits = '', year = '', tail = ''] = withYear;
    return parseStateTail(shown, digits, Number(year), tail);
  }

  const [, slashDigits = '', slashCode = '', slashIssuer = ''] = SLASH_TYPED_FORM.exec(text) ?? [];
  const slashType = TYPE_CODES.get(slashCode.toUpperCase());
  if (slashType !== undefined) {
    const issuer = canonicalIssuer(slashIssuer);
    const system = isPartyIssuer(issuer) ? 'party' : 'state';
    const parsed = build(system, slashDigits, issuer, slashType, undefined, []);
    parsed.warnings.push(
      system === 'party'
        ? `"${shown}" trộn hai cách viết: ${issuer} là cơ quan của Đảng nên được đọc là số văn bản Đảng ${parsed.canonical} (gạch nối ngay sau số).`
        : `"${shown}" trộn hai cách viết: được đọc là số văn bản Nhà nước ${parsed.canonical} (gạch nối giữa loại văn bản và cơ quan ban hành).`,
    );
    return { ok: true, value: parsed };
  }

  const [, stateDigits, stateTail] = STATE_FORM.exec(text) ?? [];
  if (stateDigits !== undefined && stateTail !== undefined) {
    return parseStateTail(shown, stateDigits, undefined, stateTail);
  }

  return {
    ok: false,
    error: `"${shown}" không phải số văn bản Đảng (Số-Loại/Cơ quan, ví dụ 60-KH/HU) cũng không phải số văn bản Nhà nước (Số/Loại-Cơ quan, ví dụ 89/KH-UBND, hoặc Số/Năm/Loại-Cơ quan, ví dụ 51/2025/QĐ-TTg).`,
  };
}

// In prose, a code is upper case with at most one lower-case letter (TTg, QĐi, CTr), so words
// ("1/Ban") and dates (13/7/2017, 16/20: no letters) are not taken for document numbers. Codes
// carry no tone marks, so this also works on NFD text, and offsets stay those of the input.
const CITATION_CANDIDATE =
  /(?<![\p{L}\p{M}\d/-])\d+(?:[-/][A-ZĐÐ\d]+[a-zđ]?[A-ZĐÐ\d]*)+(?![\p{L}\p{M}\d])/gu;

/**
 * Finds document numbers cited in Vietnamese prose ("Kế hoạch số 60-KH/HU, ngày 13/7/2017 của
 * Huyện ủy", "Nghị quyết số 57/NQ-HĐND"), in order. Dates and ratios (13/7/2017, 16/20) are not
 * matched; nor are number-only citations ("Quyết định số 1447") or lower-case codes.
 */
export function findDocumentCitations(text: string): DocumentCitation[] {
  const citations: DocumentCitation[] = [];
  for (const match of text.matchAll(CITATION_CANDIDATE)) {
    // A candidate may run on into the next token ("60-KH/HU/2017"): drop trailing parts until it parses.
    let raw = match[0];
    for (;;) {
      const result = parseDocumentNumber(raw);
      if (result.ok) {
        citations.push({
          start: match.index,
          end: match.index + raw.length,
          raw,
          parsed: result.value,
        });
        break;
      }
      const cut = Math.max(raw.lastIndexOf('-'), raw.lastIndexOf('/'));
      if (cut < 0) break;
      raw = raw.slice(0, cut);
    }
  }
  return citations;
}
