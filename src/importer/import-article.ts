/**
 * `npm run import -- FILE`: reads an article, writes its draft records into the drafts folder
 * (never over an existing file or record), then validates `content/` plus the drafts together
 * in a temporary folder and returns the problems found in the drafts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { ValidationIssue } from '../records/issues.ts';
import { validateContent } from '../records/validate.ts';
import { buildDraft, mergeDrafts, type Draft, type DraftOptions } from './draft.ts';
import { articleSections, extractArticle } from './extract.ts';
import { draftPath, renderDraftFile } from './write.ts';
import { draftTargetProblems, makeDraftFolder, readArticleText } from './boundaries.ts';

export interface ImportOptions {
  /** The article (plain text). */
  file: string;
  /** The drafts folder. */
  outDir: string;
  /** The content folder whose records the drafts link to. */
  contentDir: string;
}

export interface ImportResult {
  draft: Draft;
  /** Files written, relative to `outDir`. */
  written: string[];
  /** Problems the validator found in the drafts (with content/ around them). */
  issues: ValidationIssue[];
}

/** Thrown when a draft would replace an existing file or record; nothing has been written. */
export class ImportRefused extends Error {}

/** Reads `file`, writes its drafts into `outDir`, validates them. Throws `ImportRefused` rather than overwrite. */
export function importArticle(options: ImportOptions): ImportResult {
  const article = readArticleText(options.file);
  if ('error' in article) throw new ImportRefused(`Chưa ghi tệp nào: ${article.error}`);
  const { text } = article;
  const { content } = validateContent(options.contentDir, { cwd: options.contentDir });
  const name = basename(options.file);
  const archived =
    existsSync(join(options.contentDir, 'sources', name)) && /^[\w.-]+\.txt$/.test(name);
  const draftOptions: DraftOptions = archived ? { content, archive: name } : { content };
  // A round-up of several meetings ("Huyện ủy Kỳ Anh … Huyện Can Lộc …") gives one meeting per part.
  const sections = articleSections(text);
  const draft =
    sections.length >= 2
      ? mergeDrafts(
          sections.map((s) =>
            buildDraft(extractArticle(s.text), { ...draftOptions, section: s.heading }),
          ),
        )
      : buildDraft(extractArticle(text), draftOptions);

  const files = draft.records.map((r) => ({ record: r, path: draftPath(r) }));
  const conflicts = [
    ...draftTargetProblems(
      options.outDir,
      files.map((f) => f.path),
    ),
    ...files
      .filter(({ path }) => existsSync(join(options.contentDir, path)))
      .map(({ path }) => `${join(options.contentDir, path)} đã có`),
  ];
  if (conflicts.length > 0) {
    throw new ImportRefused(
      `Chưa ghi tệp nào, vì bản nháp sẽ ghi đè lên tệp đã có hoặc ghi ra ngoài thư mục bản nháp:\n  ${conflicts.join('\n  ')}\nHãy chuyển hoặc đổi tên bản nháp cũ trước, hoặc chọn thư mục khác bằng --out.`,
    );
  }
  for (const { record, path } of files) {
    const target = join(options.outDir, path);
    makeDraftFolder(options.outDir, target);
    writeFileSync(target, renderDraftFile(record, name), { flag: 'wx' });
  }
  return {
    draft,
    written: files.map((f) => f.path),
    issues: validateDrafts(
      options.contentDir,
      options.outDir,
      files.map((f) => f.path),
    ),
  };
}

/** Validates `content/` with the draft files added, in a temporary copy; returns the issues that concern the drafts. */
export function validateDrafts(
  contentDir: string,
  outDir: string,
  paths: readonly string[],
): ValidationIssue[] {
  const temp = mkdtempSync(join(tmpdir(), 'ntm-drafts-'));
  try {
    cpSync(contentDir, temp, { recursive: true });
    for (const path of paths) {
      mkdirSync(dirname(join(temp, path)), { recursive: true });
      cpSync(join(outDir, path), join(temp, path));
    }
    const { issues } = validateContent(temp, { cwd: temp });
    const drafts = new Set(paths);
    return issues
      .filter(
        (i) =>
          drafts.has(i.file) ||
          paths.some((p) =>
            i.message.includes(
              p
                .replace(/\.(md|yaml)$/, '')
                .split('/')
                .slice(1)
                .join('/'),
            ),
          ),
      )
      .map((i) => ({
        ...i,
        file: drafts.has(i.file) ? relative(process.cwd(), join(outDir, i.file)) : i.file,
      }));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
