import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../../src/formats/markup.ts';
import { renderChartSvg, valueTicks } from '../../../src/progress/svg-chart.ts';
import { communeProgressCharts, districtAverageCharts } from '../../../src/progress/chart-spec.ts';
import { progressIndex } from '../../../src/progress/progress-index.ts';
import { validateContent } from '../../../src/records/validate.ts';

const index = progressIndex(validateContent('tests/fixtures/progress').content);

describe('valueTicks', () => {
  test.each([
    [20, [0, 5, 10, 15, 20]],
    [19, [0, 5, 10, 15, 19]],
    [2, [0, 1, 2]],
    [0, [0]],
  ])('up to %d: %j', (max, ticks) => expect(valueTicks(max)).toEqual(ticks));
});

describe('renderChartSvg', () => {
  const [spec] = communeProgressCharts(index, 'ha-tinh/ky-anh/lam-hop');
  const svg = renderChartSvg(spec!, 'bd-x');

  test('is an image labelled by its title and a description that states the numbers', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="bd-x-t bd-x-d"/);
    expect(svg).toContain(`<title id="bd-x-t">${escapeMarkup(spec!.title)}</title>`);
    expect(svg).toContain(
      '<desc id="bd-x-d">Xã Lâm Hợp, Hà Tĩnh 2016–2020 (20 tiêu chí): ngày 8/9/2020 đạt 16/20 tiêu chí',
    );
  });

  test('labels each bar with criteria met out of the set size, and each date', () => {
    expect(svg).toContain('>16/20</text>');
    expect(svg).toContain('>20/20</text>');
    expect(svg).toContain('>8/9/2020</text>');
  });

  test('draws bars in proportion: 16 of 20 is four fifths of the plot height', () => {
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)" fill="#2e7d32"/g)].map((m) =>
      Number(m[1]),
    );
    const full = heights[1]!;
    expect(heights[0]! / full).toBeCloseTo(16 / 20, 2);
  });

  test('line charts draw a point per value with its value, decimals with a comma', () => {
    const [average] = districtAverageCharts(index, 'ha-tinh/ky-anh');
    const line = renderChartSvg(average!, 'bd-y');
    expect(line.match(/<circle /g)).toHaveLength(2);
    expect(line).toContain('>9,8</text>');
    expect(line).not.toContain('<polyline');
  });

  test('a line joins a series across the categories where it has no value', () => {
    const [average] = districtAverageCharts(index, 'ha-tinh/ky-anh');
    const spec = {
      ...average!,
      categories: ['a', 'b', 'c'].map((k) => ({ key: k, label: k })),
      series: [{ key: 's', label: 'S', color: '#000', values: [4, null, 12] }],
    };
    const line = renderChartSvg(spec, 'bd-w');
    expect(line.match(/<polyline [^>]*points="([^"]+)"/)![1]!.split(' ')).toHaveLength(2);
    expect(line.match(/<circle /g)).toHaveLength(2);
  });

  test('escapes text from records', () => {
    const hostile = {
      ...spec!,
      title: '<script>alert(1)</script>',
      categories: [{ key: 'a', label: '"><img src=x>' }],
    };
    const out = renderChartSvg(hostile, 'bd-z');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
  });
});
