/**
 * Writes a generated archive to a folder. It refuses to write into the project's `content/`
 * (real records live there) and refuses to overwrite a folder it did not make: a folder it made
 * carries the marker file `.synthetic-archive`, and only such a folder is replaced.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { GeneratedArchive } from './generate.ts';

/** The marker file in every folder the generator wrote. */
export const SYNTHETIC_MARKER = '.synthetic-archive';

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Writes `archive` into `outDir`, replacing what an earlier run wrote there.
 * `protectedDir` (the real content folder) and anything inside it are refused.
 */
export function writeArchive(
  outDir: string,
  archive: GeneratedArchive,
  protectedDir: string,
  note = '',
): void {
  const target = realOrResolved(outDir);
  const guarded = realOrResolved(protectedDir);
  if (target === guarded || target.startsWith(guarded + sep) || guarded.startsWith(target + sep)) {
    throw new Error(
      `refusing to write synthetic records into ${outDir}: it is (or holds) the real content folder ${protectedDir}`,
    );
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    if (!existsSync(join(target, SYNTHETIC_MARKER))) {
      throw new Error(
        `refusing to overwrite ${outDir}: it is not empty and was not written by the generator (no ${SYNTHETIC_MARKER} file)`,
      );
    }
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  writeFileSync(
    join(target, SYNTHETIC_MARKER),
    `Dữ liệu tổng hợp, không có thật: sinh bởi npm run generate.\n${note}`,
  );
  const made = new Set<string>();
  for (const [path, text] of archive) {
    const file = join(target, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  }
}
