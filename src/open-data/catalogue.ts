/**
 * What the open-data page lists: each table of `dist/data/`, its Vietnamese name, its files,
 * how many records it holds and its columns. Computed from the same functions the export uses,
 * so the page cannot describe a file differently from what the build writes.
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { collectionFields } from '../records/field-help.ts';
import type { ContentSet } from '../records/content-set.ts';
import {
  CRITERION_STATUS_COLUMNS,
  FIGURE_COLUMNS,
  TASK_COLUMNS,
  exportColumns,
  exportFileStem,
  flattenCriterionStatuses,
  flattenFigures,
  flattenTasks,
} from './export.ts';

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
  /** What each column holds, in Vietnamese, by column name. */
  meanings: Record<string, string>;
}

/** What the flattened tables' columns hold. */
const TASK_MEANINGS: Record<string, string> = {
  key: 'Mã duy nhất của nhiệm vụ: <bảng>/<id bản ghi>#<id nhiệm vụ>.',
  origin: 'Bảng của bản ghi giao nhiệm vụ: meetings hoặc plans.',
  originId: 'Id của cuộc họp hoặc kế hoạch giao nhiệm vụ.',
  givenOn: 'Ngày giao (ngày họp hoặc ngày ban hành kế hoạch).',
  id: 'Id của nhiệm vụ trong bản ghi.',
  text: 'Việc phải làm.',
  conclusion: 'Mục kết luận mà nhiệm vụ thuộc về.',
  assignees: 'Id các cơ quan được giao (danh sách JSON).',
  assigneesText: 'Người nhận việc chưa có bản ghi, như bài viết (danh sách JSON).',
  deadlineDue: 'Ngày cuối cùng được phép (YYYY-MM-DD).',
  deadlinePrecision: 'Độ chính xác của hạn: day, month, quarter, year.',
  deadlinePeriod: 'Tháng, quý hoặc năm của hạn (YYYY-MM, YYYY-Qn, YYYY).',
  deadlineText: 'Lời ghi hạn trong bài.',
  programme: 'Id chương trình.',
  places: 'Id các địa bàn (danh sách JSON).',
  status:
    'Tình trạng được báo cáo: open, done, cancelled (quá hạn hay chưa thì tính theo deadlineDue).',
  statusDate: 'Ngày báo cáo tình trạng.',
  statusSource: 'Id cuộc họp báo cáo tình trạng.',
};

const FIGURE_MEANINGS: Record<string, string> = {
  statistics: 'Id bản ghi số liệu.',
  place: 'Id địa bàn.',
  period: 'Kỳ số liệu, bằng chữ.',
  periodStart: 'Ngày đầu kỳ.',
  periodEnd: 'Ngày cuối kỳ.',
  reportedIn: 'Id cuộc họp báo cáo.',
  reportedBy: 'Id văn bản báo cáo.',
  source:
    'Bài báo đưa tin, khi không có cuộc họp hay văn bản báo cáo: địa chỉ bài, hoặc tên tệp bản lưu, hoặc tiêu đề.',
  metric: 'Id chỉ tiêu.',
  label: 'Tên chỉ tiêu như bài viết.',
  value: 'Giá trị (dấu chấm thập phân).',
  unit: 'Đơn vị.',
  estimate: 'true khi là số ước tính.',
  atLeast: 'true khi bài ghi "trên", "hơn" (số tối thiểu).',
  change: 'true khi là mức tăng, giảm so với trước, không phải mức đạt.',
  partOf: 'Id chỉ tiêu (metric) của số liệu tổng mà số liệu này là một phần ("trong đó").',
  criteriaSet: 'Bộ tiêu chí mà số đếm tiêu chí dựa theo.',
  note: 'Ghi chú.',
};

const CRITERION_MEANINGS: Record<string, string> = {
  assessment: 'Id bản ghi đánh giá.',
  place: 'Id xã (hoặc thôn) được đánh giá.',
  date: 'Ngày tình trạng được báo cáo.',
  criteriaSet: 'Id bộ tiêu chí.',
  criterion: 'Số thứ tự tiêu chí trong bộ.',
  criterionName: 'Tên tiêu chí.',
  status: 'dat (Đạt), co-ban-dat (Cơ bản đạt), chua-dat (Chưa đạt).',
  explicit:
    'true khi nguồn nêu riêng tiêu chí này; false khi tình trạng lấy theo "các tiêu chí còn lại" (otherwise).',
  reportedIn: 'Id cuộc họp báo cáo.',
  reportedBy: 'Id văn bản báo cáo.',
  source:
    'Bài báo đưa tin, khi không có cuộc họp hay văn bản báo cáo: địa chỉ bài, hoặc tên tệp bản lưu, hoặc tiêu đề.',
};

/** Vietnamese names of the collections' tables. */
export const TABLE_TITLES: Record<CollectionName | 'tasks' | 'figures' | 'criteria', string> = {
  places: 'Địa bàn: tỉnh, huyện, xã, thôn',
  bodies: 'Cơ quan, tổ chức',
  programmes: 'Chương trình',
  documents: 'Văn bản',
  criteriaSets: 'Bộ tiêu chí',
  meetings: 'Cuộc họp, hội nghị, buổi làm việc',
  plans: 'Kế hoạch, chương trình, đề án',
  assessments: 'Đánh giá tiêu chí của xã, thôn',
  statistics: 'Số liệu theo kỳ',
  recognitions:
    'Mức đạt chuẩn nông thôn mới của xã, thôn, huyện: mục tiêu, đề nghị, bỏ phiếu, công nhận',
  tasks: 'Nhiệm vụ (mỗi dòng một nhiệm vụ của một cuộc họp hoặc kế hoạch)',
  figures: 'Số liệu (mỗi dòng một chỉ tiêu)',
  criteria: 'Tình trạng tiêu chí (mỗi dòng một tiêu chí của một lần đánh giá)',
};

/** Every table of the export with its files, record count and columns, in the order of `index.json`. */
export function openDataCatalogue(content: ContentSet): CatalogueEntry[] {
  const entries: CatalogueEntry[] = COLLECTION_NAMES.map((name) => {
    const stem = exportFileStem(name);
    const meanings: Record<string, string> = {
      id: 'Id của bản ghi: đường dẫn tệp trong content/, không có phần mở rộng.',
    };
    // The schema's help, without the code marks (`field`) that only Markdown shows as code.
    for (const f of collectionFields(name)) meanings[f.name] = f.help.replace(/`/g, '');
    if (COLLECTIONS[name].format === 'markdown') meanings.body = 'Nội dung Markdown của bản ghi.';
    return {
      name: stem,
      title: TABLE_TITLES[name],
      records: content[name].length,
      json: `${stem}.json`,
      csv: `${stem}.csv`,
      schema: `schemas/${stem}.schema.json`,
      inputSchema: `schemas/${stem}.input.schema.json`,
      columns: exportColumns(name),
      meanings,
    };
  });
  entries.push({
    name: 'tasks',
    title: TABLE_TITLES.tasks,
    records: flattenTasks(content).length,
    json: 'tasks.json',
    csv: 'tasks.csv',
    columns: TASK_COLUMNS,
    meanings: TASK_MEANINGS,
  });
  entries.push({
    name: 'figures',
    title: TABLE_TITLES.figures,
    records: flattenFigures(content).length,
    json: 'figures.json',
    csv: 'figures.csv',
    columns: FIGURE_COLUMNS,
    meanings: FIGURE_MEANINGS,
  });
  entries.push({
    name: 'criteria',
    title: TABLE_TITLES.criteria,
    records: flattenCriterionStatuses(content).length,
    json: 'criteria.json',
    csv: 'criteria.csv',
    columns: CRITERION_STATUS_COLUMNS,
    meanings: CRITERION_MEANINGS,
  });
  return entries;
}
