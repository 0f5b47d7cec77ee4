/**
 * When each record last changed, for the line every record page carries ("Hồ sơ cập nhật lần
 * cuối ngày …"): the day of the last commit that touched its file, read from git once per build.
 * A file changed since its last commit, a file git does not track, and a content folder outside
 * any git repository (a `CONTENT_DIR` elsewhere, an archive unpacked without history) all count
 * as changed on the build date: the page then claims no more than that the record is as of the
 * build. Nothing is fetched: git reads the local repository only.
 */
import { execFileSync } from 'node:child_process';

/** Runs git in `dir`; undefined when git is missing or `dir` is not in a repository. */
function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', '-C', dir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** `meetings/2023/a.md` → `meetings/2023/a`: a record's key is its folder and id. */
const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');

/**
 * The day each file under `contentDir` was last committed, keyed by its path relative to the
 * folder without its extension (`meetings/2023/2023-07-11-hop`). Files with uncommitted changes
 * and untracked files are left out, as is everything when the folder has no git history.
 */
export function readLastCommitDays(contentDir: string): Map<string, string> {
  const days = new Map<string, string>();
  // Newest commit first: the first day seen for a file is its last change.
  const log = git(contentDir, ['log', '--format=@%cs', '--name-only', '--relative', '--', '.']);
  if (log === undefined) return days;
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) day = line.slice(1);
    else if (line !== '' && day !== '') {
      const key = withoutExtension(line);
      if (!days.has(key)) days.set(key, day);
    }
  }
  const changed = git(contentDir, ['ls-files', '--modified', '--others', '--exclude-standard']);
  for (const line of (changed ?? '').split('\n'))
    if (line !== '') days.delete(withoutExtension(line));
  return days;
}

/** The day the latest of `keys` (`<folder>/<id>`) last changed, or `buildDate` for any not committed as is. */
export function lastChanged(
  days: ReadonlyMap<string, string>,
  keys: readonly string[],
  buildDate: string,
): string {
  let latest = '';
  for (const key of keys) {
    const day = days.get(key) ?? buildDate;
    if (day > latest) latest = day;
  }
  return latest === '' ? buildDate : latest;
}
