/**
 * The open-data export: every collection as JSON and CSV, tasks and figures flattened into
 * tables of their own, a JSON Schema per collection and a manifest. Pure functions from the
 * validated records to file contents; `src/build/open-data.ts` writes them into `dist/data/`.
 */
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  folderOf,
  plainReference,
  type CollectionName,
  type RecordRef,
} from '../schemas/index.ts';
import { effectiveCriteria } from '../domain/criteria.ts';
import type { ContentSet, ParsedRecord } from '../records/content-set.ts';
import { formatCsv } from '../formats/csv.ts';
import { exportRecordJsonSchema, inputRecordJsonSchema } from './json-schema.ts';
import { schemaFieldNames } from './schema-fields.ts';

/** The licence of the data, as an SPDX id and its address. */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The file name of a collection in `dist/data/` (without extension): its folder name, e.g. `criteria-sets`. */
export function exportFileStem(collection: CollectionName): string {
  return folderOf(collection);
}

/** One exported record: `id`, every parsed field, and `body` (Markdown text) for Markdown records. */
export type ExportRecord = Record<string, unknown> & { id: string };

/** A record as exported: `id` first, then the parsed fields, then the Markdown body. */
export function toExportRecord(record: ParsedRecord<unknown>): ExportRecord {
  const out: ExportRecord = { id: record.id, ...(record.data as Record<string, unknown>) };
  if (record.body !== undefined) out.body = record.body;
  return out;
}

/** The CSV columns of a collection: `id`, the schema's fields in order, then `body` for Markdown records. */
export function exportColumns(collection: CollectionName): string[] {
  const spec = COLLECTIONS[collection];
  return [
    'id',
    ...schemaFieldNames(spec.schema(plainReference)),
    ...(spec.format === 'markdown' ? ['body'] : []),
  ];
}

/** CSV of records: one row per record, one column per field; lists and objects as JSON text. */
export function recordsToCsv(
  columns: readonly string[],
  records: ReadonlyArray<Record<string, unknown>>,
): string {
  return formatCsv(
    columns,
    records.map((r) => columns.map((c) => r[c])),
  );
}

const idOf = (ref: RecordRef | undefined): string | undefined => ref?.id;
const idsOf = (refs: readonly RecordRef[]): string[] => refs.map((r) => r.id);

/** Columns of `tasks.csv`, one row per task of every meeting and plan. */
export const TASK_COLUMNS = [
  'key',
  'origin',
  'originId',
  'givenOn',
  'id',
  'text',
  'conclusion',
  'assignees',
  'assigneesText',
  'deadlineDue',
  'deadlinePrecision',
  'deadlinePeriod',
  'deadlineText',
  'programme',
  'places',
  'status',
  'statusDate',
  'statusSource',
] as const;

/** One task, flattened: where it was given, and links as plain ids. */
export type FlatTask = Partial<Record<(typeof TASK_COLUMNS)[number], unknown>>;

/** Every task of every meeting and plan as a flat row; links become ids, the deadline four columns. */
export function flattenTasks(content: ContentSet): FlatTask[] {
  const rows: FlatTask[] = [];
  const origins = [
    ...content.meetings.map((m) => ({
      origin: 'meetings',
      id: m.id,
      date: m.data.date,
      tasks: m.data.tasks,
    })),
    ...content.plans.map((p) => ({
      origin: 'plans',
      id: p.id,
      date: p.data.date,
      tasks: p.data.tasks,
    })),
  ];
  for (const o of origins) {
    for (const t of o.tasks) {
      rows.push(
        dropUndefined({
          key: `${o.origin}/${o.id}#${t.id}`,
          origin: o.origin,
          originId: o.id,
          givenOn: o.date,
          id: t.id,
          text: t.text,
          conclusion: t.conclusion,
          assignees: idsOf(t.assignees),
          assigneesText: t.assigneesText,
          deadlineDue: t.deadline?.due,
          deadlinePrecision: t.deadline?.precision,
          deadlinePeriod: t.deadline?.period,
          deadlineText: t.deadline?.text,
          programme: idOf(t.programme),
          places: idsOf(t.places),
          status: t.status,
          statusDate: t.statusDate,
          statusSource: idOf(t.statusSource),
        }),
      );
    }
  }
  return rows;
}

/** Columns of `figures.csv`, one row per reported figure. */
export const FIGURE_COLUMNS = [
  'statistics',
  'place',
  'period',
  'periodStart',
  'periodEnd',
  'reportedIn',
  'reportedBy',
  'metric',
  'label',
  'value',
  'unit',
  'estimate',
  'criteriaSet',
  'note',
] as const;

/** One figure, flattened with its place and period. */
export type FlatFigure = Partial<Record<(typeof FIGURE_COLUMNS)[number], unknown>>;

/** Every figure of every statistics record as a flat row. */
export function flattenFigures(content: ContentSet): FlatFigure[] {
  return content.statistics.flatMap((s) =>
    s.data.figures.map((f) =>
      dropUndefined({
        statistics: s.id,
        place: s.data.place.id,
        period: s.data.period,
        periodStart: s.data.periodStart,
        periodEnd: s.data.periodEnd,
        reportedIn: idOf(s.data.reportedIn),
        reportedBy: idOf(s.data.reportedBy),
        metric: f.metric,
        label: f.label,
        value: f.value,
        unit: f.unit,
        estimate: f.estimate,
        criteriaSet: idOf(f.criteriaSet),
        note: f.note,
      }),
    ),
  );
}

/** Columns of `criteria.csv`, one row per criterion of every assessment. */
export const CRITERION_STATUS_COLUMNS = [
  'assessment',
  'place',
  'date',
  'criteriaSet',
  'criterion',
  'criterionName',
  'status',
  'explicit',
  'reportedIn',
  'reportedBy',
] as const;

/** One criterion's status in one assessment. */
export type FlatCriterionStatus = Partial<
  Record<(typeof CRITERION_STATUS_COLUMNS)[number], unknown>
>;

/**
 * Every criterion of every assessment as a row: the status listed for it, or the assessment's
 * `otherwise` (then `explicit` is false). Criteria with neither are left out.
 */
export function flattenCriterionStatuses(content: ContentSet): FlatCriterionStatus[] {
  const setsById = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  return content.assessments.flatMap((a) => {
    const d = a.data;
    const criteria = effectiveCriteria(d.criteriaSet.id, setsById) ?? [];
    return criteria.flatMap((c) => {
      const listed = d.statuses[String(c.number)];
      const status = listed ?? d.otherwise;
      if (status === undefined) return [];
      return [
        dropUndefined({
          assessment: a.id,
          place: d.place.id,
          date: d.date,
          criteriaSet: d.criteriaSet.id,
          criterion: c.number,
          criterionName: c.name,
          status,
          explicit: listed !== undefined,
          reportedIn: idOf(d.reportedIn),
          reportedBy: idOf(d.reportedBy),
        }),
      ];
    });
  });
}

function dropUndefined<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

/** One entry of `index.json`: a table and its files. */
export interface ManifestEntry {
  name: string;
  records: number;
  json: string;
  csv: string;
  schema?: string;
  inputSchema?: string;
}

/** Every file of the export, path (relative to `dist/data/`) → content. */
export function openDataFiles(
  content: ContentSet,
  options: { generated: string },
): Map<string, string> {
  const files = new Map<string, string>();
  const manifest: ManifestEntry[] = [];
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  // Tables: one record per line, so files stay small for large archives and diffs stay readable.
  const table = (rows: readonly unknown[]) =>
    rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  for (const name of COLLECTION_NAMES) {
    const stem = exportFileStem(name);
    const records = (content[name] as ParsedRecord<unknown>[]).map(toExportRecord);
    files.set(`${stem}.json`, table(records));
    files.set(`${stem}.csv`, recordsToCsv(exportColumns(name), records));
    files.set(`schemas/${stem}.schema.json`, json(exportRecordJsonSchema(name)));
    files.set(`schemas/${stem}.input.schema.json`, json(inputRecordJsonSchema(name)));
    manifest.push({
      name: stem,
      records: records.length,
      json: `${stem}.json`,
      csv: `${stem}.csv`,
      schema: `schemas/${stem}.schema.json`,
      inputSchema: `schemas/${stem}.input.schema.json`,
    });
  }
  const tasks = flattenTasks(content);
  files.set('tasks.json', table(tasks));
  files.set('tasks.csv', recordsToCsv(TASK_COLUMNS, tasks));
  manifest.push({ name: 'tasks', records: tasks.length, json: 'tasks.json', csv: 'tasks.csv' });
  const figures = flattenFigures(content);
  files.set('figures.json', table(figures));
  files.set('figures.csv', recordsToCsv(FIGURE_COLUMNS, figures));
  manifest.push({
    name: 'figures',
    records: figures.length,
    json: 'figures.json',
    csv: 'figures.csv',
  });
  const statuses = flattenCriterionStatuses(content);
  files.set('criteria.json', table(statuses));
  files.set('criteria.csv', recordsToCsv(CRITERION_STATUS_COLUMNS, statuses));
  manifest.push({
    name: 'criteria',
    records: statuses.length,
    json: 'criteria.json',
    csv: 'criteria.csv',
  });
  files.set(
    'index.json',
    json({
      title: 'Hồ sơ Nông thôn mới: dữ liệu mở',
      licence: DATA_LICENCE,
      generated: options.generated,
      files: manifest,
    }),
  );
  return files;
}
