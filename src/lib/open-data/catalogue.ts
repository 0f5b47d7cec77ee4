/**
 * What the open-data page lists: each table of `dist/data/`, its Vietnamese name, its files,
 * how many records it holds and its columns. Computed from the same functions the export uses,
 * so the page cannot describe a file differently from what the build writes.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { ContentSet } from '../records/content-set.ts';
import { FIGURE_COLUMNS, TASK_COLUMNS, exportColumns, exportFileStem, flattenFigures, flattenTasks } from './export.ts';

/** One table of the export. */
export interface CatalogueEntry {
  /** File stem, e.g. `meetings`. */
  name: string;
  /** What it holds, in Vietnamese. */
  title: string;
  records: number;
  json: string;
  csv: string;
  /** JSON Schema of one exported record, when the table is a collection. */
  schema?: string;
  /** JSON Schema of a record as written in content/, when the table is a collection. */
  inputSchema?: string;
  columns: readonly string[];
}

/** Vietnamese names of the collections' tables. */
export const TABLE_TITLES: Record<CollectionName | 'tasks' | 'figures', string> = {
  places: 'Địa bàn: tỉnh, huyện, xã, thôn',
  bodies: 'Cơ quan, tổ chức',
  programmes: 'Chương trình',
  documents: 'Văn bản',
  criteriaSets: 'Bộ tiêu chí',
  meetings: 'Cuộc họp, hội nghị, buổi làm việc',
  plans: 'Kế hoạch, chương trình, đề án',
  assessments: 'Đánh giá tiêu chí của xã, thôn',
  statistics: 'Số liệu theo kỳ',
  tasks: 'Nhiệm vụ (mỗi dòng một nhiệm vụ của một cuộc họp hoặc kế hoạch)',
  figures: 'Số liệu (mỗi dòng một chỉ tiêu)',
};

/** Every table of the export with its files, record count and columns, in the order of `index.json`. */
export function openDataCatalogue(content: ContentSet): CatalogueEntry[] {
  const entries: CatalogueEntry[] = COLLECTION_NAMES.map((name) => {
    const stem = exportFileStem(name);
    return { name: stem, title: TABLE_TITLES[name], records: content[name].length, json: `${stem}.json`, csv: `${stem}.csv`, schema: `schemas/${stem}.schema.json`, inputSchema: `schemas/${stem}.input.schema.json`, columns: exportColumns(name) };
  });
  entries.push({ name: 'tasks', title: TABLE_TITLES.tasks, records: flattenTasks(content).length, json: 'tasks.json', csv: 'tasks.csv', columns: TASK_COLUMNS });
  entries.push({ name: 'figures', title: TABLE_TITLES.figures, records: flattenFigures(content).length, json: 'figures.json', csv: 'figures.csv', columns: FIGURE_COLUMNS });
  return entries;
}
