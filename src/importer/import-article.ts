/**
 * `npm run import -- FILE|FOLDER`: reads one article (or every `.txt` article of a folder),
 * writes its draft records into the drafts folder (never over an existing file or record: nothing
 * is written when one would be), then validates `content/` plus each article's drafts together in
 * a temporary folder and returns the problems found in the drafts.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { ContentSet } from '../records/content-set.ts';
import type { ValidationIssue } from '../records/issues.ts';
import { validateContent } from '../records/validate.ts';
import { criteriaKnowledge, type CriteriaKnowledge } from './criteria-sets.ts';
import { buildDraft, mergeDrafts, type Draft, type DraftOptions } from './draft/index.ts';
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
  /** The article's address, when known. */
  url?: string;
}

export interface ImportResult {
  /** The article's file name. */
  article: string;
  draft: Draft;
  /** Files written, relative to `outDir`. */
  written: string[];
  /** Problems the validator found in the drafts (with content/ around them). */
  issues: ValidationIssue[];
  /** Values marked `# REVIEW:` in the drafts. */
  reviews: number;
}

/** Thrown when a draft would replace an existing file or record; nothing has been written. */
export class ImportRefused extends Error {}

/** The drafts of one article's text. */
export function draftArticle(
  text: string,
  name: string,
  context: { content: ContentSet; knowledge: CriteriaKnowledge; contentDir: string; url?: string },
): Draft {
  const archived =
    existsSync(join(context.contentDir, 'sources', name)) && /^[\w.-]+\.txt$/.test(name);
  const options: DraftOptions = {
    content: context.content,
    knowledge: context.knowledge,
    ...(archived ? { archive: name } : {}),
    ...(context.url ? { url: context.url } : {}),
  };
  const read = (t: string) =>
    extractArticle(t, {
      knowledge: context.knowledge,
      ...(context.url ? { url: context.url } : {}),
    });
  // A round-up of several meetings ("Huyện ủy Kỳ Anh … Huyện Can Lộc …") gives one meeting per part.
  const sections = articleSections(text);
  return sections.length >= 2
    ? mergeDrafts(sections.map((s) => buildDraft(read(s.text), { ...options, section: s.heading })))
    : buildDraft(read(text), options);
}

/**
 * Why a draft's files cannot be written: one would replace a file (in `outDir` or in `content/`)
 * or land outside the drafts folder.
 */
function conflictsOf(draft: Draft, outDir: string, contentDir: string): string[] {
  const paths = draft.records.map((r) => draftPath(r));
  return [
    ...draftTargetProblems(outDir, paths),
    ...paths
      .filter((path) => existsSync(join(contentDir, path)))
      .map((path) => `${join(contentDir, path)} đã có`),
  ];
}

function writeDraft(draft: Draft, outDir: string, sourceName: string): string[] {
  const paths = draft.records.map((r) => draftPath(r));
  draft.records.forEach((record, i) => {
    const target = join(outDir, paths[i]!);
    makeDraftFolder(outDir, target);
    writeFileSync(target, renderDraftFile(record, sourceName), { flag: 'wx' });
  });
  return paths;
}

const refuse = (conflicts: readonly string[]) =>
  new ImportRefused(
    `Chưa ghi tệp nào, vì bản nháp sẽ ghi đè lên tệp đã có hoặc ghi ra ngoài thư mục bản nháp:\n  ${conflicts.join('\n  ')}\nHãy chuyển hoặc đổi tên bản nháp cũ trước, hoặc chọn thư mục khác bằng --out.`,
  );

/** The article's text, or `ImportRefused` naming why it is not a text article. */
function articleText(file: string): string {
  const article = readArticleText(file);
  if ('error' in article) throw new ImportRefused(`Chưa ghi tệp nào: ${article.error}`);
  return article.text;
}

/** Reads `file`, writes its drafts into `outDir`, validates them. Throws `ImportRefused` rather than overwrite. */
export function importArticle(options: ImportOptions): ImportResult {
  const { content } = validateContent(options.contentDir, { cwd: options.contentDir });
  const knowledge = criteriaKnowledge(content);
  const name = basename(options.file);
  const draft = draftArticle(articleText(options.file), name, {
    content,
    knowledge,
    contentDir: options.contentDir,
    ...(options.url ? { url: options.url } : {}),
  });
  const conflicts = conflictsOf(draft, options.outDir, options.contentDir);
  if (conflicts.length > 0) throw refuse(conflicts);
  const written = writeDraft(draft, options.outDir, name);
  return {
    article: name,
    draft,
    written,
    issues: validateDrafts(options.contentDir, options.outDir, written),
    reviews: countReviews(draft),
  };
}

/** Values marked for review in a draft. */
export function countReviews(draft: Draft): number {
  return draft.records.reduce(
    (n, r) => n + [...r.review.values()].filter((v) => v !== '').length,
    0,
  );
}

/** Options for a folder of articles. */
export interface ImportFolderOptions {
  folder: string;
  outDir: string;
  contentDir: string;
  /** Addresses of the articles by file name; default: read from the folder's README.md, if any. */
  urls?: ReadonlyMap<string, string>;
}

/**
 * The addresses a folder's README lists beside its articles: any line naming a `.txt` file and an
 * http(s) address (a Markdown table row, or "file url").
 */
export function addressesIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const file = /([\w.-]+\.txt)/.exec(line)?.[1];
    const url = /(https?:\/\/[^\s|)`]+)/.exec(line)?.[1];
    if (file && url) out.set(file, url);
  }
  return out;
}

/**
 * Drafts every `.txt` article of `folder`, each into its own sub-folder of `outDir` (named after
 * the article), refusing before writing anything when one article is not a text article or one
 * file would be overwritten.
 */
export function importFolder(options: ImportFolderOptions): ImportResult[] {
  const { content } = validateContent(options.contentDir, { cwd: options.contentDir });
  const knowledge = criteriaKnowledge(content);
  const readme = join(options.folder, 'README.md');
  // The README is read like an article (a regular text file of bounded size), or not at all.
  const listed = existsSync(readme) ? readArticleText(readme) : undefined;
  const urls =
    options.urls ??
    (listed && 'text' in listed ? addressesIn(listed.text) : new Map<string, string>());
  const files = readdirSync(options.folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const drafts = files.map((name) => {
    const url = urls.get(name);
    const draft = draftArticle(articleText(join(options.folder, name)), name, {
      content,
      knowledge,
      contentDir: options.contentDir,
      ...(url ? { url } : {}),
    });
    return { name, draft, outDir: join(options.outDir, name.replace(/\.txt$/, '')) };
  });
  const conflicts = drafts.flatMap((d) => conflictsOf(d.draft, d.outDir, options.contentDir));
  if (conflicts.length > 0) throw refuse(conflicts);
  return drafts.map((d) => {
    const written = writeDraft(d.draft, d.outDir, d.name);
    return {
      article: d.name,
      draft: d.draft,
      written: written.map((w) => join(relative(options.outDir, d.outDir), w)),
      issues: validateDrafts(options.contentDir, d.outDir, written),
      reviews: countReviews(d.draft),
    };
  });
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
    const ids = paths.map((p) =>
      p
        .replace(/\.(md|yaml)$/, '')
        .split('/')
        .slice(1)
        .join('/'),
    );
    return issues
      .filter((i) => drafts.has(i.file) || ids.some((id) => i.message.includes(`"${id}"`)))
      .map((i) => ({
        ...i,
        file: drafts.has(i.file) ? relative(process.cwd(), join(outDir, i.file)) : i.file,
      }));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The summary table of a batch: article, records drafted (by kind), values to review, validator errors. */
export function summaryTable(results: readonly ImportResult[]): string {
  const rows = results.map((r) => {
    const kinds = new Map<string, number>();
    for (const rec of r.draft.records)
      kinds.set(rec.collection, (kinds.get(rec.collection) ?? 0) + 1);
    const byKind = [...kinds].map(([k, n]) => `${n} ${KIND_WORDS[k] ?? k}`).join(', ');
    return [
      r.article,
      `${r.draft.records.length} (${byKind})`,
      String(r.reviews),
      String(r.issues.length),
    ];
  });
  const total = [
    'Tổng',
    String(results.reduce((n, r) => n + r.draft.records.length, 0)),
    String(results.reduce((n, r) => n + r.reviews, 0)),
    String(results.reduce((n, r) => n + r.issues.length, 0)),
  ];
  const header = ['Bài', 'Bản ghi nháp', 'Giá trị cần kiểm tra', 'Lỗi validator'];
  const all = [header, ...rows, total];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join(' | ')
      .trimEnd();
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
    line(total),
  ].join('\n');
}

const KIND_WORDS: Record<string, string> = {
  meetings: 'cuộc họp',
  documents: 'văn bản',
  assessments: 'đánh giá',
  statistics: 'số liệu',
  recognitions: 'mức đạt chuẩn',
  places: 'địa bàn',
  bodies: 'cơ quan',
};
