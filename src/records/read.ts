/**
 * Reads record files from a content folder: decodes, normalises (BOM, CRLF, NFC), splits front
 * matter and parses YAML or JSON. It knows nothing of schemas; it only turns bytes into plain
 * data, or into issues that say why a file could not be read. Files are found through the
 * content folder's boundary (`content-files.ts`); values are parsed by `parse-data.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import {
  findForbiddenCharacter,
  forbiddenCharacterMessage,
  oddIdCharacterClause,
} from './characters.ts';
import { displayPath, listContentFiles, resolveContentRoot } from './content-files.ts';
import type { ValidationIssue } from './issues.ts';
import { jsonToData, yamlToData, type FieldProblem } from './parse-data.ts';

/** The largest record file accepted, in bytes. A real record is a few kilobytes. */
export const MAX_RECORD_BYTES = 512 * 1024;

/** The longest name of a file or folder below a collection, in characters (without extension): it becomes part of a page address, and of file names in `dist/` that add to it. */
export const MAX_NAME_LENGTH = 100;

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

/** Lists files below `dir` recursively, sorted, skipping dot-files. Missing folder: empty list. (For built sites; records are listed through `listContentFiles`.) */
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
  const long = segments.find((s) => s.length > MAX_NAME_LENGTH);
  if (long !== undefined)
    return {
      error: `tên tệp hoặc thư mục "${long.slice(0, 30)}…" dài ${long.length} ký tự, quá giới hạn ${MAX_NAME_LENGTH} ký tự (tên là một phần của địa chỉ trang): đặt tên ngắn hơn`,
    };
  const bad = segments.find((s) => !ID_SEGMENT.test(s));
  if (bad !== undefined) {
    const odd = oddIdCharacterClause(bad);
    return {
      error: `tên tệp hoặc thư mục "${bad}" không dùng được trong địa chỉ trang${odd ? ` (${odd})` : ''}: chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối (ví dụ lam-hop, 2023-07-11-to-cong-tac-01)`,
    };
  }
  return { id: segments.join('/') };
}

/** An unindented `field:` line, as front matter writes its fields. */
const FIELD_LINE = /^([a-z][A-Za-z0-9]*):(?:[ \t]|$)/;

/**
 * A field written after the line that closed the front matter: the sign that a `---` line
 * inside a field (a block of text, say) ended the front matter early, so that the fields after
 * it would be published as the body. Looks up to the next `---` line, or through the body's
 * first paragraph when there is none.
 */
function fieldAfterFrontMatter(body: string): { key: string; index: number } | undefined {
  const lines = body.split('\n');
  const nextFence = lines.findIndex((l) => /^---\s*$/.test(l));
  const end = nextFence >= 0 ? nextFence : lines.findIndex((l) => l.trim() === '');
  for (let i = 0; i < (end >= 0 ? end : lines.length); i++) {
    const match = FIELD_LINE.exec(lines[i]!);
    if (match) return { key: match[1]!, index: i };
  }
  return undefined;
}

type ParsedRecordText =
  { data: unknown; problems: FieldProblem[]; body?: string; bodyLine?: number } | { error: string };

/** Parses the normalised text of a Markdown record (`---` front matter, then the body). */
export function parseMarkdownRecord(text: string): ParsedRecordText {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match)
    return {
      error:
        'bản ghi Markdown phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
    };
  // Opening fence, the front matter's lines, closing fence: the body starts on the line after.
  const fenceLine = match[1]!.split('\n').length + 2;
  const body = text.slice(match[0].length);
  const early = fieldAfterFrontMatter(body);
  if (early)
    return {
      error: `dòng ${fenceLine} "---" kết thúc phần thông tin (front matter) quá sớm: trường "${early.key}" ở dòng ${fenceLine + 1 + early.index} nằm sau nó sẽ bị đăng thành nội dung bài. Nếu "---" thuộc nội dung của một trường, thụt lề dòng đó như các dòng khác của trường; nếu không, xoá dòng "---" thừa`,
    };
  const parsed = yamlToData(match[1]!, 1);
  if ('error' in parsed) return parsed;
  const problems = [...parsed.problems];
  body.split('\n').forEach((line, i) => {
    const found = findForbiddenCharacter(line);
    if (found)
      problems.push({
        field: 'body',
        message: forbiddenCharacterMessage(found.character, `ở dòng ${fenceLine + 1 + i}`),
      });
  });
  return { data: parsed.data, problems, body, bodyLine: fenceLine + 1 };
}

/** Parses the normalised text of a data record (YAML, or JSON by extension). */
export function parseDataRecord(text: string, extension: string): ParsedRecordText {
  return extension === '.json' ? jsonToData(text) : yamlToData(text, 0);
}

/** What reading one collection folder gave. */
export interface FolderRead {
  /** The records that could be read. */
  records: RawRecord[];
  /** Why each other file could not be read, and the problems of single values in the read ones. */
  issues: ValidationIssue[];
  /** The id of every file with a usable name, read or not: a reference to one that failed is not a wrong id. */
  ids: string[];
}

/**
 * Reads every file of one collection folder. Returns the records it could read and an issue for
 * each file it could not (not inside the content folder, not a regular file, wrong extension,
 * bad name, not UTF-8, empty, too large, broken syntax). `contentDir`: the content folder the
 * collection folder is in (default: its parent), the boundary nothing is read beyond.
 */
export function readCollectionFolder(
  folder: string,
  format: 'markdown' | 'data',
  extensions: readonly string[],
  cwd: string = process.cwd(),
  contentDir: string = dirname(folder),
): FolderRead {
  const read: FolderRead = { records: [], issues: [], ids: [] };
  const root = resolveContentRoot(contentDir);
  if ('error' in root) return read; // the validator reports the content folder itself
  const { files, refused } = listContentFiles(root.root, folder);
  for (const { path, message } of refused)
    read.issues.push({ file: displayPath(path, cwd), field: '', message });
  for (const path of files) {
    const file = displayPath(path, cwd);
    try {
      readRecordFile(path, file, folder, format, extensions, read);
    } catch (error) {
      // A bug, or a file system that changed under us: this file's message, never a stack trace.
      read.issues.push({
        file,
        field: '',
        message: `lỗi không lường trước khi đọc tệp này (${(error as Error).message}): chạy lại; nếu vẫn lỗi, báo cho người quản trị trang kèm dòng này`,
      });
    }
  }
  return read;
}

/** Reads one record file into `read`: its record, its id, or why it could not be read. */
function readRecordFile(
  path: string,
  file: string,
  folder: string,
  format: 'markdown' | 'data',
  extensions: readonly string[],
  read: FolderRead,
): void {
  const fail = (message: string) => read.issues.push({ file, field: '', message });
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    fail(
      ext === '.mdx'
        ? 'bản ghi không được là MDX (MDX chạy được mã lệnh): đổi đuôi tệp thành .md và viết Markdown thông thường'
        : `thư mục này chỉ chứa tệp ${extensions.join(', ')}: đổi tên hoặc chuyển tệp này đi nơi khác`,
    );
    return;
  }
  const idResult = recordIdFromPath(relative(folder, path));
  if ('error' in idResult) {
    fail(idResult.error);
    return;
  }
  read.ids.push(idResult.id);
  const size = statSync(path).size;
  if (size > MAX_RECORD_BYTES) {
    fail(
      `tệp nặng ${Math.round(size / 1024)} KB, vượt giới hạn ${MAX_RECORD_BYTES / 1024} KB cho một bản ghi: tách thành nhiều bản ghi`,
    );
    return;
  }
  const decoded = decodeRecordText(readFileSync(path));
  if ('error' in decoded) {
    fail(decoded.error);
    return;
  }
  if (decoded.text.trim() === '') {
    fail('tệp trống: viết nội dung bản ghi, hoặc xoá tệp');
    return;
  }
  const parsed =
    format === 'markdown' ? parseMarkdownRecord(decoded.text) : parseDataRecord(decoded.text, ext);
  if ('error' in parsed) {
    fail(parsed.error);
    return;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    fail(
      'bản ghi phải là một nhóm trường (các dòng "tên: giá trị"), không phải một danh sách hay một giá trị đơn lẻ',
    );
    return;
  }
  if (parsed.problems.length > 0) {
    for (const problem of parsed.problems) read.issues.push({ file, ...problem });
    return;
  }
  const record: RawRecord = {
    id: idResult.id,
    file,
    data: parsed.data as Record<string, unknown>,
    text: decoded.text,
  };
  if (parsed.body !== undefined) record.body = parsed.body;
  if (parsed.bodyLine !== undefined) record.bodyLine = parsed.bodyLine;
  read.records.push(record);
}
