/**
 * Reads record files from a content folder: decodes, normalises (BOM, CRLF, NFC), splits front
 * matter and parses YAML or JSON. It knows nothing of schemas; it only turns bytes into plain
 * data, or into issues that say why a file could not be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { ValidationIssue } from './issues.ts';

/** The largest record file accepted, in bytes. A real record is a few kilobytes. */
export const MAX_RECORD_BYTES = 512 * 1024;

/** A record file as read, before its schema is applied. */
export interface RawRecord {
  /** Id: the path below the collection folder, without extension, with `/` separators. */
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Parsed front matter or data. */
  data: Record<string, unknown>;
  /** Markdown body (Markdown records only), normalised. */
  body?: string;
  /** Line of the file on which the body starts (Markdown records only). */
  bodyLine?: number;
  /** The normalised text of the file, for digests. */
  text: string;
}

/** Lists files below `dir` recursively, sorted, skipping dot-files. Missing folder: empty list. */
export function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

/** Bytes → normalised text: rejects non-UTF-8, drops a byte-order mark, makes LF line ends and NFC. */
export function decodeRecordText(bytes: Uint8Array): { text: string } | { error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      error:
        'tệp không phải văn bản UTF-8: lưu lại tệp với bảng mã UTF-8 (trong phần lớn trình soạn thảo: "Save with encoding → UTF-8")',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  return { text };
}

const ID_SEGMENT = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Derives a record's id from its path below the collection folder, or says why the name is unusable. */
export function recordIdFromPath(pathBelowFolder: string): { id: string } | { error: string } {
  const withoutExt = pathBelowFolder.slice(
    0,
    pathBelowFolder.length - extname(pathBelowFolder).length,
  );
  const segments = withoutExt.split(sep).join('/').split('/');
  const bad = segments.find((s) => !ID_SEGMENT.test(s));
  if (bad !== undefined) {
    return {
      error: `tên tệp hoặc thư mục "${bad}" không dùng được trong địa chỉ trang: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)`,
    };
  }
  return { id: segments.join('/') };
}

// The yaml library's commonest errors, said for a clerk; others keep the library's English text.
const YAML_ERRORS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'một trường được ghi hai lần',
  BAD_INDENT: 'thụt đầu dòng không đúng, hoặc thiếu dấu đóng ngoặc',
  TAB_AS_INDENT: 'dùng phím Tab để thụt đầu dòng: thay bằng dấu cách',
  MISSING_CHAR: 'thiếu dấu đóng ngoặc kép hoặc dấu đóng ngoặc',
  MULTILINE_IMPLICIT_KEY: 'thụt đầu dòng hoặc dấu hai chấm không đúng chỗ',
  BLOCK_AS_IMPLICIT_KEY: 'thụt đầu dòng hoặc dấu hai chấm không đúng chỗ',
  BAD_SCALAR_START:
    'giá trị bắt đầu bằng ký tự không được phép (như `, @ hoặc %): đặt giá trị trong dấu ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu \\ trong ngoặc kép viết không đúng',
  MULTIPLE_DOCS: 'có thêm một dòng "---" ở giữa',
};

function yamlToData(source: string, offsetLines: number): { data: unknown } | { error: string } {
  // The core schema keeps 2023-07-11 as text (YAML 1.1 would turn it into a timestamp).
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // An unclosed quote is only noticed at the end of the text, one line past the last: never
    // name a line the file does not have.
    const lastLine = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const line = Math.min(first.linePos?.[0]?.line ?? 1, Math.max(lastLine, 1)) + offsetLines;
    // yaml's own text ends with its position ("… at line 4, column 1:"); we give the line ourselves.
    const what =
      YAML_ERRORS[first.code] ??
      first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      error: `không đọc được YAML ở gần dòng ${line} (${what}): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép`,
    };
  }
  return { data: doc.toJS() };
}

/** Parses the normalised text of a Markdown record (`---` front matter, then the body). */
export function parseMarkdownRecord(
  text: string,
): { data: unknown; body: string; bodyLine: number } | { error: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match)
    return {
      error:
        'bản ghi Markdown phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
    };
  const parsed = yamlToData(match[1]!, 1);
  if ('error' in parsed) return parsed;
  // Opening fence, the front matter's lines, closing fence: the body starts on the line after.
  return {
    data: parsed.data,
    body: text.slice(match[0].length),
    bodyLine: match[1]!.split('\n').length + 3,
  };
}

/** Parses the normalised text of a data record (YAML, or JSON by extension). */
export function parseDataRecord(
  text: string,
  extension: string,
): { data: unknown } | { error: string } {
  if (extension === '.json') {
    try {
      return { data: JSON.parse(text) };
    } catch (e) {
      return {
        error: `không đọc được JSON (${(e as Error).message}): kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc`,
      };
    }
  }
  return yamlToData(text, 0);
}

/**
 * Reads every file of one collection folder. Returns the records it could read and an issue for
 * each file it could not (wrong extension, bad name, not UTF-8, empty, too large, broken syntax).
 */
export function readCollectionFolder(
  folder: string,
  format: 'markdown' | 'data',
  extensions: readonly string[],
  cwd: string = process.cwd(),
): { records: RawRecord[]; issues: ValidationIssue[] } {
  const records: RawRecord[] = [];
  const issues: ValidationIssue[] = [];
  for (const path of listFiles(folder)) {
    const fromCwd = relative(cwd, path);
    const file = (fromCwd.startsWith('..') ? path : fromCwd).split(sep).join('/');
    const fail = (message: string) => issues.push({ file, field: '', message });
    const ext = extname(path).toLowerCase();
    if (!extensions.includes(ext)) {
      fail(
        ext === '.mdx'
          ? 'bản ghi không được là MDX (MDX chạy được mã lệnh): đổi đuôi tệp thành .md và viết Markdown thông thường'
          : `thư mục này chỉ chứa tệp ${extensions.join(', ')}: đổi tên hoặc chuyển tệp này đi nơi khác`,
      );
      continue;
    }
    const idResult = recordIdFromPath(relative(folder, path));
    if ('error' in idResult) {
      fail(idResult.error);
      continue;
    }
    const size = statSync(path).size;
    if (size > MAX_RECORD_BYTES) {
      fail(
        `tệp nặng ${Math.round(size / 1024)} KB, vượt giới hạn ${MAX_RECORD_BYTES / 1024} KB cho một bản ghi: tách thành nhiều bản ghi`,
      );
      continue;
    }
    const decoded = decodeRecordText(readFileSync(path));
    if ('error' in decoded) {
      fail(decoded.error);
      continue;
    }
    if (decoded.text.trim() === '') {
      fail('tệp trống: viết nội dung bản ghi, hoặc xoá tệp');
      continue;
    }
    const parsed: { data: unknown; body?: string; bodyLine?: number } | { error: string } =
      format === 'markdown'
        ? parseMarkdownRecord(decoded.text)
        : parseDataRecord(decoded.text, ext);
    if ('error' in parsed) {
      fail(parsed.error);
      continue;
    }
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      fail(
        'bản ghi phải là một nhóm trường (các dòng "tên: giá trị"), không phải một danh sách hay một giá trị đơn lẻ',
      );
      continue;
    }
    const record: RawRecord = {
      id: idResult.id,
      file,
      data: parsed.data as Record<string, unknown>,
      text: decoded.text,
    };
    if (parsed.body !== undefined) record.body = parsed.body;
    if (parsed.bodyLine !== undefined) record.bodyLine = parsed.bodyLine;
    records.push(record);
  }
  return { records, issues };
}
