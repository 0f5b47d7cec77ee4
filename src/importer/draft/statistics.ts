/**
 * Figures as statistics records, one per unit and period: money, incomes and rates with their
 * units, and the counts that are figures of a district or commune (average criteria per commune,
 * communes or villages at a level, communes registered, model gardens). Figures of two communes
 * never share a record; a part keeps the metric of its whole; a change stays a change.
 */
import { slugify } from '../../domain/fold-vietnamese.ts';
import { formatVietnameseDate } from '../../domain/vietnamese-date.ts';
import type { CountKind, ExtractedCount } from '../counts.ts';
import type { ExtractedArticle } from '../extract.ts';
import type { ExtractedFigure } from '../figures.ts';
import { sameUnit, unitWords, type UnitRef } from '../units.ts';
import type { Reporter } from './assessments.ts';
import type { DraftLinks } from './links.ts';
import { withNote, type DraftRecord, type ReviewNotes, type StatisticsInput } from './types.ts';

/** The metric, label and unit a count becomes as a figure. */
const COUNT_FIGURES: Partial<
  Record<CountKind, { metric: string; label: string; unit: string; change?: boolean }>
> = {
  'criteria-average': {
    metric: 'binh-quan-tieu-chi-xa',
    label: 'Bình quân số tiêu chí đạt mỗi xã',
    unit: 'tiêu chí/xã',
  },
  'communes-ntm': {
    metric: 'so-xa-dat-chuan-ntm',
    label: 'Số xã đạt chuẩn nông thôn mới',
    unit: 'xã',
  },
  'communes-ntm-added': {
    metric: 'so-xa-dat-chuan-ntm-them',
    label: 'Số xã đạt chuẩn nông thôn mới thêm',
    unit: 'xã',
    change: true,
  },
  'communes-nang-cao': {
    metric: 'so-xa-dat-chuan-ntm-nang-cao',
    label: 'Số xã đạt chuẩn nông thôn mới nâng cao',
    unit: 'xã',
  },
  'communes-kieu-mau': {
    metric: 'so-xa-dat-chuan-ntm-kieu-mau',
    label: 'Số xã đạt chuẩn nông thôn mới kiểu mẫu',
    unit: 'xã',
  },
  'communes-registered': {
    metric: 'so-xa-dang-ky-dat-chuan',
    label: 'Số xã đăng ký đạt chuẩn',
    unit: 'xã',
  },
  'villages-ntm': {
    metric: 'so-thon-dat-chuan-ntm',
    label: 'Số thôn đạt chuẩn nông thôn mới',
    unit: 'thôn',
  },
  'villages-ntm-added': {
    metric: 'so-thon-dat-chuan-ntm-them',
    label: 'Số thôn đạt chuẩn nông thôn mới thêm',
    unit: 'thôn',
    change: true,
  },
  'model-villages-added': {
    metric: 'so-thon-kieu-mau-them',
    label: 'Số thôn kiểu mẫu thêm',
    unit: 'thôn',
    change: true,
  },
  'model-gardens': { metric: 'so-vuon-mau', label: 'Số vườn mẫu', unit: 'vườn' },
  'criteria-added': {
    metric: 'so-tieu-chi-tang-them',
    label: 'Số tiêu chí đạt thêm',
    unit: 'tiêu chí',
    change: true,
  },
};

type Figure = NonNullable<StatisticsInput['figures']>[number];

interface Item {
  unit: UnitRef | null;
  period?: string;
  figure: Figure;
  /** Review of the figure's value, and of its unit (place). */
  review?: string;
  unitReview?: string;
}

function fromFigure(f: ExtractedFigure, i: number): Item {
  const figure: Figure = {
    metric: slugify(f.label).split('-').slice(0, 7).join('-') || `so-lieu-${i + 1}`,
    label: f.label,
    value: f.value,
    unit: f.measure,
  };
  if (f.estimate) figure.estimate = true;
  if (f.atLeast) figure.atLeast = true;
  if (f.change) figure.change = true;
  return {
    unit: f.unit,
    ...(f.period ? { period: f.period } : {}),
    figure,
    ...(f.review ? { review: f.review } : {}),
    partOf: f.partOf,
  } as Item & { partOf?: string };
}

function fromCount(c: ExtractedCount): Item[] {
  const spec = COUNT_FIGURES[c.kind];
  if (!spec) return [];
  const value = c.kind === 'criteria-average' ? c.value : (c.met ?? c.value);
  if (value === undefined) return [];
  const figure: Figure = { metric: spec.metric, label: spec.label, value, unit: spec.unit };
  if (spec.change) figure.change = true;
  if (c.kind === 'criteria-average' && c.set) figure.criteriaSet = c.set;
  const items: Item[] = [{ unit: c.unit, figure, ...(c.review ? { review: c.review } : {}) }];
  if (c.of !== undefined && c.kind !== 'criteria-average')
    items.push({
      unit: c.unit,
      figure: {
        metric: `tong-so-${spec.unit === 'thôn' ? 'thon' : 'xa'}`,
        label: `Tổng số ${spec.unit}`,
        value: c.of,
        unit: spec.unit,
      },
    });
  return items;
}

/** First and last day of a period as written ("6 tháng đầu năm 2023", "2020", "2021–2023"). */
function periodDays(period: string): { period: string; start: string; end: string } | undefined {
  let m = /^(\d+)\s+tháng đầu năm\s+(\d{4})$/u.exec(period);
  if (m) {
    const months = Number(m[1]);
    const last = new Date(Date.UTC(Number(m[2]), months, 0)).toISOString().slice(0, 10);
    return { period: `${m[1]} tháng đầu năm ${m[2]}`, start: `${m[2]}-01-01`, end: last };
  }
  if ((m = /^Quý (IV|III|II|I) năm (\d{4})$/u.exec(period))) {
    const q = ['I', 'II', 'III', 'IV'].indexOf(m[1]!) + 1;
    const end = new Date(Date.UTC(Number(m[2]), q * 3, 0)).toISOString().slice(0, 10);
    return { period, start: `${m[2]}-${String(q * 3 - 2).padStart(2, '0')}-01`, end };
  }
  if ((m = /^(\d{4})$/u.exec(period)))
    return { period: `Năm ${m[1]}`, start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{4})–(\d{4})$/u.exec(period)))
    return { period: `Giai đoạn ${m[1]}–${m[2]}`, start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  return undefined;
}

/** The statistics records of an article. */
export function statisticsDrafts(
  article: ExtractedArticle,
  links: DraftLinks,
  date: string | undefined,
  reporter: Reporter,
  stem: string,
): DraftRecord[] {
  // A quarter the article is about ("sơ kết … quý I … năm 2017") is the period of figures that give none.
  const quarter = /quý (IV|III|II|I)(?![\p{L}])/u.exec(
    `${article.title?.value ?? ''} ${article.text}`,
  );
  const defaultPeriod = quarter && date ? `Quý ${quarter[1]} năm ${date.slice(0, 4)}` : undefined;
  const items: Array<Item & { partOf?: string }> = [
    ...article.figures.map(fromFigure),
    ...article.counts.flatMap(fromCount),
  ];
  const groups: Array<{ unit: UnitRef | null; period?: string; items: typeof items }> = [];
  for (const it of items) {
    const g = groups.find(
      (x) => (x.unit ? sameUnit(x.unit, it.unit) : !it.unit) && x.period === it.period,
    );
    if (g) g.items.push(it);
    else groups.push({ unit: it.unit, ...(it.period ? { period: it.period } : {}), items: [it] });
  }
  return groups.map((g, n) => {
    const review: ReviewNotes = new Map();
    const data = {} as StatisticsInput;
    const place = links.place(g.unit, date ? { date } : {});
    if (place.id) data.place = place.id;
    review.set('place', place.review ?? '');
    const days = periodDays(g.period ?? defaultPeriod ?? '');
    if (days) {
      data.period = days.period;
      data.periodStart = days.start;
      data.periodEnd = days.end;
      review.set(
        'period',
        g.period
          ? `kỳ số liệu đọc từ "${g.period}"`
          : `kỳ số liệu đọc từ "${quarter![0]}" trong bài và năm ${date!.slice(0, 4)}: kiểm tra`,
      );
    } else if (date) {
      data.period = `Đến ngày ${formatVietnameseDate(date)}`;
      data.periodStart = date;
      data.periodEnd = date;
      review.set(
        'period',
        `bài không ghi kỳ của số liệu${g.period ? ` (chỉ ghi "${g.period}")` : ''}: ghi là số liệu đến ngày ${formatVietnameseDate(date)}; sửa periodStart nếu biết đầu kỳ`,
      );
    } else
      review.set(
        'period',
        'bài không ghi kỳ và ngày của số liệu: ghi period, periodStart, periodEnd',
      );
    Object.assign(data, reporter);
    const metrics = new Set<string>();
    data.figures = g.items.map((it, i) => {
      const figure = { ...it.figure };
      while (metrics.has(figure.metric)) figure.metric = `${figure.metric}-${i + 1}`;
      metrics.add(figure.metric);
      const whole = it.partOf ? g.items.find((w) => w.figure.label === it.partOf) : undefined;
      if (whole) figure.partOf = whole.figure.metric;
      withNote(review, `figures.${i}`, it.review);
      withNote(
        review,
        `figures.${i}.metric`,
        `đặt id chỉ tiêu ổn định (bài: "${it.figure.label}")`,
      );
      return figure;
    });
    const unitSlug = place.id
      ? place.id
      : `nhap/${slugify(unitWords(g.unit) || 'chua-ro-dia-ban')}`;
    return {
      collection: 'statistics' as const,
      id: `${unitSlug}/${stem}${groups.length > 1 ? `-${n + 1}` : ''}-nhap`,
      data,
      review,
    };
  });
}
