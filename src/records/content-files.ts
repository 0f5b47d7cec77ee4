/**
 * The content folder is a boundary: every file the validator, the Astro loader and the site read
 * from it is listed here, and nothing outside it is ever read. A symbolic link is followed only
 * when its target is inside the content folder; one that leaves it, dangles or loops is refused
 * by name. Only regular files are read: a FIFO (which would block a reader for ever), a device
 * or a socket is refused. Each refusal is a message for the clerk, never an exception.
 * See docs/decisions/0015-hostile-input.md.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file or folder the listing refused, with why and what to do. */
export interface RefusedPath {
  path: string;
  message: string;
}

/** The content folder's real path, or why it cannot be used. */
export function resolveContentRoot(contentDir: string): { root: string } | { error: string } {
  let stats: Stats;
  try {
    stats = statSync(contentDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return {
        error:
          'không có thư mục nội dung này: kiểm tra đường dẫn trong biến CONTENT_DIR (bỏ trống để dùng thư mục content/ của dự án)',
      };
    return { error: fsProblem(code, 'thư mục nội dung') };
  }
  if (!stats.isDirectory())
    return {
      error:
        'đây không phải là một thư mục: CONTENT_DIR phải chỉ tới thư mục chứa places/, meetings/, … (bỏ trống để dùng content/)',
    };
  return { root: realpathSync(contentDir) };
}

/** True when `path` (a real path) is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** What kind of thing a non-regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'một đường ống (FIFO)';
  if (stats.isSocket()) return 'một socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'một thiết bị';
  return 'không phải tệp thông thường';
}

/** A file-system error code in words, for `what` (the file, the folder). */
function fsProblem(code: string | undefined, what: string): string {
  switch (code) {
    case 'ENAMETOOLONG':
      return `đường dẫn tới ${what} quá dài để đọc: đặt tên tệp và thư mục ngắn hơn`;
    case 'EACCES':
    case 'EPERM':
      return `không có quyền đọc ${what}: cấp quyền đọc, hoặc chuyển nó ra khỏi thư mục nội dung`;
    default:
      return `không đọc được ${what} (${code ?? 'lỗi không rõ'}): kiểm tra tệp, hoặc chuyển nó ra khỏi thư mục nội dung`;
  }
}

/**
 * Where a symbolic link at `path` leads, if it may be followed: its real path and what it is.
 * Refused when it dangles, loops or leaves `root`.
 */
function followLink(
  root: string,
  path: string,
): { real: string; stats: Stats } | { error: string } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return {
        error:
          'đây là liên kết (symlink) trỏ tới một tệp không tồn tại: xoá liên kết, hoặc thay bằng chính tệp đó',
      };
    if (code === 'ELOOP')
      return {
        error:
          'đây là liên kết (symlink) trỏ vòng về chính nó: xoá liên kết, hoặc thay bằng chính tệp đó',
      };
    return { error: fsProblem(code, 'liên kết này') };
  }
  if (!isInside(root, real))
    return {
      error:
        'đây là liên kết (symlink) trỏ ra ngoài thư mục nội dung: chỉ tệp nằm trong thư mục nội dung được đọc; thay liên kết bằng chính tệp đó',
    };
  return { real, stats: statSync(real) };
}

/**
 * Every regular file below `folder` (inside the content folder `root`, a real path), sorted,
 * dot-files skipped, and every path refused on the way. A missing `folder` has no files.
 */
export function listContentFiles(
  root: string,
  folder: string,
): { files: string[]; refused: RefusedPath[] } {
  const files: string[] = [];
  const refused: RefusedPath[] = [];
  const seenFolders = new Set<string>();
  const visit = (path: string, isTop: boolean) => {
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (isTop && code === 'ENOENT') return;
      refused.push({
        path,
        message:
          code === 'ENOENT'
            ? // Listed a moment ago: a name that is not valid UTF-8 comes back changed from readdir.
              'không mở được tệp theo tên của nó (tên có ký tự không phải UTF-8?): đổi tên tệp, chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch nối'
            : fsProblem(code, 'tệp này'),
      });
      return;
    }
    let real = path;
    if (stats.isSymbolicLink()) {
      const target = followLink(root, path);
      if ('error' in target) {
        refused.push({ path, message: target.error });
        return;
      }
      ({ real, stats } = target);
    }
    if (stats.isDirectory()) {
      const realFolder = realpathSync(real);
      if (seenFolders.has(realFolder)) {
        refused.push({
          path,
          message:
            'thư mục này là liên kết (symlink) tới một thư mục đã đọc (vòng lặp): xoá liên kết',
        });
        return;
      }
      seenFolders.add(realFolder);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        refused.push({
          path,
          message: fsProblem((error as NodeJS.ErrnoException).code, 'thư mục này'),
        });
        return;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        visit(join(path, name), false);
      }
      return;
    }
    if (!stats.isFile()) {
      refused.push({
        path,
        message: `đây là ${kindOf(stats)}, không phải tệp bản ghi: chỉ để tệp thông thường trong thư mục nội dung; xoá nó đi`,
      });
      return;
    }
    files.push(path);
  };
  visit(folder, true);
  return { files, refused };
}

/** `path` as messages name it: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return (fromCwd.startsWith('..') ? path : fromCwd).split(sep).join('/');
}
