/**
 * The open-data export of the default site, read back as a reuser would: every record and every
 * field of validateContent(content/) must come back unchanged from the JSON and from the CSV, and
 * every exported record must satisfy the published JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { effectiveCriteria } from '../../src/domain/criteria.ts';
import { csvTextValue, parseCsv } from '../../src/formats/csv.ts';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  EXTENSIONS,
  folderOf,
  type CollectionName,
} from '../../src/schemas/index.ts';
import { validateContent } from '../../src/records/validate.ts';
import { readCollectionFolder } from '../../src/records/read.ts';
import type { ContentSet, ParsedRecord } from '../../src/records/content-set.ts';

const root = resolve(import.meta.dirname, '../..');
let dataDir: string;
let content: ContentSet;

beforeAll(() => {
  dataDir = join(inject('siteDir'), 'data');
  const result = validateContent(join(root, 'content'), { cwd: root });
  expect(result.issues).toEqual([]);
  content = result.content;
});

// What validateContent gives, as JSON carries it (undefined fields dropped).
function expected(name: CollectionName): unknown[] {
  return (content[name] as ParsedRecord<unknown>[]).map((r): unknown =>
    JSON.parse(
      JSON.stringify({
        id: r.id,
        ...(r.data as object),
        ...(r.body !== undefined ? { body: r.body } : {}),
      }),
    ),
  );
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

type PropSchema = { type?: string | string[]; const?: unknown; enum?: unknown[] };

// A reuser's CSV reader: the JSON Schema says which columns are text, numbers or booleans; the
// rest (lists, objects) are JSON text. An empty cell is an absent field.
function recordsFromCsv(
  text: string,
  schema: { properties: Record<string, PropSchema> },
): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    header!.forEach((column, i) => {
      const cell = row[i]!;
      if (cell === '') return;
      const prop = schema.properties[column] ?? {};
      const type = Array.isArray(prop.type) ? undefined : prop.type;
      if (
        type === 'string' ||
        typeof prop.const === 'string' ||
        (prop.enum && prop.enum.every((v) => typeof v === 'string'))
      )
        record[column] = csvTextValue(cell);
      else if (type === 'number' || type === 'integer') record[column] = Number(cell);
      else if (type === 'boolean') record[column] = cell === 'true';
      else record[column] = JSON.parse(cell);
    });
    return record;
  });
}

describe('dist/data', () => {
  test('has a JSON file, a CSV file and two JSON Schemas for every collection, listed in index.json', () => {
    const index = readJson('index.json') as {
      licence: { id: string };
      files: Array<{ name: string; records: number; json: string; csv: string }>;
    };
    expect(index.licence.id).toBe('CC-BY-4.0');
    for (const name of COLLECTION_NAMES) {
      const stem = folderOf(name);
      for (const file of [
        `${stem}.json`,
        `${stem}.csv`,
        `schemas/${stem}.schema.json`,
        `schemas/${stem}.input.schema.json`,
      ])
        expect(existsSync(join(dataDir, file)), file).toBe(true);
      expect(index.files.find((f) => f.name === stem)?.records).toBe(content[name].length);
    }
  });

  test.each(COLLECTION_NAMES)('%s.json holds every record with every field unchanged', (name) => {
    expect(readJson(`${folderOf(name)}.json`)).toEqual(expected(name));
  });

  test.each(COLLECTION_NAMES)(
    '%s.csv read back with its schema gives every record with every field unchanged',
    (name) => {
      const stem = folderOf(name);
      const schema = readJson(`schemas/${stem}.schema.json`) as {
        properties: Record<string, PropSchema>;
      };
      const text = readFileSync(join(dataDir, `${stem}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(recordsFromCsv(text, schema)).toEqual(expected(name));
    },
  );

  test.each(COLLECTION_NAMES)('every record of %s.json satisfies its export schema', (name) => {
    const stem = folderOf(name);
    const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri: true } });
    const validate = ajv.compile(readJson(`schemas/${stem}.schema.json`) as object);
    for (const record of readJson(`${stem}.json`) as Array<{ id: string }>) {
      expect(validate(record) ? [] : validate.errors, record.id).toEqual([]);
    }
  });

  test.each(COLLECTION_NAMES)('every file in content/%s satisfies its input schema', (name) => {
    const spec = COLLECTIONS[name];
    const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri: true } });
    const validate = ajv.compile(readJson(`schemas/${folderOf(name)}.input.schema.json`) as object);
    const { records } = readCollectionFolder(
      join(root, 'content', spec.folder),
      spec.format,
      EXTENSIONS[spec.format],
      root,
    );
    for (const raw of records)
      expect(validate(raw.data) ? [] : validate.errors, raw.file).toEqual([]);
  });

  test('tasks.json has one row per task of every meeting and plan, with its deadline and assignees', () => {
    const rows = readJson('tasks.json') as Array<Record<string, unknown>>;
    const all = [
      ...content.meetings.map((m) => ({ origin: 'meetings', id: m.id, tasks: m.data.tasks })),
      ...content.plans.map((p) => ({ origin: 'plans', id: p.id, tasks: p.data.tasks })),
    ];
    expect(rows).toHaveLength(all.reduce((n, o) => n + o.tasks.length, 0));
    for (const o of all) {
      for (const t of o.tasks) {
        const row = rows.find((r) => r.key === `${o.origin}/${o.id}#${t.id}`);
        expect(row, `${o.id}#${t.id}`).toBeDefined();
        expect(row!.text).toBe(t.text);
        expect(row!.deadlineDue).toBe(t.deadline?.due);
        expect(row!.assignees).toEqual(t.assignees.map((a) => a.id));
        expect(row!.status).toBe(t.status);
      }
    }
    const csv = parseCsv(readFileSync(join(dataDir, 'tasks.csv'), 'utf8'));
    expect(csv).toHaveLength(rows.length + 1);
  });

  test('figures.json has one row per figure of every statistics record', () => {
    const rows = readJson('figures.json') as Array<Record<string, unknown>>;
    const figures = content.statistics.flatMap((s) =>
      s.data.figures.map((f) => ({
        statistics: s.id,
        metric: f.metric,
        value: f.value,
        unit: f.unit,
      })),
    );
    expect(
      rows.map((r) => ({
        statistics: r.statistics,
        metric: r.metric,
        value: r.value,
        unit: r.unit,
      })),
    ).toEqual(figures);
  });

  test('criteria.json has one row per criterion of every assessment, listed or from `otherwise`', () => {
    const rows = readJson('criteria.json') as Array<Record<string, unknown>>;
    const setsById = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
    let expectedRows = 0;
    for (const a of content.assessments) {
      const criteria = effectiveCriteria(a.data.criteriaSet.id, setsById)!;
      for (const c of criteria) {
        const status = a.data.statuses[String(c.number)] ?? a.data.otherwise;
        if (status === undefined) continue;
        expectedRows += 1;
        const row = rows.find((r) => r.assessment === a.id && r.criterion === c.number);
        expect(row, `${a.id} #${c.number}`).toMatchObject({
          place: a.data.place.id,
          status,
          explicit: a.data.statuses[String(c.number)] !== undefined,
        });
      }
    }
    expect(rows).toHaveLength(expectedRows);
    expect(expectedRows).toBeGreaterThan(0);
  });
});
