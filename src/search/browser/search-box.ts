/**
 * Live results under the header search box, added when the reader first focuses it. The form
 * still submits to the search page; the panel shows the first few hits as the reader types.
 * On an archive split by province, the scope is shown beside the box (src/search/browser/search-scope.ts):
 * the page's province on a record page, else the reader's last choice, else a choice to make
 * before anything is searched.
 */
import { tSearch } from '../../i18n/t.ts';
import { loadPagefind, prefetchScope, searchRecords } from './search-client.ts';
import { renderHitList } from './search-render.ts';
import { scopeControl, type ScopeControl } from './search-scope.ts';
import { SCOPE_PARAM, WHOLE_COUNTRY } from '../scopes.ts';

const LIVE_LIMIT = 5;
const TYPING_PAUSE_MS = 200;

/** Adds live results to one `<search-box>` element. Safe to call more than once. */
export function enhanceSearchBox(host: HTMLElement): void {
  if (host.dataset.enhanced) return;
  host.dataset.enhanced = 'true';
  const form = host.querySelector('form');
  const input = host.querySelector('input');
  if (!form || !input) return;

  const panel = document.createElement('div');
  panel.className = 'search-box-results';
  panel.setAttribute('aria-live', 'polite');
  form.after(panel);

  let scope: ScopeControl | undefined;
  // Start fetching Pagefind now, while the reader types the first letters; on a split archive,
  // show the scope and start on its indexes.
  const ready = loadPagefind().then((list) => {
    if (!list.split) return;
    scope = scopeControl(list, {
      id: `${input.id}-scope`,
      onChange: (chosen) => {
        prefetchScope(chosen);
        void update();
      },
    });
    form.append(scope.element);
    const start = scope.scope();
    if (start !== undefined) prefetchScope(start);
  });
  ready.catch(() => {});

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
      delete panel.dataset.query;
      return;
    }
    try {
      await ready;
      const chosen = scope ? scope.scope() : WHOLE_COUNTRY;
      if (chosen === undefined) {
        // A split archive and no province to go on: ask, never load every index unasked.
        if (ticket !== latest) return;
        const ask = document.createElement('p');
        ask.className = 'search-count';
        ask.textContent = tSearch('search.scope.prompt');
        panel.replaceChildren(ask);
        delete panel.dataset.query;
        return;
      }
      const outcome = await searchRecords({ query, scope: chosen });
      const hits = outcome ? await outcome.hits(0, LIVE_LIMIT) : [];
      if (ticket !== latest) return;
      const params = new URLSearchParams({ q: query });
      if (scope) params.set(SCOPE_PARAM, chosen);
      renderHitList(panel, hits, outcome?.total ?? 0, query, `/tim-kiem/?${params}`);
      // Which query the panel shows (the benchmark times results by it, as tests do on the page).
      panel.dataset.query = query;
    } catch {
      // Search unavailable (offline, blocked): the form still submits to the search page.
      if (ticket !== latest) return;
      panel.replaceChildren();
      delete panel.dataset.query;
    }
  }
}
