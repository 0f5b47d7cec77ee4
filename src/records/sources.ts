/**
 * The archived source articles in `<content>/sources/`: plain-text copies of the articles records
 * were made from. Each is checked like a record file (inside the content folder, a regular file,
 * UTF-8, at most `MAX_SOURCE_BYTES`, no forbidden characters; read as NFC with LF line ends),
 * and only an article a record cites (`source.archive`) is published; an uncited one is reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findForbiddenCharacter, forbiddenCharacterMessage } from './characters.ts';
import { displayPath, listContentFiles, resolveContentRoot } from './content-files.ts';
import type { ContentSet } from './content-set.ts';
import type { ValidationIssue } from './issues.ts';
import { decodeRecordText } from './read.ts';

/** The largest archived article accepted, in bytes. The seed articles are 6–12 KB. */
export const MAX_SOURCE_BYTES = 512 * 1024;

/** How an archived article's file is named (the schema's `source.archive` takes the same). */
export const SOURCE_FILE_NAME = /^[\w.-]+\.txt$/;

/** The file names the records cite as their archived article (`source.archive`), sorted. */
export function citedArchives(records: Iterable<{ data: unknown }>): string[] {
  const cited = new Set<string>();
  for (const record of records) {
    const archive = (record.data as { source?: { archive?: unknown } }).source?.archive;
    if (typeof archive === 'string') cited.add(archive);
  }
  return [...cited].sort();
}

/** Every record of every collection, for `citedArchives`. */
export function allRecordsOf(content: ContentSet): Array<{ data: unknown }> {
  return (Object.values(content) as Array<Array<{ data: unknown }>>).flat();
}

/** One archived article read and checked: its text, or why it cannot be published. */
export function readSourceFile(path: string): { text: string } | { error: string } {
  const size = statSync(path).size;
  if (size > MAX_SOURCE_BYTES)
    return {
      error: `tệp nặng ${Math.round(size / 1024)} KB, vượt giới hạn ${MAX_SOURCE_BYTES / 1024} KB cho một bài báo lưu trữ: chỉ giữ phần chữ của bài`,
    };
  const decoded = decodeRecordText(readFileSync(path));
  if ('error' in decoded) return decoded;
  if (decoded.text.trim() === '')
    return { error: 'tệp trống: chép văn bản bài báo vào, hoặc xoá tệp' };
  const lines = decoded.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const found = findForbiddenCharacter(lines[i]!);
    if (found) return { error: forbiddenCharacterMessage(found.character, `ở dòng ${i + 1}`) };
  }
  return decoded;
}

/** What the sources folder holds: the names of the articles that can be published, and every problem. */
export interface SourceFolder {
  /** File names (`000_f394016b0c7f8a8b.txt`) of the articles that passed every check. */
  readable: Set<string>;
  /** File names of every `.txt` file present, readable or not. */
  present: Set<string>;
  issues: ValidationIssue[];
}

/** Checks every file of `<contentDir>/sources/`, and reports an article no record cites. */
export function checkSourceFolder(
  contentDir: string,
  cited: readonly string[],
  cwd: string,
): SourceFolder {
  const folder: SourceFolder = { readable: new Set(), present: new Set(), issues: [] };
  const root = resolveContentRoot(contentDir);
  if ('error' in root) return folder;
  const { files, refused } = listContentFiles(root.root, join(contentDir, 'sources'));
  for (const { path, message } of refused)
    folder.issues.push({ file: displayPath(path, cwd), field: '', message });
  const citedSet = new Set(cited);
  for (const path of files) {
    const name = basename(path);
    const file = displayPath(path, cwd);
    const fail = (message: string) => folder.issues.push({ file, field: '', message });
    if (!SOURCE_FILE_NAME.test(name) || path !== join(contentDir, 'sources', name)) {
      fail(
        'thư mục sources/ chỉ chứa bài báo lưu trữ dạng .txt, ngay trong thư mục (không trong thư mục con), tên chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch nối và gạch dưới: đổi tên hoặc chuyển tệp đi',
      );
      continue;
    }
    folder.present.add(name);
    const read = readSourceFile(path);
    if ('error' in read) {
      fail(read.error);
      continue;
    }
    folder.readable.add(name);
    if (!citedSet.has(name))
      fail(
        'không bản ghi nào dẫn tới bài báo lưu trữ này (trường source.archive), nên nó sẽ không được đăng: ghi tên tệp vào source.archive của bản ghi lấy tin từ bài này, hoặc xoá tệp',
      );
  }
  return folder;
}
