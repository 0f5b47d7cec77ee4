/**
 * Live results under the header search box, added when the reader first focuses it. The form
 * still submits to the search page; the panel shows the first few hits as the reader types.
 */
import { loadPagefind, searchRecords } from './search-client.ts';
import { renderHitList } from './search-render.ts';

const LIVE_LIMIT = 5;
const TYPING_PAUSE_MS = 200;

/** Adds live results to one `<search-box>` element. Safe to call more than once. */
export function enhanceSearchBox(host: HTMLElement): void {
  if (host.dataset.enhanced) return;
  host.dataset.enhanced = 'true';
  const form = host.querySelector('form');
  const input = host.querySelector('input');
  if (!form || !input) return;
  // Start fetching Pagefind now, while the reader types the first letters.
  void loadPagefind();

  const panel = document.createElement('div');
  panel.className = 'search-box-results';
  panel.setAttribute('aria-live', 'polite');
  form.after(panel);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.replaceChildren();
  });
  // The reader may have typed while this code was still loading.
  if (input.value.trim().length >= 2) void update();

  async function update(): Promise<void> {
    const query = input!.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      panel.replaceChildren();
      return;
    }
    try {
      const outcome = await searchRecords({ query });
      const hits = outcome ? await outcome.hits(0, LIVE_LIMIT) : [];
      if (ticket !== latest) return;
      renderHitList(
        panel,
        hits,
        outcome?.total ?? 0,
        query,
        `/tim-kiem/?q=${encodeURIComponent(query)}`,
      );
    } catch {
      // Search unavailable (offline, blocked): the form still submits to the search page.
      if (ticket === latest) panel.replaceChildren();
    }
  }
}
