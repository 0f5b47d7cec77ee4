/**
 * `npm run docs:records`: writes the generated parts of docs/records.md (the tables of fields and
 * of which record points at which) from the schemas. Run it after changing a schema's fields or
 * their help; tests/unit/tools/records-doc.test.ts fails while the file and the schemas disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionsWithoutTable, renderRecordsDoc } from '../src/tools/records-doc.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

const file = join(import.meta.dirname, '..', 'docs', 'records.md');
handleUnexpectedErrors({ input: file });
const before = readFileSync(file, 'utf8');
const missing = collectionsWithoutTable(before);
if (missing.length > 0) {
  console.error(
    `docs/records.md has no table for ${missing.join(', ')}: add "<!-- generated: fields <collection> -->" and "<!-- /generated -->" under its section, then run this again.`,
  );
  process.exit(1);
}
const after = renderRecordsDoc(before);
if (after === before) console.log('docs/records.md is up to date.');
else {
  writeFileSync(file, after);
  console.log('Wrote the tables of docs/records.md from the schemas.');
}
