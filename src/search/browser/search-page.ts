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
  type SearchHit,
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

/** The elements of the search page that its code reads and changes. */
interface SearchPageParts {
  host: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  details: HTMLDetailsElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  browse: HTMLElement | null;
}

/** Starts the search page inside `host`. */
export function startSearchPage(host: HTMLElement): void {
  const page = findParts(host);
  const { form, input } = page;
  const initial = requestFromParams(new URLSearchParams(location.search));
  const hasFilters = Object.keys(initial.filters ?? {}).length > 0;

  // The list of indexes says whether there is a scope to choose; a known scope's indexes start
  // loading at once. The reader can change the scope only after `scopeChanged` below is set.
  const ready = loadScope(form, initial.scope, (chosen) => {
    scopeChanged();
    prefetchScope(chosen);
  });
  ready.catch(() => {});

  restoreForm(page, initial);
  const scopeChanged = startFilterChoices(page, ready, hasFilters);
  const run = startResults(page, ready);

  let timer: ReturnType<typeof setTimeout> | undefined;
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

  if (input.value.trim() || hasFilters) void run();
}

/** Finds the form, its parts, the results and the browse links of the page. */
function findParts(host: HTMLElement): SearchPageParts {
  const form = host.querySelector('form')!;
  return {
    host,
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    details: form.querySelector<HTMLDetailsElement>('details')!,
    results: host.querySelector<HTMLElement>('.search-results')!,
    more: host.querySelector<HTMLButtonElement>('.search-more')!,
    browse: document.querySelector<HTMLElement>('.search-browse'),
  };
}

/** On a split archive, adds the scope control and starts loading its indexes; resolves to it. */
function loadScope(
  form: HTMLFormElement,
  requested: string | undefined,
  onChange: (chosen: string) => void,
): Promise<ScopeControl | undefined> {
  return loadPagefind().then((list) => {
    if (!list.split) return undefined;
    const scope = scopeControl(list, { id: 'search-scope', requested, onChange });
    form.querySelector('.search-row')!.after(scope.element);
    const start = scope.scope();
    if (start !== undefined) prefetchScope(start);
    return scope;
  });
}

/** Puts the address's query, filters and order in the form and shows the filters. */
function restoreForm({ form, input, details }: SearchPageParts, initial: SearchRequest): void {
  // Keep what the reader may have typed while this code was loading.
  if (initial.query || !input.value) input.value = initial.query;
  for (const [key, values] of Object.entries(initial.filters ?? {})) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) setSelectValue(select, values[0]!);
  }
  const orderSelect = form.querySelector<HTMLSelectElement>(`select[name="${ORDER_PARAM}"]`);
  if (orderSelect && initial.order === 'newest') orderSelect.value = NEWEST;
  details.hidden = false;
}

/** Loads the filters' choices when they are first opened; returns what to call on a new scope. */
function startFilterChoices(
  { form, details }: SearchPageParts,
  ready: Promise<ScopeControl | undefined>,
  open: boolean,
): () => void {
  let loaded = false;
  /** Fills the choices with their counts in the scope, once per scope, when one is chosen. */
  const load = async () => {
    if (loaded) return;
    const scope = await ready;
    const chosen = scope?.scope();
    if (scope && chosen === undefined) return;
    loaded = true;
    const counts = await allFilterValues(chosen);
    for (const key of SEARCH_FILTER_KEYS) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (select) fillSelect(select, key, counts[key] ?? {});
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open) void load();
  });
  if (open) {
    details.open = true;
    void load();
  }
  return () => {
    loaded = false;
    if (details.open) void load();
  };
}

/** Shows the form's results (the latest search wins) and more on the button; returns the search. */
function startResults(
  page: SearchPageParts,
  ready: Promise<ScopeControl | undefined>,
): () => Promise<void> {
  const { host, form, input, results, more } = page;
  let latest = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;

  /** Searches for what the form says and shows the first page of hits. */
  const run = async () => {
    const ticket = ++latest;
    host.setAttribute('aria-busy', 'true');
    try {
      // The scope control (a split archive) is part of the form once the list of indexes is in.
      const scope = await ready;
      if (ticket !== latest) return;
      const query = input.value.trim();
      const params = keepInAddress(form, query);
      if (scope && scope.scope() === undefined) {
        // A split archive and no scope yet: ask, never load every index unasked.
        showScopePrompt(page);
        return;
      }
      const found = await searchRecords(requestFromParams(params));
      if (ticket !== latest) return;
      outcome = found;
      shown = 0;
      if (!found) {
        showInstead(page);
        return;
      }
      const hits = await found.hits(0, PAGE_SIZE);
      if (ticket !== latest) return;
      shown = hits.length;
      showHits(page, hits, found.total, query);
    } catch {
      if (ticket !== latest) return;
      showUnavailable(page);
    } finally {
      if (ticket === latest) host.removeAttribute('aria-busy');
    }
  };

  /** Adds the next page of hits of the latest search. */
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

  return run;
}

/** Puts the query and the form's choices in the address (to bookmark or share) and returns them. */
function keepInAddress(form: HTMLFormElement, query: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const select of form.querySelectorAll('select')) {
    if (select.value) params.set(select.name, select.value);
  }
  const address = params.size > 0 ? `${location.pathname}?${params}` : location.pathname;
  history.replaceState(null, '', address);
  return params;
}

/** Shows the first page of hits, the button for more while there are more, and no browse links. */
function showHits(
  { results, more, browse }: SearchPageParts,
  hits: SearchHit[],
  total: number,
  query: string,
): void {
  renderHitList(results, hits, total, query);
  results.dataset.query = query;
  more.hidden = hits.length >= total;
  if (browse) browse.hidden = true;
}

/** Shows `message` (or nothing) where the results go, and the browse links instead of more. */
function showInstead({ results, more, browse }: SearchPageParts, ...message: Node[]): void {
  results.replaceChildren(...message);
  delete results.dataset.query;
  more.hidden = true;
  if (browse) browse.hidden = false;
}

/** Asks the reader to choose a scope before anything is searched. */
function showScopePrompt(page: SearchPageParts): void {
  const ask = document.createElement('p');
  ask.className = 'search-count';
  ask.textContent = tSearch('search.scope.prompt');
  showInstead(page, ask);
}

/** Says that search is unavailable (offline, blocked), with the browse links to go on. */
function showUnavailable({ results, browse }: SearchPageParts): void {
  const p = document.createElement('p');
  p.textContent = tSearch('search.unavailable');
  results.replaceChildren(p);
  if (browse) browse.hidden = false;
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
