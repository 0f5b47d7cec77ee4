/**
 * The search facets: the Pagefind filter keys the record pages emit and the search page offers
 * (each one's label is `search.filter.<key>` in src/i18n/vi.ts). Filter keys are short ASCII
 * words so they can travel in a URL (`/tim-kiem/?q=…&tinh=Hà+Tĩnh`); filter values are
 * Vietnamese display names.
 */

/** The Pagefind filter keys, in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = [
  'loai',
  'nam',
  'tinh',
  'huyen',
  'xa',
  'co-quan',
  'chuong-trinh',
  'loai-van-ban',
] as const;

/** One filter key, e.g. `tinh`. */
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** What a record page says about itself for search (display names in Vietnamese). */
export interface SearchFacetInput {
  /** The record type as readers name it, e.g. "Cuộc họp". */
  type: string;
  /** The record's date, YYYY-MM-DD. */
  date?: string;
  place?: {
    province?: string;
    district?: string;
    commune?: string;
    /** The province's place id: the search index the record belongs to (src/search/scopes.ts). */
    provinceId?: string;
  };
  /** Convening or issuing bodies. */
  bodies?: string[];
  /** Programmes the record belongs to. */
  programmes?: string[];
  /** The document type, e.g. "Kế hoạch". */
  documentType?: string;
}

/** The facet values of one record: a list of `[filter key, value]` pairs, empty values dropped. */
export function facetFilterPairs(input: SearchFacetInput): Array<[SearchFilterKey, string]> {
  const pairs: Array<[SearchFilterKey, string | undefined]> = [
    ['loai', input.type],
    ['nam', input.date?.slice(0, 4)],
    ['tinh', input.place?.province],
    ['huyen', input.place?.district],
    ['xa', input.place?.commune],
    ...(input.bodies ?? []).map((b): [SearchFilterKey, string] => ['co-quan', b]),
    ...(input.programmes ?? []).map((p): [SearchFilterKey, string] => ['chuong-trinh', p]),
    ['loai-van-ban', input.documentType],
  ];
  return pairs
    .map(([key, value]): [SearchFilterKey, string] => [key, (value ?? '').trim()])
    .filter(([, value]) => value !== '');
}

/** The place as one line, smallest unit first: "Xã Lâm Hợp, Huyện Kỳ Anh, Hà Tĩnh". */
export function placeLine(place: SearchFacetInput['place']): string {
  if (!place) return '';
  return [place.commune, place.district, place.province].filter((p) => p && p.trim()).join(', ');
}
