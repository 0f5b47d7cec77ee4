/**
 * Draws a chart spec as a static SVG string: axes, bars or lines, value labels, with <title> and
 * <desc> for screen readers. Runs at build time only; the page reads fully without JavaScript.
 * Geometry is in viewBox units: the SVG scales to its container, so it stays legible on a phone.
 */
import { escapeMarkup } from '../formats/markup.ts';
import { formatNumberVi, type ChartSpec } from './chart-spec.ts';

const WIDTH = 400;
const HEIGHT = 230;
const MARGIN = { top: 20, right: 8, bottom: 34, left: 34 };

/** Ticks of the value axis: 0 to `max` in a round step (1, 2, 5, 10, …) with at most six steps, and `max` itself. */
export function valueTicks(max: number): number[] {
  if (max <= 0) return [0];
  let step = 1;
  for (const base of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]) {
    step = base;
    if (max / base <= 6) break;
  }
  const ticks: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  if (ticks.at(-1)! < max) ticks.push(max);
  return ticks;
}

const round = (n: number): number => Math.round(n);

/**
 * The SVG markup of `spec`. `idBase` must be unique in the page (it names the <title> and <desc>
 * the SVG is labelled by).
 */
export function renderChartSvg(spec: ChartSpec, idBase: string): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = spec.max > 0 ? spec.max : 1;
  const y = (v: number): number => round(MARGIN.top + plotH - (Math.min(v, max) / max) * plotH);
  const n = Math.max(spec.categories.length, 1);
  const band = plotW / n;
  const cx = (i: number): number => round(MARGIN.left + band * (i + 0.5));
  const parts: string[] = [];

  parts.push(
    `<svg class="ntm-chart__svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${idBase}-t ${idBase}-d" xmlns="http://www.w3.org/2000/svg">`,
  );
  parts.push(
    `<title id="${idBase}-t">${escapeMarkup(spec.title)}</title><desc id="${idBase}-d">${escapeMarkup(spec.summary)}</desc>`,
  );

  // Value axis: grid lines and tick labels.
  for (const t of valueTicks(max)) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${MARGIN.left - 4}" y="${y(t) + 3.5}" text-anchor="end" font-size="10" fill="#444">${formatNumberVi(t, 1)}</text>`,
    );
  }
  parts.push(
    `<text x="2" y="${MARGIN.top - 8}" font-size="10" fill="#444">${escapeMarkup(spec.valueTitle)}</text>`,
  );

  // Category axis: labels, thinned out when there are many; values are printed only where the
  // category is labelled (the data table has every value).
  const every = Math.ceil(n / 6);
  const labelled = (i: number): boolean => i % every === 0 || i === n - 1;
  spec.categories.forEach((c, i) => {
    if (labelled(i))
      parts.push(
        `<text x="${cx(i)}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle" font-size="10.5" fill="#222">${escapeMarkup(c.label)}</text>`,
      );
  });
  parts.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 4}" text-anchor="middle" font-size="10" fill="#444">${escapeMarkup(spec.categoryTitle)}</text>`,
  );
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#666" stroke-width="1"/>`,
  );

  if (spec.kind === 'line') {
    for (const s of spec.series) {
      const points = s.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
      if (points.length > 1)
        parts.push(
          `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.map((p) => `${cx(p.i)},${y(p.v)}`).join(' ')}"/>`,
        );
      for (const p of points) {
        parts.push(`<circle cx="${cx(p.i)}" cy="${y(p.v)}" r="4" fill="${s.color}"/>`);
        if (labelled(p.i))
          parts.push(
            `<text x="${cx(p.i)}" y="${y(p.v) - 7}" text-anchor="middle" font-size="10.5" font-weight="bold" fill="${s.color}">${formatNumberVi(p.v, spec.decimals)}</text>`,
          );
      }
    }
  } else if (spec.kind === 'stacked-bar') {
    const barW = round(Math.min(band * 0.6, 56));
    spec.categories.forEach((_, i) => {
      let base = 0;
      for (const s of spec.series) {
        const v = s.values[i] ?? 0;
        if (v <= 0) continue;
        parts.push(
          `<rect x="${round(cx(i) - barW / 2)}" y="${y(base + v)}" width="${barW}" height="${y(base) - y(base + v)}" fill="${s.color}"/>`,
        );
        base += v;
      }
      const first = spec.series[0]?.values[i] ?? 0;
      const label =
        spec.stackLabel === 'first-of-max'
          ? `${formatNumberVi(first, 0)}/${formatNumberVi(max, 0)}`
          : formatNumberVi(base, spec.decimals);
      if (labelled(i))
        parts.push(
          `<text x="${cx(i)}" y="${y(base) - 5}" text-anchor="middle" font-size="11" font-weight="bold" fill="#222">${escapeMarkup(label)}</text>`,
        );
    });
  } else {
    const k = Math.max(spec.series.length, 1);
    const groupW = Math.min(band * 0.7, 56 * k);
    const barW = round(groupW / k);
    spec.categories.forEach((_, i) => {
      spec.series.forEach((s, j) => {
        const v = s.values[i];
        if (v === null || v === undefined) return;
        const x = round(cx(i) - groupW / 2 + j * barW);
        parts.push(
          `<rect x="${x}" y="${y(v)}" width="${barW}" height="${y(0) - y(v)}" fill="${s.color}"/>`,
        );
        if (labelled(i))
          parts.push(
            `<text x="${round(x + barW / 2)}" y="${y(v) - 5}" text-anchor="middle" font-size="11" font-weight="bold" fill="#222">${formatNumberVi(v, spec.decimals)}</text>`,
          );
      });
    });
  }
  parts.push('</svg>');
  return parts.join('');
}
