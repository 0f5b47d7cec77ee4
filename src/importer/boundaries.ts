/**
 * What the importer reads and where it writes: it reads only a text file (UTF-8, no control
 * characters, a regular file of at most `MAX_SOURCE_BYTES`), and writes only inside the drafts
 * folder, judged by real paths, so that a link inside `--out` cannot carry a draft elsewhere.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describeCharacter, findForbiddenCharacter } from '../records/characters.ts';
import { isInside } from '../records/content-files.ts';
import { decodeRecordText } from '../records/read.ts';
import { MAX_SOURCE_BYTES } from '../records/sources.ts';

/** The article's text (NFC, LF line ends), or why it is not a text the importer can read. */
export function readArticleText(file: string): { text: string } | { error: string } {
  const stats = statSync(file);
  if (!stats.isFile())
    return {
      error: `${file} không phải một tệp văn bản: chép bài báo vào một tệp .txt rồi nhập tệp đó`,
    };
  if (stats.size > MAX_SOURCE_BYTES)
    return {
      error: `${file} nặng ${Math.round(stats.size / 1024)} KB, vượt giới hạn ${MAX_SOURCE_BYTES / 1024} KB cho một bài báo: chỉ chép phần chữ của bài vào tệp`,
    };
  const decoded = decodeRecordText(readFileSync(file));
  if ('error' in decoded) return { error: `${file}: ${decoded.error}` };
  const odd = findForbiddenCharacter(decoded.text);
  if (odd)
    return {
      error: `${file} không phải văn bản bài báo (có ký tự ${describeCharacter(odd.character)}, thường gặp trong tệp nhị phân như ảnh, PDF, Word): chép phần chữ của bài vào một tệp .txt rồi nhập tệp đó`,
    };
  if (decoded.text.trim() === '') return { error: `${file} trống: chép bài báo vào tệp` };
  return decoded;
}

/** The deepest part of `path` that exists, and its real path. */
function deepestExisting(path: string): string {
  let at = path;
  for (;;) {
    try {
      lstatSync(at);
      return realpathSync(at);
    } catch {
      const up = dirname(at);
      if (up === at) return at;
      at = up;
    }
  }
}

/**
 * Checks that each draft (path below the drafts folder) would be written inside it: no `..`, no
 * link on the way that leads out, nothing (not even a dangling link) already at its place.
 * Returns the reasons a draft cannot be written; writes nothing.
 */
export function draftTargetProblems(outDir: string, paths: readonly string[]): string[] {
  // A drafts folder that does not exist yet holds no link: its drafts stay inside it.
  const outReal = existsSync(outDir) ? realpathSync(outDir) : undefined;
  const problems: string[] = [];
  for (const path of paths) {
    const target = resolve(outDir, path);
    if (!isInside(resolve(outDir), target) || relative(outDir, target).startsWith('..')) {
      problems.push(`${target} nằm ngoài thư mục bản nháp ${outDir}`);
      continue;
    }
    if (outReal !== undefined && !isInside(outReal, deepestExisting(dirname(target)))) {
      problems.push(
        `${target} sẽ được ghi ra ngoài ${outDir} (một thư mục trên đường đi là liên kết symlink trỏ ra ngoài)`,
      );
      continue;
    }
    try {
      lstatSync(target);
      problems.push(`${target} đã có`);
    } catch {
      // Nothing there: the draft can be written.
    }
  }
  return problems;
}

/** Creates the folder of a draft, checking again that it is inside the drafts folder's real path. */
export function makeDraftFolder(outDir: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  if (!isInside(realpathSync(outDir), realpathSync(dirname(target))))
    throw new Error(`${dirname(target)} is outside ${outDir}`);
}
