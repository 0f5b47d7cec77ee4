/**
 * Which list pages exist and what each shows: one function per family of paged lists, used by
 * the page's `getStaticPaths` and by the sitemap, so both always agree. Each returns the rest
 * parameter (`path`, relative to the list's section) and the page of items.
 */
import { DOCUMENT_TYPE_NAMES } from '../domain/document-number.ts';
import { paginate, PAGE_SIZE, type ListPage } from './paging.ts';
import type { IndexedTask, RecordIndex, TaskState } from './record-index.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { SiteIndex } from './site-index.ts';
import {
  bodiesUrl,
  bodyUrl,
  criteriaSetsUrl,
  criteriaSetUrl,
  criterionUrl,
  documentCitedByUrl,
  documentsByIssuerUrl,
  documentsByTypeUrl,
  documentTypeSlug,
  documentsUrl,
  documentUrl,
  meetingsByBodyUrl,
  meetingsByPlaceUrl,
  meetingsByYearUrl,
  meetingsUrl,
  meetingUrl,
  placeChildrenUrl,
  placesUrl,
  placeUrl,
  plansUrl,
  planUrl,
  programmesUrl,
  programmeUrl,
  sourceUrl,
  RETIRED_TASK_STATE_SLUGS,
  TASK_STATE_SLUGS,
  tasksByBodyIndexUrl,
  tasksByBodyUrl,
  tasksByPlaceIndexUrl,
  tasksByPlaceUrl,
  tasksByStateUrl,
  tasksUrl,
  type ListedTaskState,
} from './urls.ts';

/** How many citing records a document's page lists before linking to the full list. */
export const CITED_BY_SHOWN = 20;

/** One page of a list family: the rest parameter, the list's key and the page. */
export interface ListRoute<K, T> {
  params: { path: string };
  props: { key: K; page: ListPage<T> };
}

/** The rest parameter of page `n` under `key` ("2020", "2020/trang-2"); `key` "" is the section root. */
export function pagedPath(key: string, n: number): string {
  const suffix = n <= 1 ? '' : `trang-${n}`;
  return [key, suffix].filter((s) => s !== '').join('/');
}

function family<K, T>(
  lists: Iterable<[string, K, readonly T[]]>,
  size = PAGE_SIZE,
): Array<ListRoute<K, T>> {
  const routes: Array<ListRoute<K, T>> = [];
  for (const [path, key, items] of lists) {
    for (const page of paginate(items, size))
      routes.push({ params: { path: pagedPath(path, page.number) }, props: { key, page } });
  }
  return routes;
}

/** /cuoc-hop/nam/<year>/…: meetings of each year. */
export const meetingYearRoutes = (site: SiteIndex) =>
  family(
    site.meetingYears.map(
      (y) => [String(y), y, site.meetingsByYear.get(y)!] as [string, number, string[]],
    ),
  );
/** /cuoc-hop/dia-ban/<place>/…: meetings concerning each place that has any. */
export const meetingPlaceRoutes = (site: SiteIndex) =>
  family(
    [...site.meetingsByPlace].map(([id, list]) => [id, id, list] as [string, string, string[]]),
  );
/** /cuoc-hop/co-quan/<body>/…: meetings each body convened. */
export const meetingBodyRoutes = (site: SiteIndex) =>
  family(
    [...site.meetingsByBody].map(([id, list]) => [id, id, list] as [string, string, string[]]),
  );
/** /van-ban/… : the register, newest first. */
export const documentRegisterRoutes = (site: SiteIndex) =>
  family([['', '', site.documentsNewestFirst] as [string, string, string[]]]);
/** /van-ban/loai/<type>/…: documents of each type. */
export const documentTypeRoutes = (site: SiteIndex) =>
  family(
    [...site.documentsByType].map(
      ([code, list]) => [documentTypeSlug(code), code, list] as [string, string, string[]],
    ),
  );
/** /van-ban/trich-dan/<document>/…: every record citing a document, for documents cited more than a record page shows. */
export const documentCitedByRoutes = (site: SiteIndex, shownOnPage: number) =>
  family(
    [...site.citedBy]
      .filter(([, list]) => list.length > shownOnPage)
      .map(
        ([id, list]) =>
          [id, id, list] as [string, string, Array<{ collection: CollectionName; id: string }>],
      ),
  );
/** /van-ban/co-quan/<body>/…: documents each body issued, newest first. */
export const documentIssuerRoutes = (site: SiteIndex) =>
  family(
    [...site.documentsByIssuer].map(([id, list]) => [id, id, list] as [string, string, string[]]),
  );
/** /ke-hoach/…: plans, newest first. */
export const planListRoutes = (site: SiteIndex) =>
  family([['', '', site.plansNewestFirst] as [string, string, string[]]]);
/** /dia-ban/…: every place A–Z. */
export const placeListRoutes = (site: SiteIndex) =>
  family([['', '', site.placesAtoZ] as [string, string, string[]]]);
/** How many units under a place its page lists before linking to the full list. */
export const CHILDREN_SHOWN = 60;
/** /dia-ban/truc-thuoc/<place>/…: the units under each place that has more than its page lists. */
export const placeChildrenRoutes = (site: SiteIndex) =>
  family(
    [...site.childPlacesAtoZ]
      .filter(([, list]) => list.length > CHILDREN_SHOWN)
      .map(([id, list]) => [id, id, list] as [string, string, string[]]),
  );
/** /co-quan/…: every body A–Z. */
export const bodyListRoutes = (site: SiteIndex) =>
  family([['', '', site.bodiesAtoZ] as [string, string, string[]]]);
/** /nhiem-vu/<state>/…: tasks in each state (every state has a page, even when empty). */
export const taskStateRoutes = (site: SiteIndex) =>
  family(
    (Object.keys(TASK_STATE_SLUGS) as ListedTaskState[]).map(
      (s) =>
        [TASK_STATE_SLUGS[s], s, site.tasksByState.get(s) ?? []] as [
          string,
          ListedTaskState,
          IndexedTask[],
        ],
    ),
  );
/**
 * /nhiem-vu/<old state word>/…: a redirect page for each page the retired lists would have today
 * (`RETIRED_TASK_STATE_SLUGS`), to the same page of the list that replaced it, or to the tracker.
 * Not in the sitemap and linked from nowhere: they exist only so old links keep working.
 */
export function taskStateRedirectRoutes(
  site: SiteIndex,
): Array<{ params: { path: string }; props: { redirectTo: string } }> {
  const count = (states: TaskState[]) =>
    states.reduce((n, s) => n + (site.tasksByState.get(s)?.length ?? 0), 0);
  return Object.entries(RETIRED_TASK_STATE_SLUGS).flatMap(([slug, to]) => {
    const pages = Math.max(
      1,
      Math.ceil(count(to === 'tracker' ? ['upcoming', 'undated'] : [to]) / PAGE_SIZE),
    );
    return Array.from({ length: pages }, (_, i) => ({
      params: { path: pagedPath(slug, i + 1) },
      props: { redirectTo: to === 'tracker' ? tasksUrl() : tasksByStateUrl(to, i + 1) },
    }));
  });
}
/** /nhiem-vu/co-quan/<body>/…: tasks given to each body. */
export const taskBodyRoutes = (site: SiteIndex) =>
  family(
    [...site.tasksByBody].map(([id, list]) => [id, id, list] as [string, string, IndexedTask[]]),
  );
/** /nhiem-vu/dia-ban/<place>/…: tasks concerning each place. */
export const taskPlaceRoutes = (site: SiteIndex) =>
  family(
    [...site.tasksByPlace].map(([id, list]) => [id, id, list] as [string, string, IndexedTask[]]),
  );
/**
 * /nhiem-vu/co-quan/…: the bodies that were given tasks, A–Z (the tracker's filter by assignee).
 * `bodiesAtoZ` is already in Vietnamese order, so filtering keeps it.
 */
export const taskBodyIndexRoutes = (site: SiteIndex) =>
  family([
    ['', '', site.bodiesAtoZ.filter((id) => site.tasksByBody.has(id))] as [
      string,
      string,
      string[],
    ],
  ]);
/** /nhiem-vu/dia-ban/…: the places tasks concern, A–Z (the tracker's filter by place). */
export const taskPlaceIndexRoutes = (site: SiteIndex) =>
  family([
    ['', '', site.placesAtoZ.filter((id) => site.tasksByPlace.has(id))] as [
      string,
      string,
      string[],
    ],
  ]);
/** /bo-tieu-chi/<set>/tieu-chi-<n>/…: for each criterion of each set, the places that meet it. */
export const criterionRoutes = (site: SiteIndex) => {
  const lists: Array<[string, { setId: string; number: number }, string[]]> = [];
  for (const [setId, criteria] of site.criteriaBySet) {
    for (const c of criteria)
      lists.push([
        `${setId}/tieu-chi-${c.number}`,
        { setId, number: c.number },
        site.placesMeetingCriterion.get(setId)?.get(c.number) ?? [],
      ]);
  }
  return family(lists);
};

/** Every page address of the reading site, for the sitemap: home, hubs, lists (every page), records, sources. */
export function allPageUrls(
  index: RecordIndex,
  site: SiteIndex,
  sourceFiles: readonly string[],
): string[] {
  const urls = [
    '/',
    meetingsUrl(),
    tasksUrl(),
    criteriaSetsUrl(),
    programmesUrl(),
    '/du-lieu/' /* the open-data page */,
  ];
  const add = <K, T>(routes: Array<ListRoute<K, T>>, url: (key: K, n: number) => string) => {
    for (const r of routes) urls.push(url(r.props.key, r.props.page.number));
  };
  add(meetingYearRoutes(site), (y, n) => meetingsByYearUrl(y, n));
  add(meetingPlaceRoutes(site), (id, n) => meetingsByPlaceUrl(id, n));
  add(meetingBodyRoutes(site), (id, n) => meetingsByBodyUrl(id, n));
  add(documentRegisterRoutes(site), (_, n) => documentsUrl(n));
  add(documentTypeRoutes(site), (code, n) => documentsByTypeUrl(code, n));
  add(documentIssuerRoutes(site), (id, n) => documentsByIssuerUrl(id, n));
  add(documentCitedByRoutes(site, CITED_BY_SHOWN), (id, n) => documentCitedByUrl(id, n));
  add(planListRoutes(site), (_, n) => plansUrl(n));
  add(placeListRoutes(site), (_, n) => placesUrl(n));
  add(placeChildrenRoutes(site), (id, n) => placeChildrenUrl(id, n));
  add(bodyListRoutes(site), (_, n) => bodiesUrl(n));
  add(taskStateRoutes(site), (s, n) => tasksByStateUrl(s, n));
  add(taskBodyIndexRoutes(site), (_, n) => tasksByBodyIndexUrl(n));
  add(taskPlaceIndexRoutes(site), (_, n) => tasksByPlaceIndexUrl(n));
  add(taskBodyRoutes(site), (id, n) => tasksByBodyUrl(id, n));
  add(taskPlaceRoutes(site), (id, n) => tasksByPlaceUrl(id, n));
  add(criterionRoutes(site), (k, n) => criterionUrl(k.setId, k.number, n));
  for (const id of index.byId.meetings.keys()) urls.push(meetingUrl(id));
  for (const id of index.byId.documents.keys()) urls.push(documentUrl(id));
  for (const id of index.byId.plans.keys()) urls.push(planUrl(id));
  for (const id of index.byId.places.keys()) urls.push(placeUrl(id));
  for (const id of index.byId.bodies.keys()) urls.push(bodyUrl(id));
  for (const id of index.byId.criteriaSets.keys()) urls.push(criteriaSetUrl(id));
  for (const id of index.byId.programmes.keys()) urls.push(programmeUrl(id));
  for (const file of sourceFiles) urls.push(sourceUrl(file));
  return urls;
}

/** Type names for the register's "by type" links, in the order of `DOCUMENT_TYPE_NAMES`. */
export function documentTypesInUse(
  site: SiteIndex,
): Array<{ code: string; name: string; count: number }> {
  return Object.keys(DOCUMENT_TYPE_NAMES)
    .filter((code) => site.documentsByType.has(code))
    .map((code) => ({
      code,
      name: DOCUMENT_TYPE_NAMES[code]!,
      count: site.documentsByType.get(code)!.length,
    }));
}
