/**
 * The search page (/tim-kiem/): reads the query, filters, order and scope from the address
 * (`?q=…&tinh=Hà+Tĩnh&sap-xep=moi-nhat&pham-vi=ha-tinh`), searches as the reader types, and keeps
 * the address in step so a search can be bookmarked or shared. Filter choices are loaded only
 * when the reader opens "Lọc và sắp xếp" (or arrives with a filter in the address). On an archive
 * split by province the scope is chosen beside the box (src/search/browser/search-scope.ts); with
 * none in the address and no earlier choice, nothing is searched until the reader picks one.
 */
import { tSearch } from '../../i18n/t.ts';
import { SEARCH_FILTER_KEYS } from '../facets.ts';
import {
  allFilterValues,
  loadPagefind,
  prefetchScope,
  searchRecords,
  type SearchOutcome,
  type SearchRequest,
} from './search-client.ts';
import { renderHit, renderHitList } from './search-render.ts';
import { scopeControl, type ScopeControl } from './search-scope.ts';
import { SCOPE_PARAM } from '../scopes.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;
const ORDER_PARAM = 'sap-xep';
const NEWEST = 'moi-nhat';

/** Reads a search request from the address's query string. */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const filters: Record<string, string[]> = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const scope = params.get(SCOPE_PARAM);
  return {
    query: params.get('q') ?? '',
    filters,
    order: params.get(ORDER_PARAM) === NEWEST ? 'newest' : 'relevance',
    ...(scope ? { scope } : {}),
  };
}

/** Starts the search page inside `host`. */
export function startSearchPage(host: HTMLElement): void {
  const form = host.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const details = form.querySelector<HTMLDetailsElement>('details')!;
  const results = host.querySelector<HTMLElement>('.search-results')!;
  const more = host.querySelector<HTMLButtonElement>('.search-more')!;
  const browse = document.querySelector<HTMLElement>('.search-browse');
  const initial = requestFromParams(new URLSearchParams(location.search));

  let scope: ScopeControl | undefined;
  // The list of indexes says whether there is a scope to choose; a known scope's indexes start
  // loading at once.
  const ready = loadPagefind().then((list) => {
    if (!list.split) return;
    scope = scopeControl(list, {
      id: 'search-scope',
      requested: initial.scope,
      onChange: (chosen) => {
        filterValuesLoaded = false;
        if (details.open) void loadFilterValues();
        prefetchScope(chosen);
      },
    });
    form.querySelector('.search-row')!.after(scope.element);
    const start = scope.scope();
    if (start !== undefined) prefetchScope(start);
  });
  ready.catch(() => {});

  // Keep what the reader may have typed while this code was loading.
  if (initial.query || !input.value) input.value = initial.query;
  for (const [key, values] of Object.entries(initial.filters ?? {})) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) setSelectValue(select, values[0]!);
  }
  const orderSelect = form.querySelector<HTMLSelectElement>(`select[name="${ORDER_PARAM}"]`);
  if (orderSelect && initial.order === 'newest') orderSelect.value = NEWEST;
  details.hidden = false;

  let filterValuesLoaded = false;
  const loadFilterValues = async () => {
    if (filterValuesLoaded) return;
    await ready;
    const chosen = scope?.scope();
    if (scope && chosen === undefined) return;
    filterValuesLoaded = true;
    const counts = await allFilterValues(chosen);
    for (const key of SEARCH_FILTER_KEYS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (select) fillSelect(select, key, counts[key] ?? {});
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open) void loadFilterValues();
  });
  if (Object.keys(initial.filters ?? {}).length > 0) {
    details.open = true;
    void loadFilterValues();
  }

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outcome: SearchOutcome | undefined;
  let shown = 0;

  const run = async () => {
    const ticket = ++latest;
    host.setAttribute('aria-busy', 'true');
    try {
      // The scope control (a split archive) is part of the form once the list of indexes is in.
      await ready;
      if (ticket !== latest) return;
      const params = new URLSearchParams();
      const query = input.value.trim();
      if (query) params.set('q', query);
      for (const select of form.querySelectorAll('select')) {
        if (select.value) params.set(select.name, select.value);
      }
      const address = params.size > 0 ? `${location.pathname}?${params}` : location.pathname;
      history.replaceState(null, '', address);
      if (scope && scope.scope() === undefined) {
        // A split archive and no scope yet: ask, never load every index unasked.
        const ask = document.createElement('p');
        ask.className = 'search-count';
        ask.textContent = tSearch('search.scope.prompt');
        results.replaceChildren(ask);
        delete results.dataset.query;
        more.hidden = true;
        if (browse) browse.hidden = false;
        return;
      }
      const found = await searchRecords(requestFromParams(params));
      if (ticket !== latest) return;
      outcome = found;
      shown = 0;
      if (!found) {
        results.replaceChildren();
        delete results.dataset.query;
        more.hidden = true;
        if (browse) browse.hidden = false;
        return;
      }
      const hits = await found.hits(0, PAGE_SIZE);
      if (ticket !== latest) return;
      shown = hits.length;
      renderHitList(results, hits, found.total, query);
      results.dataset.query = query;
      more.hidden = shown >= found.total;
      if (browse) browse.hidden = true;
    } catch {
      if (ticket !== latest) return;
      const p = document.createElement('p');
      p.textContent = tSearch('search.unavailable');
      results.replaceChildren(p);
      if (browse) browse.hidden = false;
    } finally {
      if (ticket === latest) host.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  const showMore = async () => {
    if (!outcome) return;
    const ticket = latest;
    const hits = await outcome.hits(shown, PAGE_SIZE);
    if (ticket !== latest) return;
    results.querySelector('ol')?.append(...hits.map(renderHit));
    shown += hits.length;
    more.hidden = shown >= outcome.total;
  };
  more.addEventListener('click', () => void showMore());

  if (input.value.trim() || Object.keys(initial.filters ?? {}).length > 0) void run();
}

/** Selects `value`, adding it as an option first when the list does not have it yet. */
function setSelectValue(select: HTMLSelectElement, value: string): void {
  if (![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  select.value = value;
}

/** Fills a filter's choices with every value in the index and its count, keeping the current choice. */
function fillSelect(select: HTMLSelectElement, key: string, counts: Record<string, number>): void {
  const current = select.value;
  const values = Object.keys(counts).sort((a, b) =>
    key === 'nam' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
  );
  const first = select.options[0]!;
  select.replaceChildren(first, ...values.map((v) => new Option(`${v} (${counts[v]})`, v)));
  if (current) setSelectValue(select, current);
}
