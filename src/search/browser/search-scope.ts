/**
 * The scope beside a search box, for an archive whose index is split by province
 * (src/search/scopes.ts): a labelled choice of province or the whole country, named `pham-vi` so
 * that the form carries it to the search page, with a note saying what the whole country costs.
 * When nothing tells which province to search, it starts empty and the reader chooses. A small
 * archive has one index and no choice to show.
 */
import { tSearch } from '../../i18n/t.ts';
import {
  formatSize,
  provinceIndexes,
  resolveScope,
  SCOPE_PARAM,
  SCOPE_STORAGE_KEY,
  WHOLE_COUNTRY,
  wholeCountryCost,
  type ScopeList,
} from '../scopes.ts';

/** The reader's last chosen scope, or null (no choice yet, or storage unavailable). */
export function storedScope(): string | null {
  try {
    return localStorage.getItem(SCOPE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Keeps the reader's choice for the next page and the next visit. */
function storeScope(scope: string): void {
  try {
    localStorage.setItem(SCOPE_STORAGE_KEY, scope);
  } catch {
    // Private browsing or storage disabled: the choice lasts for this page only.
  }
}

/** The province of the page the reader is on (record pages say it), or null. */
export function pageScope(): string | null {
  return document.querySelector('[data-search-scope]')?.getAttribute('data-search-scope') ?? null;
}

/** The scope control: its element, the current scope (undefined until chosen), and changes. */
export interface ScopeControl {
  element: HTMLElement;
  scope: () => string | undefined;
}

/**
 * Builds the control for a split archive, starting at the scope `resolveScope` finds from the
 * address (`requested`), the page and the reader's last choice. `onChange` runs when the reader
 * picks another scope; the choice is kept in the browser.
 */
export function scopeControl(
  list: ScopeList & { split: true },
  options: { id: string; requested?: string | null | undefined; onChange: (scope: string) => void },
): ScopeControl {
  let current = resolveScope(list, {
    requested: options.requested,
    page: pageScope(),
    stored: storedScope(),
  });
  const cost = wholeCountryCost(list);
  const element = document.createElement('p');
  element.className = 'search-scope';
  const label = document.createElement('label');
  label.htmlFor = options.id;
  label.textContent = tSearch('search.scope.label');
  const select = document.createElement('select');
  select.id = options.id;
  select.name = SCOPE_PARAM;
  const note = document.createElement('span');
  note.className = 'search-scope-note';
  note.id = `${options.id}-note`;
  select.setAttribute('aria-describedby', note.id);
  if (current === undefined) {
    const choose = new Option(tSearch('search.scope.choose'), '');
    choose.disabled = true;
    select.add(choose);
  }
  for (const index of provinceIndexes(list)) select.add(new Option(index.name, index.id));
  select.add(
    new Option(
      tSearch('search.scope.countryOption', { size: formatSize(cost.start + cost.word) }),
      WHOLE_COUNTRY,
    ),
  );
  select.value = current ?? '';
  const describe = () => {
    // Before a choice the search box or page says what to do where its results go.
    note.textContent =
      current === WHOLE_COUNTRY
        ? tSearch('search.scope.countryCost', {
            n: cost.indexes,
            start: formatSize(cost.start),
            word: formatSize(cost.word),
          })
        : '';
  };
  describe();
  select.addEventListener('change', () => {
    if (!select.value) return;
    current = select.value;
    select.querySelector('option[value=""]')?.remove();
    storeScope(current);
    describe();
    options.onChange(current);
  });
  element.append(label, ' ', select, ' ', note);
  return { element, scope: () => current };
}
