import { describe, expect, test } from 'vitest';
import {
  allChartFiles,
  chartCsv,
  chartPayload,
  chartPayloadJson,
  communeProgressCharts,
  districtAverageCharts,
  districtDistributionCharts,
  districtMatrixSpecs,
  districtStandardCharts,
  formatNumberVi,
  matrixCsv,
  planTargetsSpec,
  targetsCsv,
} from '../../../src/progress/chart-spec.ts';
import { CSV_BOM } from '../../../src/formats/csv.ts';
import { progressIndex } from '../../../src/progress/progress-index.ts';
import { validateContent } from '../../../src/records/validate.ts';

const { content } = validateContent('tests/fixtures/progress');
const index = progressIndex(content);
const LAM_HOP = 'ha-tinh/ky-anh/lam-hop';
const KY_ANH = 'ha-tinh/ky-anh';

describe('formatNumberVi', () => {
  test.each([
    [9.8, 1, '9,8'],
    [5466.32, 2, '5.466,32'],
    [13, 1, '13'],
    [0.125, 2, '0,13'],
  ])('%d → %s', (value, decimals, text) => {
    expect(formatNumberVi(value, decimals)).toBe(text);
  });
});

describe('communeProgressCharts', () => {
  const charts = communeProgressCharts(index, LAM_HOP);

  test('a commune assessed under two sets gets one chart per set, each on its own axis', () => {
    expect(charts.map((c) => [c.id, c.max, c.categories.map((x) => x.key)])).toEqual([
      [`xa/${LAM_HOP}/ha-tinh-2016-2020`, 20, ['2020-09-08', '2020-12-20']],
      [`xa/${LAM_HOP}/qd-318`, 19, ['2023-06-01']],
    ]);
  });

  test('stacks met, basically met and not met; shows basically met only where it occurs', () => {
    expect(charts[0]!.series.map((s) => [s.label, s.values])).toEqual([
      ['Đạt', [16, 20]],
      ['Chưa đạt', [4, 0]],
    ]);
    expect(charts[1]!.series.map((s) => [s.label, s.values])).toEqual([
      ['Đạt', [17]],
      ['Cơ bản đạt', [1]],
      ['Chưa đạt', [1]],
    ]);
  });

  test('says the numbers in words and names its source', () => {
    expect(charts[0]!.summary).toBe(
      'Xã Lâm Hợp, Hà Tĩnh 2016–2020 (20 tiêu chí): ngày 8/9/2020 đạt 16/20 tiêu chí, 4 chưa đạt; ngày 20/12/2020 đạt 20/20 tiêu chí, 0 chưa đạt.',
    );
    expect(charts[0]!.notes[0]).toEqual({
      text: 'Đánh giá ngày 8/9/2020: Buổi làm việc với hai xã (dữ liệu kiểm thử)',
      href: '/cuoc-hop/2020-09-08-lam-viec/',
    });
  });

  test('its CSV has the place and the set on every row', () => {
    expect(chartCsv(charts[0]!)).toBe(
      `${CSV_BOM}Địa bàn,Bộ tiêu chí,Ngày đánh giá,Đạt,Chưa đạt\r\nXã Lâm Hợp,Hà Tĩnh 2016–2020 (20 tiêu chí),2020-09-08,16,4\r\nXã Lâm Hợp,Hà Tĩnh 2016–2020 (20 tiêu chí),2020-12-20,20,0\r\n`,
    );
  });

  test('the inline JSON cannot end its <script> block, whatever a record says', () => {
    const hostile = {
      ...charts[0]!,
      summary: 'x</script><script>alert(1)</script><!--',
      categories: [{ key: 'a', label: '</SCRIPT>' }],
    };
    const json = chartPayloadJson(hostile);
    expect(json).not.toContain('<');
    const parsed = JSON.parse(json) as { summary: string; categories: string[] };
    expect(parsed.summary).toBe(hostile.summary);
    expect(parsed.categories).toEqual(['</SCRIPT>']);
  });

  test('the chart.js payload carries the same numbers', () => {
    const payload = chartPayload(charts[0]!);
    expect(payload.categories).toEqual(['8/9/2020', '20/12/2020']);
    expect(payload.series.map((s) => s.values)).toEqual([
      [16, 20],
      [4, 0],
    ]);
    expect(payload.max).toBe(20);
  });
});

describe('district charts', () => {
  test('matrix: statuses per criterion and commune, with the count per commune', () => {
    const [matrix] = districtMatrixSpecs(index, KY_ANH);
    expect(matrix!.columns.map((c) => [c.label, c.date, c.met, c.total])).toEqual([
      ['Kỳ Lạc', '2020-09-08', 10, 20],
      ['Lâm Hợp', '2020-12-20', 20, 20],
    ]);
    expect(matrix!.rows[14]).toEqual({ number: 15, name: 'Y tế', statuses: ['chua-dat', 'dat'] });
    const csv = matrixCsv(matrix!);
    expect(csv).toContain(
      '\r\nHuyện Kỳ Anh,Hà Tĩnh 2016–2020 (20 tiêu chí),15,Y tế,Chưa đạt,Đạt\r\n',
    );
    expect(csv).toContain(',Số tiêu chí đạt,10/20,20/20\r\n');
  });

  test('distribution: communes per band at the end of each year', () => {
    const [hatinh] = districtDistributionCharts(index, KY_ANH);
    expect(hatinh!.series.map((s) => [s.label, s.values])).toEqual([
      ['0–4 tiêu chí', [0]],
      ['5–9 tiêu chí', [0]],
      ['10–14 tiêu chí', [1]],
      ['15–19 tiêu chí', [0]],
      ['20 tiêu chí (đạt chuẩn)', [1]],
    ]);
    expect(hatinh!.categories).toEqual([
      { key: '2020', label: '2020', note: '2/3 xã có đánh giá' },
    ]);
  });

  test('average: reported and worked-out series apart and labelled; a figure without a set on its own chart', () => {
    const charts = districtAverageCharts(index, KY_ANH);
    expect(charts.map((c) => c.id)).toEqual([
      `binh-quan/${KY_ANH}/ha-tinh-2016-2020`,
      `binh-quan/${KY_ANH}/qd-318`,
      `binh-quan/${KY_ANH}/khong-ro-bo-tieu-chi`,
    ]);
    const [hatinh, , unnamed] = charts;
    expect(hatinh!.categories.map((c) => c.label)).toEqual(['Quý I năm 2017', '20/12/2020']);
    expect(hatinh!.series.map((s) => [s.label, s.values])).toEqual([
      ['Bình quân theo báo cáo của địa phương', [9.8, null]],
      ['Trung bình của các xã có đánh giá trong hồ sơ', [null, 15]],
    ]);
    expect(hatinh!.notes[0]).toEqual({
      text: 'Báo cáo Quý I năm 2017: Hội nghị sơ kết quý I năm 2017 (dữ liệu kiểm thử)',
      href: '/cuoc-hop/2017-04-05-so-ket-quy-1/',
    });
    // 15.5 names no set: drawn against the largest commune set in force in 2020 (20), never on the 19-criterion axis.
    expect(unnamed!.max).toBe(20);
    expect(unnamed!.series.map((s) => s.values)).toEqual([[15.5]]);
    expect(unnamed!.title).toContain('bộ tiêu chí không được nêu');
  });

  test('communes reaching the standard: only sets where one did', () => {
    const charts = districtStandardCharts(index, KY_ANH);
    expect(charts.map((c) => [c.id, c.series[0]!.values, c.categories[0]!.note])).toEqual([
      [`dat-chuan/${KY_ANH}/ha-tinh-2016-2020`, [1], 'Lâm Hợp'],
    ]);
  });
});

describe('planTargetsSpec', () => {
  test('each numeric target with its latest figure and share', () => {
    const spec = planTargetsSpec(index, 'kh-1-ubnd')!;
    expect(spec.rows.map((r) => [r.metric, r.target, r.latest?.value, r.share])).toEqual([
      ['so-xa-dat-chuan', 2, 1, 0.5],
      ['dien-tich-lua', 5500, 5466.32, 5466.32 / 5500],
      ['so-thon-kieu-mau', 3, undefined, undefined],
    ]);
    expect(targetsCsv(spec).split('\r\n')[1]).toBe(
      '2 xã đạt chuẩn nông thôn mới,so-xa-dat-chuan,Huyện Kỳ Anh,2020,2,xã,1,xã,Năm 2020,không,0.5',
    );
  });
});

describe('allChartFiles', () => {
  test('lists every chart the pages draw, each once', () => {
    const ids = allChartFiles(index).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      `binh-quan/${KY_ANH}/ha-tinh-2016-2020`,
      `binh-quan/${KY_ANH}/khong-ro-bo-tieu-chi`,
      `binh-quan/${KY_ANH}/qd-318`,
      `dat-chuan/${KY_ANH}/ha-tinh-2016-2020`,
      `ma-tran/${KY_ANH}/ha-tinh-2016-2020`,
      `ma-tran/${KY_ANH}/qd-318`,
      'muc-tieu/kh-1-ubnd',
      `phan-bo/${KY_ANH}/ha-tinh-2016-2020`,
      `phan-bo/${KY_ANH}/qd-318`,
      `xa/ha-tinh/ky-anh/ky-lac/ha-tinh-2016-2020`,
      `xa/${LAM_HOP}/ha-tinh-2016-2020`,
      `xa/${LAM_HOP}/qd-318`,
    ]);
  });
});
