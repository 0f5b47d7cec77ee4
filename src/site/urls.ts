/**
 * The public URL of every page of the site. Published URLs are a public contract: people
 * bookmark and cite them, so change them only with a redirect, never silently.
 *
 * THE RULE
 * - Every URL is lower-case ASCII, ends with "/" (the site is built with `trailingSlash: 'always'`),
 *   and is made of a fixed Vietnamese section word followed by a record id:
 *     /cuoc-hop/<meeting id>/        /van-ban/<document id>/     /ke-hoach/<plan id>/
 *     /dia-ban/<place id>/           /co-quan/<body id>/         /bo-tieu-chi/<set id>/
 *     /chuong-trinh/<programme id>/  /nguon/<archive file name without .txt>/
 * - A record id is its file path under `content/<collection>/` without the extension
 *   (`ha-tinh/ky-anh/lam-hop`), which is already an ASCII slug; it is used as is, slashes included.
 * - Words made from Vietnamese names (document types, …) go through `slugify`
 *   (`src/domain/fold-vietnamese.ts`): diacritics dropped, đ → d, every other run of characters → "-".
 * - Lists: /cuoc-hop/nam/<year>/, /cuoc-hop/dia-ban/<place id>/, /cuoc-hop/co-quan/<body id>/,
 *   /dia-ban/truc-thuoc/<place id>/, /van-ban/loai/<type name slug>/, /van-ban/co-quan/<body id>/, /van-ban/trich-dan/<document id>/, /nhiem-vu/<state>/, /nhiem-vu/co-quan/<body id>/,
 *   /nhiem-vu/dia-ban/<place id>/, /bo-tieu-chi/<set id>/tieu-chi-<n>/.
 * - Page n ≥ 2 of a list appends "trang-<n>/"; page 1 has no suffix.
 * - Reserved: a record id may not start with a list word of its section (`nam/`, `loai/`,
 *   `dia-ban/`, `co-quan/`, …) and no segment may be `trang-<n>` or `tieu-chi-<n>`;
 *   `checkRecordIds` reports such ids, and the build fails on them rather than shadow a page.
 */
import { DOCUMENT_TYPE_NAMES } from '../domain/document-number.ts';
import { slugify } from '../domain/fold-vietnamese.ts';
import type { TaskState } from '../domain/task-state.ts';

/** The path of page `page` of a list whose first page is `base` (which ends with "/"). */
export function withPage(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang-${page}/`;
}

export const homeUrl = (): string => '/';

/** A meeting's page. */
export const meetingUrl = (id: string): string => `/cuoc-hop/${id}/`;
/** The meetings hub: years, latest meetings. */
export const meetingsUrl = (): string => '/cuoc-hop/';
/** Meetings held in `year`, newest first. */
export const meetingsByYearUrl = (year: number | string, page = 1): string =>
  withPage(`/cuoc-hop/nam/${year}/`, page);
/** Meetings concerning a place (or any unit inside it). */
export const meetingsByPlaceUrl = (placeId: string, page = 1): string =>
  withPage(`/cuoc-hop/dia-ban/${placeId}/`, page);
/** Meetings a body convened. */
export const meetingsByBodyUrl = (bodyId: string, page = 1): string =>
  withPage(`/cuoc-hop/co-quan/${bodyId}/`, page);

/** A document's page. */
export const documentUrl = (id: string): string => `/van-ban/${id}/`;
/** Documents a body issued, newest first. */
export const documentsByIssuerUrl = (bodyId: string, page = 1): string =>
  withPage(`/van-ban/co-quan/${bodyId}/`, page);
/** Every record that cites a document, paged. */
export const documentCitedByUrl = (id: string, page = 1): string =>
  withPage(`/van-ban/trich-dan/${id}/`, page);
/** The register of documents, newest first. */
export const documentsUrl = (page = 1): string => withPage('/van-ban/', page);
/** The slug of a document type code: the slug of its Vietnamese name ("ĐA" → "de-an", "DA" → "du-an"). */
export function documentTypeSlug(code: string): string {
  return slugify(DOCUMENT_TYPE_NAMES[code] ?? code);
}
/** Documents of one type (code as in `DOCUMENT_TYPE_NAMES`). */
export const documentsByTypeUrl = (code: string, page = 1): string =>
  withPage(`/van-ban/loai/${documentTypeSlug(code)}/`, page);

/** A plan's page. */
export const planUrl = (id: string): string => `/ke-hoach/${id}/`;
export const plansUrl = (page = 1): string => withPage('/ke-hoach/', page);

/** A place's page. */
export const placeUrl = (id: string): string => `/dia-ban/${id}/`;
/** The units under a place, A–Z (for places with more than their page lists). */
export const placeChildrenUrl = (placeId: string, page = 1): string =>
  withPage(`/dia-ban/truc-thuoc/${placeId}/`, page);
/** Every place, A–Z. */
export const placesUrl = (page = 1): string => withPage('/dia-ban/', page);

/** A body's page. */
export const bodyUrl = (id: string): string => `/co-quan/${id}/`;
export const bodiesUrl = (page = 1): string => withPage('/co-quan/', page);

/** A criteria set's page. */
export const criteriaSetUrl = (id: string): string => `/bo-tieu-chi/${id}/`;
export const criteriaSetsUrl = (): string => '/bo-tieu-chi/';
/** One criterion of a set: its indicators and the communes that meet it. */
export const criterionUrl = (setId: string, criterionNumber: number, page = 1): string =>
  withPage(`/bo-tieu-chi/${setId}/tieu-chi-${criterionNumber}/`, page);

/** A programme's page. */
export const programmeUrl = (id: string): string => `/chuong-trinh/${id}/`;
export const programmesUrl = (): string => '/chuong-trinh/';

/** The task states a reader can list, with the URL word of each list (named for what it holds). */
export const TASK_STATE_SLUGS = {
  overdue: 'qua-han',
  'due-soon': 'sap-den-han',
  upcoming: 'chua-den-han',
  undated: 'chua-co-thoi-han',
  done: 'da-bao-cao-hoan-thanh',
  cancelled: 'da-bao-cao-huy',
} as const satisfies Record<TaskState, string>;
export type ListedTaskState = keyof typeof TASK_STATE_SLUGS;

/**
 * Task lists published under an earlier name, and what each became: a state's list, or the
 * tracker itself when the old list was split ("đang thực hiện" claimed more than the records say,
 * and is now "chưa đến hạn" and "chưa có thời hạn"). Each old address keeps a redirect page.
 */
export const RETIRED_TASK_STATE_SLUGS: Record<string, ListedTaskState | 'tracker'> = {
  'dang-thuc-hien': 'tracker',
  'da-hoan-thanh': 'done',
  'da-huy': 'cancelled',
};

/** The task tracker's front page. */
export const tasksUrl = (): string => '/nhiem-vu/';
/** Tasks in one state. */
export const tasksByStateUrl = (state: ListedTaskState, page = 1): string =>
  withPage(`/nhiem-vu/${TASK_STATE_SLUGS[state]}/`, page);
/** The bodies that were given tasks, A–Z. */
export const tasksByBodyIndexUrl = (page = 1): string => withPage('/nhiem-vu/co-quan/', page);
/** The places tasks concern, A–Z. */
export const tasksByPlaceIndexUrl = (page = 1): string => withPage('/nhiem-vu/dia-ban/', page);
/** Tasks assigned to a body. */
export const tasksByBodyUrl = (bodyId: string, page = 1): string =>
  withPage(`/nhiem-vu/co-quan/${bodyId}/`, page);
/** Tasks concerning a place (or any unit inside it). */
export const tasksByPlaceUrl = (placeId: string, page = 1): string =>
  withPage(`/nhiem-vu/dia-ban/${placeId}/`, page);

/** The anchor of a task on its meeting's or plan's page. */
export const taskAnchor = (taskId: string): string => `nv-${taskId}`;
/** A task, on the page of the meeting or plan that gave it. */
export function taskUrl(
  origin: { collection: 'meetings' | 'plans'; id: string },
  taskId: string,
): string {
  const page = origin.collection === 'meetings' ? meetingUrl(origin.id) : planUrl(origin.id);
  return `${page}#${taskAnchor(taskId)}`;
}

/** The page of an archived source article, from its file name in `content/sources/`. */
export function sourceUrl(archiveFile: string): string {
  return `/nguon/${archiveFile.replace(/\.txt$/, '')}/`;
}

/** The URL of any record by collection, for backlinks. Assessments, statistics and recognitions live on their place's page. */
export function recordUrl(
  collection: string,
  id: string,
  data?: { place?: { id: string } },
): string | undefined {
  switch (collection) {
    case 'meetings':
      return meetingUrl(id);
    case 'documents':
      return documentUrl(id);
    case 'plans':
      return planUrl(id);
    case 'places':
      return placeUrl(id);
    case 'bodies':
      return bodyUrl(id);
    case 'criteriaSets':
      return criteriaSetUrl(id);
    case 'programmes':
      return programmeUrl(id);
    case 'assessments':
      return data?.place ? `${placeUrl(data.place.id)}#danh-gia` : undefined;
    case 'statistics':
      return data?.place ? `${placeUrl(data.place.id)}#so-lieu` : undefined;
    case 'recognitions':
      return data?.place ? `${placeUrl(data.place.id)}#dat-chuan` : undefined;
    default:
      return undefined;
  }
}

/** First segments of ids that would be shadowed by a list page in the same section. */
const RESERVED_FIRST_SEGMENTS: Record<string, readonly string[]> = {
  meetings: ['nam', 'dia-ban', 'co-quan'],
  documents: ['loai', 'trich-dan', 'co-quan'],
  places: ['truc-thuoc'],
  bodies: [],
  plans: [],
  criteriaSets: [],
  programmes: [],
};
const RESERVED_SEGMENT = /^(trang|tieu-chi)-\d+$/;

/**
 * Ids that cannot be published under the URL rule above, each with the reason. An empty list
 * means every record has its own URL.
 */
export function checkRecordIds(ids: Partial<Record<string, readonly string[]>>): string[] {
  const problems: string[] = [];
  for (const [collection, list] of Object.entries(ids)) {
    for (const id of list ?? []) {
      const segments = id.split('/');
      if (segments.some((s) => RESERVED_SEGMENT.test(s)))
        problems.push(
          `${collection}/${id}: a segment named trang-N or tieu-chi-N is reserved for list pages; rename the file`,
        );
      if (RESERVED_FIRST_SEGMENTS[collection]?.includes(segments[0]!))
        problems.push(
          `${collection}/${id}: "${segments[0]}/" is reserved for list pages in this section; rename the folder`,
        );
      if (!/^[a-z0-9/_.-]+$/.test(id))
        problems.push(
          `${collection}/${id}: an id must be lower-case ASCII letters, digits and hyphens to make a URL`,
        );
    }
  }
  return problems;
}
