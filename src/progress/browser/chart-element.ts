/**
 * `<ntm-chart>`: the custom element around every progress chart. The page already shows the
 * chart as SVG with a data table; when the element first scrolls into view, it imports chart.js
 * (a separate file, fetched only then) and puts an interactive canvas in place of the SVG, drawn
 * from the JSON block `<script type="application/json">` inside the element. If anything fails,
 * the static chart simply stays. No inline script: this file is bundled and loaded by `src`.
 */
import type { ChartPayload } from '../chart-spec.ts';

class NtmChart extends HTMLElement {
  /** The chart.js instance once drawn (tests read its data). */
  chart: unknown = undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window) || this.dataset['enhanced']) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      void this.#enhance();
    });
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #enhance(): Promise<void> {
    const data = this.querySelector<HTMLScriptElement>('script[type="application/json"]');
    const staticChart = this.querySelector<HTMLElement>('[data-chart-static]');
    if (!data?.textContent || !staticChart) return;
    this.dataset['enhanced'] = 'loading';
    const frame = document.createElement('div');
    try {
      const payload = JSON.parse(data.textContent) as ChartPayload;
      const { renderChart } = await import('./chart-render.ts');
      frame.className = 'ntm-chart__canvas';
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', payload.summary);
      frame.append(canvas);
      staticChart.after(frame);
      this.chart = renderChart(canvas, payload);
      staticChart.hidden = true;
      this.dataset['enhanced'] = 'chart.js';
    } catch (error) {
      frame.remove();
      staticChart.hidden = false;
      this.dataset['enhanced'] = 'failed';
      console.warn('Biểu đồ tương tác không tải được; biểu đồ tĩnh vẫn hiển thị.', error);
    }
  }
}

if (!customElements.get('ntm-chart')) customElements.define('ntm-chart', NtmChart);
