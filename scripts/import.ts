/**
 * `npm run import -- FILE [--out DIR]`: turns a published article (plain text) into draft
 * records in the drafts folder (default `drafts/`), never over an existing file, and prints what
 * to review and what the validator says about the drafts.
 */
import { resolve } from 'node:path';
import { ImportRefused, importArticle } from '../src/lib/importer/import-article.ts';
import { resolveContentDir } from '../src/lib/records/content-dir.ts';
import { formatIssue, sortIssues } from '../src/lib/records/issues.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = resolve(outAt >= 0 ? (args[outAt + 1] ?? 'drafts') : 'drafts');
const files = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (files.length !== 1 || (outAt >= 0 && args[outAt + 1] === undefined)) {
  console.error('Usage: npm run import -- ARTICLE.txt [--out DRAFTS_FOLDER]');
  process.exit(2);
}

try {
  const { draft, written, issues } = importArticle({ file: resolve(files[0]!), outDir, contentDir: resolveContentDir() });
  console.log(`Wrote ${written.length} draft file${written.length === 1 ? '' : 's'} into ${outDir}:`);
  for (const path of written) console.log(`  ${path}`);
  if (draft.linked.length > 0) console.log(`Cites documents already in content/: ${draft.linked.map((l) => l.id).join(', ')}`);
  const reviews = draft.records.reduce((n, r) => n + r.review.size, 0);
  console.log(`\n${reviews} value${reviews === 1 ? '' : 's'} marked "# REVIEW:" in the files: check each one against the article.`);
  if (issues.length > 0) {
    console.log(`\nThe validator found ${issues.length} problem${issues.length === 1 ? '' : 's'} in the drafts (fix them before moving the files into content/):`);
    for (const issue of sortIssues(issues)) console.log(`  ${formatIssue(issue)}`);
  } else {
    console.log('\nThe drafts pass the validator together with content/.');
  }
} catch (error) {
  if (error instanceof ImportRefused) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
