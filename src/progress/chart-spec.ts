/**
 * The progress aggregations turned into what a chart shows: titles, a summary in words, categories,
 * series with their colours, source notes, and the CSV file of the same numbers. One spec feeds
 * the static SVG, the data table, the chart.js enhancement and the CSV file, so the four can never
 * disagree. Plain TypeScript; the components in `src/components/charts/` only lay it out.
 */
import { CRITERION_STATUSES, type CriterionStatus } from '../schemas/assessments.ts';
import { PLACE_KINDS, PLACE_LEVEL } from '../schemas/places.ts';
import { documentUrl, meetingUrl } from '../site/urls.ts';
import { formatVietnameseDate } from '../domain/vietnamese-date.ts';
import { communeProgress } from './commune.ts';
import { formatCsv } from '../formats/csv.ts';
import {
  averageOverTime,
  communesOf,
  communesReachingStandard,
  criteriaMatrices,
  distributionOverTime,
} from './district.ts';
import { planTargetProgress } from './plan.ts';
import type { ProgressIndex } from './progress-index.ts';

/** One position on the category axis. */
export interface ChartCategory {
  /** Machine value written to the CSV (an ISO date, a year, a band). */
  key: string;
  /** What readers see on the axis and in the table. */
  label: string;
  /** Shown in the table's last column and the CSV (e.g. the reported period). */
  note?: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** CSS colour of its bars or line. */
  color: string;
  /** One value per category; null where the series has no value. */
  values: Array<number | null>;
}

/** A line under a chart naming where its numbers come from. */
export interface SourceNote {
  text: string;
  /** Page of the source record, when it has one (site path). */
  href?: string;
}

/** A bar or line chart: everything the SVG, the table, the canvas and the CSV need. */
export interface ChartSpec {
  /** Path under /bieu-do/ of its CSV file, without `.csv`; also the element id stem. */
  id: string;
  /** `stacked-bar`: series stack to a whole; `bar`: one bar per category; `line`: points joined over time. */
  kind: 'stacked-bar' | 'bar' | 'line';
  title: string;
  /** The chart's numbers in one or two sentences (SVG <desc>, canvas label). */
  summary: string;
  /** Header of the category column and title of the category axis. */
  categoryTitle: string;
  /** Title of the value axis. */
  valueTitle: string;
  /** Unit after a value in tooltips and the table ("tiêu chí", "xã"). */
  unit: string;
  /** Top of the value axis. */
  max: number;
  /** What a stacked bar is labelled with: `first-of-max` ("16/20": the first series out of `max`) or `sum` (default). */
  stackLabel?: 'first-of-max' | 'sum';
  /** Decimals shown for values. */
  decimals: number;
  categories: ChartCategory[];
  series: ChartSeries[];
  notes: SourceNote[];
  /** Columns repeated on every CSV row (place, criteria set), so a CSV file stands alone. */
  context: Array<[string, string]>;
}

/** A criterion × commune table of statuses. */
export interface MatrixSpec {
  id: string;
  title: string;
  summary: string;
  columns: Array<{
    place: string;
    label: string;
    date: string;
    dateLabel: string;
    met: number;
    total: number;
  }>;
  rows: Array<{ number: number; name: string; statuses: Array<CriterionStatus | undefined> }>;
  notes: SourceNote[];
  context: Array<[string, string]>;
}

/** A plan's numeric targets against the latest reported figures. */
export interface TargetsSpec {
  id: string;
  title: string;
  summary: string;
  rows: Array<{
    text: string;
    metric: string;
    target: number;
    unit: string;
    year?: number;
    place?: string;
    placeLabel?: string;
    latest?: { value: number; unit: string; period: string; date: string; estimate: boolean };
    /** Latest value as a share of the target (1 = reached). */
    share?: number;
  }>;
  notes: SourceNote[];
}

/** Colours of the three statuses (contrast at least 3:1 on white). */
export const STATUS_COLORS: Record<CriterionStatus | 'unknown', string> = {
  dat: '#2e7d32',
  'co-ban-dat': '#a86400',
  'chua-dat': '#c62828',
  unknown: '#757575',
};
const BAND_COLORS = ['#b71c1c', '#d84315', '#8d6e00', '#558b2f', '#1b5e20'];
const REPORTED_COLOR = '#1565c0';
const WORKED_OUT_COLOR = '#6a1b9a';

/** The site path of a chart's CSV file. */
export function chartCsvUrl(id: string): string {
  return `/bieu-do/${id}.csv`;
}

/** One formatter per number of decimals: making one costs more than formatting (≈ 2 % of a build's rendering). */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** A number the Vietnamese way (decimal comma), with at most `decimals` decimals. */
export function formatNumberVi(value: number, decimals = 1): string {
  let format = NUMBER_FORMATS.get(decimals);
  if (!format)
    NUMBER_FORMATS.set(
      decimals,
      (format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals })),
    );
  return format.format(value);
}

/** "xã Lâm Hợp": the kind word and the name, as in running text. Falls back to the id. */
export function placeLabel(index: ProgressIndex, id: string): string {
  const place = index.places.get(id);
  if (!place) return id;
  return `${PLACE_KINDS[place.kind].toLocaleLowerCase('vi')} ${place.name}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function setLabel(index: ProgressIndex, setId: string | undefined): string {
  if (setId === undefined) return 'bộ tiêu chí không được nêu';
  return index.sets.get(setId)?.shortName ?? setId;
}

function sourceNote(
  index: ProgressIndex,
  prefix: string,
  ref: { reportedIn?: string; reportedBy?: string },
): SourceNote {
  const key = ref.reportedIn
    ? `meetings/${ref.reportedIn}`
    : ref.reportedBy
      ? `documents/${ref.reportedBy}`
      : undefined;
  const title = key ? index.sourceTitles.get(key) : undefined;
  if (!key || !title) return { text: `${prefix}: nguồn không được ghi` };
  return {
    text: `${prefix}: ${title}`,
    href: ref.reportedIn ? meetingUrl(ref.reportedIn) : documentUrl(ref.reportedBy!),
  };
}

function uniqueNotes(notes: SourceNote[]): SourceNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.text) && (seen.add(n.text), true));
}

/** For each criteria set a place was assessed under: criteria met, basically met and not met at each assessment. */
export function communeProgressCharts(index: ProgressIndex, placeId: string): ChartSpec[] {
  const name = placeLabel(index, placeId);
  return communeProgress(index, placeId).map(({ set, total, points }) => {
    const counts: Array<[CriterionStatus | 'unknown', string, number[]]> = [
      ['dat', CRITERION_STATUSES.dat, points.map((p) => p.met)],
      ['co-ban-dat', CRITERION_STATUSES['co-ban-dat'], points.map((p) => p.basicallyMet)],
      ['chua-dat', CRITERION_STATUSES['chua-dat'], points.map((p) => p.notMet)],
      ['unknown', 'Không rõ', points.map((p) => p.unknown)],
    ];
    const series = counts
      .filter(([key, , values]) => key === 'dat' || key === 'chua-dat' || values.some((v) => v > 0))
      .map(([key, label, values]) => ({ key, label, color: STATUS_COLORS[key], values }));
    const said = points.map((p) => {
      const parts = [`ngày ${formatVietnameseDate(p.date)} đạt ${p.met}/${total} tiêu chí`];
      if (p.basicallyMet > 0) parts.push(`${p.basicallyMet} cơ bản đạt`);
      parts.push(`${p.notMet} chưa đạt`);
      return parts.join(', ');
    });
    return {
      id: `xa/${placeId}/${set}`,
      kind: 'stacked-bar' as const,
      stackLabel: 'first-of-max' as const,
      title: `Số tiêu chí đạt của ${name} theo thời gian: ${setLabel(index, set)}`,
      summary: `${capitalise(name)}, ${setLabel(index, set)}: ${said.join('; ')}.`,
      categoryTitle: 'Ngày đánh giá',
      valueTitle: 'Số tiêu chí',
      unit: 'tiêu chí',
      max: total,
      decimals: 0,
      categories: points.map((p) => ({ key: p.date, label: formatVietnameseDate(p.date) })),
      series,
      notes: uniqueNotes(
        points.map((p) => sourceNote(index, `Đánh giá ngày ${formatVietnameseDate(p.date)}`, p)),
      ),
      context: [
        ['Địa bàn', capitalise(name)],
        ['Bộ tiêu chí', setLabel(index, set)],
      ],
    };
  });
}

/** For each set: the latest status of each criterion in each assessed commune of a district. */
export function districtMatrixSpecs(index: ProgressIndex, districtId: string): MatrixSpec[] {
  const name = placeLabel(index, districtId);
  const all = communesOf(index, districtId).length;
  return criteriaMatrices(index, districtId).map((m) => ({
    id: `ma-tran/${districtId}/${m.set}`,
    title: `Tình trạng từng tiêu chí ở các xã của ${name}: ${setLabel(index, m.set)}`,
    summary: `${capitalise(name)}: ${m.communes.length}/${all} xã có đánh giá theo ${setLabel(index, m.set)}. ${m.communes
      .map(
        (c) =>
          `${capitalise(placeLabel(index, c.place))} đạt ${c.assessment.met}/${c.assessment.total} (ngày ${formatVietnameseDate(c.assessment.date)})`,
      )
      .join('; ')}.`,
    columns: m.communes.map((c) => ({
      place: c.place,
      label: index.places.get(c.place)?.name ?? c.place,
      date: c.assessment.date,
      dateLabel: formatVietnameseDate(c.assessment.date),
      met: c.assessment.met,
      total: c.assessment.total,
    })),
    rows: m.criteria.map((criterion) => ({
      number: criterion.number,
      name: criterion.name,
      statuses: m.communes.map((c) => c.assessment.statuses.get(criterion.number)),
    })),
    notes: uniqueNotes(
      m.communes.map((c) =>
        sourceNote(
          index,
          `${capitalise(placeLabel(index, c.place))}, ngày ${formatVietnameseDate(c.assessment.date)}`,
          c.assessment,
        ),
      ),
    ),
    context: [
      ['Địa bàn', capitalise(name)],
      ['Bộ tiêu chí', setLabel(index, m.set)],
    ],
  }));
}

function bandLabel(from: number, to: number, total: number): string {
  if (from === total) return `${total} tiêu chí (đạt chuẩn)`;
  return from === to ? `${from} tiêu chí` : `${from}–${to} tiêu chí`;
}

/** For each set: how many communes of a district were in each band of criteria met, at the end of each year. */
export function districtDistributionCharts(index: ProgressIndex, districtId: string): ChartSpec[] {
  const name = placeLabel(index, districtId);
  const all = communesOf(index, districtId).length;
  return distributionOverTime(index, districtId).map((d) => {
    const offset = BAND_COLORS.length - d.bands.length;
    const series = d.bands.map((b, i) => ({
      key: `${b.from}-${b.to}`,
      label: bandLabel(b.from, b.to, d.total),
      color: BAND_COLORS[Math.max(0, i + offset)]!,
      values: d.years.map((y) => y.byBand[i]!),
    }));
    const said = d.years.map(
      (y) =>
        `cuối năm ${y.year}, ${y.communes} xã có đánh giá: ${series.flatMap((s, i) => (y.byBand[i]! > 0 ? [`${y.byBand[i]} xã đạt ${s.label}`] : [])).join(', ')}`,
    );
    return {
      id: `phan-bo/${districtId}/${d.set}`,
      kind: 'stacked-bar' as const,
      title: `Số xã của ${name} theo số tiêu chí đạt: ${setLabel(index, d.set)}`,
      summary: `${capitalise(name)} (${all} xã trong hồ sơ), ${setLabel(index, d.set)}: ${said.join('; ')}.`,
      categoryTitle: 'Năm',
      valueTitle: 'Số xã',
      unit: 'xã',
      max: Math.max(1, ...d.years.map((y) => y.communes)),
      decimals: 0,
      categories: d.years.map((y) => ({
        key: String(y.year),
        label: String(y.year),
        note: `${y.communes}/${all} xã có đánh giá`,
      })),
      series,
      notes: [{ text: 'Mỗi xã được tính theo lần đánh giá gần nhất tính đến hết năm.' }],
      context: [
        ['Địa bàn', capitalise(name)],
        ['Bộ tiêu chí', setLabel(index, d.set)],
      ],
    };
  });
}

/**
 * The top of the axis for reported averages that do not name their set: the largest commune-level
 * set in force in those years (so 9.8 is drawn against 19 or 20, not against 10), else the
 * largest commune-level set on record, else the value rounded up to a multiple of five.
 */
function unnamedSetAxis(index: ProgressIndex, years: number[], largestValue: number): number {
  const communeSets = [...index.sets.entries()].filter(([, set]) => set.level === 'xa');
  const inForce = communeSets.filter(([, set]) =>
    years.some((y) => set.periodFrom <= y && y <= set.periodTo),
  );
  const sizes = (inForce.length > 0 ? inForce : communeSets).map(
    ([id]) => index.criteria.get(id)?.length ?? 0,
  );
  return Math.max(Math.ceil(largestValue / 5) * 5, ...sizes, 1);
}

/** For each set: the average criteria per commune over time, reported and worked out from assessments, as two labelled series. */
export function districtAverageCharts(index: ProgressIndex, districtId: string): ChartSpec[] {
  const name = placeLabel(index, districtId);
  return averageOverTime(index, districtId).map((s) => {
    const dates = [...new Set([...s.reported, ...s.fromAssessments].map((p) => p.date))].sort();
    const reportedAt = new Map(s.reported.map((p) => [p.date, p]));
    const workedAt = new Map(s.fromAssessments.map((p) => [p.date, p]));
    const categories = dates.map((date): ChartCategory => {
      const r = reportedAt.get(date);
      const w = workedAt.get(date);
      const notes: string[] = [];
      if (r?.reported)
        notes.push(`Báo cáo (${r.reported.period})${r.reported.estimate ? ', ước tính' : ''}`);
      if (w?.communes !== undefined)
        notes.push(`Tính từ ${w.communes}/${s.communes} xã có đánh giá`);
      return {
        key: date,
        label: r?.reported && !w ? r.reported.period : formatVietnameseDate(date),
        note: notes.join('; '),
      };
    });
    const series: ChartSeries[] = [];
    if (s.reported.length > 0)
      series.push({
        key: 'bao-cao',
        label: 'Bình quân theo báo cáo của địa phương',
        color: REPORTED_COLOR,
        values: dates.map((d) => reportedAt.get(d)?.value ?? null),
      });
    if (s.fromAssessments.length > 0)
      series.push({
        key: 'tu-danh-gia',
        label: 'Trung bình của các xã có đánh giá trong hồ sơ',
        color: WORKED_OUT_COLOR,
        values: dates.map((d) => workedAt.get(d)?.value ?? null),
      });
    const said = [
      ...s.reported.map(
        (p) =>
          `theo báo cáo ${p.reported!.period}: bình quân ${formatNumberVi(p.value)} tiêu chí/xã`,
      ),
      ...s.fromAssessments.map(
        (p) =>
          `tính từ ${p.communes} xã có đánh giá đến ngày ${formatVietnameseDate(p.date)}: ${formatNumberVi(p.value)} tiêu chí/xã`,
      ),
    ];
    const max =
      s.total ??
      unnamedSetAxis(
        index,
        s.reported.map((p) => Number(p.date.slice(0, 4))),
        Math.max(...s.reported.map((p) => p.value)),
      );
    return {
      id: `binh-quan/${districtId}/${s.set ?? 'khong-ro-bo-tieu-chi'}`,
      kind: 'line' as const,
      title: `Bình quân số tiêu chí đạt mỗi xã của ${name}: ${setLabel(index, s.set)}`,
      summary: `${capitalise(name)}, ${setLabel(index, s.set)}: ${said.join('; ')}.`,
      categoryTitle: 'Thời điểm',
      valueTitle: 'Tiêu chí/xã',
      unit: 'tiêu chí/xã',
      max,
      decimals: 1,
      categories,
      series,
      notes: uniqueNotes([
        ...s.reported.map((p) => sourceNote(index, `Báo cáo ${p.reported!.period}`, p.reported!)),
        ...(s.fromAssessments.length > 0
          ? [
              {
                text: 'Trung bình tính từ lần đánh giá gần nhất của mỗi xã có trong hồ sơ; không phải số liệu chính thức của địa phương.',
              },
            ]
          : []),
        ...(s.set === undefined
          ? [
              {
                text: `Nguồn không nêu số liệu đếm theo bộ tiêu chí nào, nên số liệu được vẽ riêng; trục dọc đến ${max}, số tiêu chí của bộ lớn nhất áp dụng cho xã trong thời kỳ đó.`,
              },
            ]
          : []),
      ]),
      context: [
        ['Địa bàn', capitalise(name)],
        ['Bộ tiêu chí', setLabel(index, s.set)],
      ],
    };
  });
}

/** For each set under which a commune of the district reached the standard: how many did, by year. */
export function districtStandardCharts(index: ProgressIndex, districtId: string): ChartSpec[] {
  const name = placeLabel(index, districtId);
  return communesReachingStandard(index, districtId)
    .filter((s) => s.years.length > 0)
    .map((s) => ({
      id: `dat-chuan/${districtId}/${s.set}`,
      kind: 'bar' as const,
      title: `Số xã của ${name} đạt đủ ${s.total} tiêu chí theo năm: ${setLabel(index, s.set)}`,
      summary: `${capitalise(name)}, ${setLabel(index, s.set)}: ${s.years.map((y) => `năm ${y.year}, ${y.communes.length} xã (${y.communes.map((c) => index.places.get(c)?.name ?? c).join(', ')})`).join('; ')}.`,
      categoryTitle: 'Năm',
      valueTitle: 'Số xã',
      unit: 'xã',
      max: Math.max(1, ...s.years.map((y) => y.communes.length)),
      decimals: 0,
      categories: s.years.map((y) => ({
        key: String(y.year),
        label: String(y.year),
        note: y.communes.map((c) => index.places.get(c)?.name ?? c).join(', '),
      })),
      series: [
        {
          key: 'dat-chuan',
          label: 'Xã lần đầu có đánh giá đạt đủ tiêu chí',
          color: STATUS_COLORS.dat,
          values: s.years.map((y) => y.communes.length),
        },
      ],
      notes: [
        {
          text: 'Năm của lần đánh giá đầu tiên mà mọi tiêu chí đều Đạt; việc công nhận đạt chuẩn là một quyết định riêng, có thể muộn hơn.',
        },
      ],
      context: [
        ['Địa bàn', capitalise(name)],
        ['Bộ tiêu chí', setLabel(index, s.set)],
      ],
    }));
}

/** A plan's numeric targets against the latest reported figure of each; undefined when it has none. */
export function planTargetsSpec(index: ProgressIndex, planId: string): TargetsSpec | undefined {
  const progress = planTargetProgress(index, planId);
  if (progress.length === 0) return undefined;
  const rows: TargetsSpec['rows'] = progress.map((p) => {
    const row: TargetsSpec['rows'][number] = {
      text: p.target.text,
      metric: p.target.metric!,
      target: p.target.value!,
      unit: p.target.unit ?? '',
    };
    if (p.year !== undefined) row.year = p.year;
    if (p.place) {
      row.place = p.place;
      row.placeLabel = capitalise(placeLabel(index, p.place));
    }
    if (p.latest)
      row.latest = {
        value: p.latest.value,
        unit: p.latest.unit,
        period: p.latest.period,
        date: p.latest.date,
        estimate: p.latest.estimate,
      };
    if (p.shareOfTarget !== undefined) row.share = p.shareOfTarget;
    return row;
  });
  const said = rows.map(
    (r) =>
      `${r.text}: mục tiêu ${formatNumberVi(r.target, 2)} ${r.unit}${r.latest ? `, đã báo cáo ${formatNumberVi(r.latest.value, 2)} ${r.latest.unit} (${r.latest.period})` : ', chưa có số liệu báo cáo'}`,
  );
  return {
    id: `muc-tieu/${planId}`,
    title: 'Mục tiêu và kết quả đã báo cáo',
    summary: `${said.join('; ')}.`,
    rows,
    notes: [{ text: 'Kết quả là số liệu gần nhất của cùng chỉ tiêu và địa bàn trong hồ sơ.' }],
  };
}

/** The CSV file of a chart: context columns, the category, one column per series, and the note. */
export function chartCsv(spec: ChartSpec): string {
  const hasNotes = spec.categories.some((c) => c.note);
  const header = [
    ...spec.context.map(([k]) => k),
    spec.categoryTitle,
    ...spec.series.map((s) => s.label),
    ...(hasNotes ? ['Ghi chú'] : []),
  ];
  const factor = 10 ** Math.max(spec.decimals, 2);
  const rows = spec.categories.map((c, i) => [
    ...spec.context.map(([, v]) => v),
    c.key,
    ...spec.series.map((s) =>
      s.values[i] === null || s.values[i] === undefined
        ? null
        : Math.round(s.values[i] * factor) / factor,
    ),
    ...(hasNotes ? [c.note ?? ''] : []),
  ]);
  return formatCsv(header, rows);
}

/** The CSV file of a matrix: one row per criterion, one column per commune, statuses in words. */
export function matrixCsv(spec: MatrixSpec): string {
  const header = [
    ...spec.context.map(([k]) => k),
    'Tiêu chí số',
    'Tên tiêu chí',
    ...spec.columns.map((c) => `${c.label} (${c.date})`),
  ];
  const rows = spec.rows.map((r) => [
    ...spec.context.map(([, v]) => v),
    r.number,
    r.name,
    ...r.statuses.map((s) => (s ? CRITERION_STATUSES[s] : '')),
  ]);
  rows.push([
    ...spec.context.map(([, v]) => v),
    '',
    'Số tiêu chí đạt',
    ...spec.columns.map((c) => `${c.met}/${c.total}`),
  ]);
  return formatCsv(header, rows);
}

/** The CSV file of a plan's targets. */
export function targetsCsv(spec: TargetsSpec): string {
  return formatCsv(
    [
      'Mục tiêu',
      'Chỉ tiêu',
      'Địa bàn',
      'Năm',
      'Giá trị mục tiêu',
      'Đơn vị',
      'Kết quả gần nhất',
      'Đơn vị kết quả',
      'Kỳ báo cáo',
      'Ước tính',
      'Tỷ lệ so với mục tiêu',
    ],
    spec.rows.map((r) => [
      r.text,
      r.metric,
      r.placeLabel ?? '',
      r.year ?? '',
      r.target,
      r.unit,
      r.latest?.value ?? '',
      r.latest?.unit ?? '',
      r.latest?.period ?? '',
      r.latest ? (r.latest.estimate ? 'có' : 'không') : '',
      r.share === undefined ? '' : Math.round(r.share * 1000) / 1000,
    ]),
  );
}

/** Every chart data file the site publishes, as path under /bieu-do/ (without .csv) and CSV text. */
export function allChartFiles(index: ProgressIndex): Array<{ id: string; csv: string }> {
  const files: Array<{ id: string; csv: string }> = [];
  for (const placeId of index.assessmentsByPlace.keys())
    for (const spec of communeProgressCharts(index, placeId))
      files.push({ id: spec.id, csv: chartCsv(spec) });
  for (const [placeId, place] of index.places) {
    if (PLACE_LEVEL[place.kind] !== 2) continue;
    for (const spec of districtMatrixSpecs(index, placeId))
      files.push({ id: spec.id, csv: matrixCsv(spec) });
    for (const spec of [
      ...districtDistributionCharts(index, placeId),
      ...districtAverageCharts(index, placeId),
      ...districtStandardCharts(index, placeId),
    ])
      files.push({ id: spec.id, csv: chartCsv(spec) });
  }
  for (const planId of index.plans.keys()) {
    const spec = planTargetsSpec(index, planId);
    if (spec) files.push({ id: spec.id, csv: targetsCsv(spec) });
  }
  return files.sort((a, b) => a.id.localeCompare(b.id));
}

/** What the `<ntm-chart>` element needs to draw a spec with chart.js, as inline JSON. */
export interface ChartPayload {
  kind: ChartSpec['kind'];
  summary: string;
  categoryTitle: string;
  valueTitle: string;
  unit: string;
  max: number;
  decimals: number;
  categories: string[];
  series: Array<{ label: string; color: string; values: Array<number | null> }>;
}

/** The chart.js payload of a spec: only what the canvas draws (the table and notes stay in the HTML). */
export function chartPayload(spec: ChartSpec): ChartPayload {
  return {
    kind: spec.kind,
    summary: spec.summary,
    categoryTitle: spec.categoryTitle,
    valueTitle: spec.valueTitle,
    unit: spec.unit,
    max: spec.max,
    decimals: spec.decimals,
    categories: spec.categories.map((c) => c.label),
    series: spec.series.map((s) => ({
      label: s.label,
      color: s.color,
      values: s.values.map((v) => (v === null ? null : Math.round(v * 1000) / 1000)),
    })),
  };
}

/**
 * `chartPayload(spec)` as JSON safe to place inside `<script type="application/json">`: every
 * `<` is written `\u003c`, so text from a record ("</script>", "<!--") can never end the block.
 */
export function chartPayloadJson(spec: ChartSpec): string {
  return JSON.stringify(chartPayload(spec)).replace(/</g, '\\u003c');
}
