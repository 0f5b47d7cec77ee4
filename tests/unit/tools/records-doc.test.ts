import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  anchorOf,
  collectionsWithoutTable,
  renderRecordsDoc,
} from '../../../src/tools/records-doc.ts';
import { collectReferences } from '../../../src/records/references.ts';
import { validateContent } from '../../../src/records/validate.ts';
import { COLLECTION_NAMES, folderOf } from '../../../src/schemas/index.ts';

const DOC = new URL('../../../docs/records.md', import.meta.url);
const committed = readFileSync(DOC, 'utf8');

describe('docs/records.md', () => {
  test('has the tables the schemas give (run `npm run docs:records` after changing a schema)', () => {
    expect(renderRecordsDoc(committed)).toBe(committed);
  });

  test('has a table of fields for every collection', () => {
    expect(collectionsWithoutTable(committed)).toEqual([]);
  });

  test('lists every link the records of content/ make, by collection and target', () => {
    const { content } = validateContent('content');
    for (const name of COLLECTION_NAMES)
      for (const record of content[name])
        for (const { ref, path } of collectReferences(record.data)) {
          const row = `| \`${folderOf(name)}\` | \`${folderOf(ref.collection)}\` |`;
          expect(committed, `${name}/${record.id} ${path.join('.')}`).toContain(row);
        }
  });

  test('no longer says a collection may only point at those listed before it', () => {
    // Meetings point at plans and tasks at meetings, whatever the order of COLLECTION_NAMES.
    expect(committed).not.toMatch(/may only point at collections listed before it/);
    expect(committed).toContain('| `plans` | `meetings` | `tasks[].statusSource` |');
  });
});

describe('renderRecordsDoc', () => {
  const part = (spec: string) =>
    `## Heading\n\n<!-- generated: ${spec} -->\nold\n<!-- /generated -->\n`;

  test('fills a part with the fields of a collection and of the objects inside it', () => {
    const out = renderRecordsDoc(part('fields statistics'));
    expect(out).toContain('| `periodStart` | yes | day `YYYY-MM-DD` | Ngày đầu kỳ. |');
    expect(out).toContain('| `figures` | yes | list (at least 1) of objects: see below |');
    expect(out).toContain('`figures`, each item:');
    expect(out).toContain('| `atLeast` | no | `true` or `false` |');
    expect(out).not.toContain('old');
  });

  test('links an object field to its table elsewhere in the guide', () => {
    const out = renderRecordsDoc(
      `### Tasks (in meetings and plans)\n\n<!-- generated: fields meetings.tasks -->\n<!-- /generated -->\n\n${part('fields plans')}`,
    );
    expect(out).toContain(
      '| `tasks` | no | list of objects: see [Tasks (in meetings and plans)](#tasks-in-meetings-and-plans) |',
    );
    expect(out).not.toContain('`tasks`, each item:');
  });

  test('refuses a part it cannot make, naming it', () => {
    expect(() => renderRecordsDoc(part('fields people'))).toThrow('no collection "people"');
    expect(() => renderRecordsDoc(part('fields meetings.title'))).toThrow(
      '"meetings.title" is not an object field',
    );
    expect(() => renderRecordsDoc(part('tables'))).toThrow('is not a part this script makes');
  });
});

describe('anchorOf', () => {
  test.each([
    ['`source`: where the facts come from', 'source-where-the-facts-come-from'],
    ['People (`chairs`, `participants`, `signer`)', 'people-chairs-participants-signer'],
    ['Địa bàn và cơ quan', 'địa-bàn-và-cơ-quan'],
  ])('%s → %s', (heading, anchor) => expect(anchorOf(heading)).toBe(anchor));
});
