import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastChanged, readLastCommitDays } from '../../../src/site/record-history.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-history-'));
  dirs.push(dir);
  return dir;
}

/** Commits everything in `repo` as if on `day` (committer and author dates). */
function commitAll(repo: string, day: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: `${day}T12:00:00+07:00`,
    GIT_COMMITTER_DATE: `${day}T12:00:00+07:00`,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  execFileSync('git', ['-C', repo, 'add', '-A'], { env });
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', day], { env });
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('readLastCommitDays', () => {
  test('gives each committed record the day of the last commit that changed its file', () => {
    const repo = tempDir();
    execFileSync('git', ['init', '-q', repo]);
    // The content folder is a sub-folder of the repository, as content/ is in the project.
    const content = join(repo, 'content');
    write(join(content, 'meetings/2023/a.md'), 'một');
    write(join(content, 'places/ha-tinh.yaml'), 'name: Hà Tĩnh');
    commitAll(repo, '2024-01-15');
    write(join(content, 'meetings/2023/a.md'), 'hai');
    commitAll(repo, '2025-03-02');
    // Changed since its last commit, and never committed: both count as changed on the build date.
    write(join(content, 'places/ha-tinh.yaml'), 'name: Hà Tĩnh (sửa)');
    write(join(content, 'places/moi.yaml'), 'name: Mới');

    const days = readLastCommitDays(content);
    expect(days.get('meetings/2023/a')).toBe('2025-03-02');
    expect(days.has('places/ha-tinh')).toBe(false);
    expect(days.has('places/moi')).toBe(false);
    expect(lastChanged(days, ['meetings/2023/a'], '2026-11-22')).toBe('2025-03-02');
    expect(lastChanged(days, ['places/ha-tinh'], '2026-11-22')).toBe('2026-11-22');
    // A page showing several records: the latest change of any.
    expect(lastChanged(days, ['meetings/2023/a', 'places/moi'], '2026-11-22')).toBe('2026-11-22');
  });

  test('a content folder outside any repository falls back to the build date', () => {
    const content = tempDir();
    write(join(content, 'meetings/a.md'), 'một');
    const days = readLastCommitDays(content);
    expect(days.size).toBe(0);
    expect(lastChanged(days, ['meetings/a'], '2026-11-22')).toBe('2026-11-22');
  });
});
