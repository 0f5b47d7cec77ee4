/**
 * Draws a chart payload on a canvas with chart.js. Imported dynamically by `<ntm-chart>` only
 * when a chart scrolls into view, so its bytes are a separate file that pages without charts
 * never fetch. Only the pieces the progress charts use are registered, so the bundle keeps
 * nothing else of chart.js (no time scale, no pie, no radar, no plugins beyond tooltip and legend).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartPayload } from '../chart-spec.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);
// Labels at least 12 px, as in the static chart, so a phone reader can read them.
Chart.defaults.font.size = 13;

/** Renders `payload` into `canvas`: tooltips on hover and tap, series shown or hidden from the legend. */
export function renderChart(canvas: HTMLCanvasElement, payload: ChartPayload): Chart {
  const stacked = payload.kind === 'stacked-bar';
  const format = (value: number): string =>
    value.toLocaleString('vi-VN', { maximumFractionDigits: payload.decimals });
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Chart(canvas, {
    type: payload.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: payload.categories,
      datasets: payload.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: s.color,
        pointRadius: 5,
        pointHoverRadius: 7,
        spanGaps: true,
        maxBarThickness: 56,
      })),
    },
    options: {
      locale: 'vi-VN',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      scales: {
        x: { stacked, offset: true, title: { display: true, text: payload.categoryTitle } },
        y: {
          stacked,
          min: 0,
          max: payload.max,
          title: { display: true, text: payload.valueTitle },
          ticks: { precision: payload.decimals },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${format(item.parsed.y ?? 0)} ${payload.unit}`,
          },
        },
      },
    },
  });
}
