/**
 * Live results under the header search box, added when the reader first focuses it. The form
 * still submits to the search page; the list shows the first few hits as the reader types.
 */
import { loadPagefind, searchRecords } from './search-client.ts';
import { renderHitList } from './search-render.ts';

const LIVE_LIMIT = 5;

/** Adds live results to one `<search-box>` element. Safe to call more than once. */
export function enhanceSearchBox(host: HTMLElement): void {
  if (host.dataset.enhanced) return;
  host.dataset.enhanced = 'true';
  const form = host.querySelector('form');
  const input = host.querySelector('input');
  if (!form || !input) return;
  void loadPagefind();

  const panel = document.createElement('div');
  panel.className = 'search-box-results';
  panel.setAttribute('aria-live', 'polite');
  form.after(panel);

  let latest = 0;
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      panel.replaceChildren();
      return;
    }
    const { hits, total } = await searchRecords(query, {}, LIVE_LIMIT);
    if (ticket !== latest) return;
    renderHitList(panel, hits, total, query);
  });
}
