/**
 * Builds the result list markup with DOM calls (no innerHTML for record text except Pagefind's
 * excerpt, which Pagefind escapes and marks up with <mark>).
 */
import { tSearch } from '../../i18n/t.ts';
import type { SearchHit } from './search-client.ts';

/** Formats YYYY-MM-DD as the site writes dates everywhere, d/m/yyyy without zero padding ("18/5/2022"). */
export function vietnameseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

/** One result: title link, a line with type · date · place, and the excerpt. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const heading = document.createElement('p');
  heading.className = 'search-hit-title';
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-hit-facts';
  const parts: Array<string | Node> = [];
  if (hit.type) parts.push(hit.type);
  if (hit.date) {
    const time = document.createElement('time');
    time.dateTime = hit.date;
    time.textContent = vietnameseDate(hit.date);
    parts.push(time);
  }
  if (hit.place) parts.push(hit.place);
  parts.forEach((part, i) => {
    if (i > 0) facts.append(' · ');
    facts.append(part);
  });
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  excerpt.innerHTML = hit.excerpt;
  li.append(heading, facts, excerpt);
  return li;
}

/**
 * Replaces `container`'s content with the count line and the hit list (or a "nothing found"
 * line); `moreUrl`, when given, adds a link to every result on the search page.
 */
export function renderHitList(
  container: HTMLElement,
  hits: SearchHit[],
  total: number,
  query: string,
  moreUrl?: string,
): void {
  if (hits.length === 0) {
    const p = document.createElement('p');
    p.className = 'search-count';
    p.textContent = query
      ? tSearch('search.noResults', { query })
      : tSearch('search.noFilterMatch');
    container.replaceChildren(p);
    return;
  }
  const count = document.createElement('p');
  count.className = 'search-count';
  count.textContent = tSearch('search.count', { n: total });
  const list = document.createElement('ol');
  list.className = 'search-hits';
  list.append(...hits.map(renderHit));
  container.replaceChildren(count, list);
  if (moreUrl && total > hits.length) {
    const more = document.createElement('a');
    more.href = moreUrl;
    more.textContent = tSearch('search.countAll', { n: total });
    container.append(more);
  }
}
