/**
 * Builds a ContentSet for rule tests from plain record data, through the real schemas (with the
 * plain reference factory), as the validator would. A record that fails its schema throws, so a
 * rule test never runs on data the validator would not let through.
 */
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  folderOf,
  plainReference,
  type CollectionName,
} from '../../../src/schemas/index.ts';
import type { ContentSet, ParsedRecord } from '../../../src/records/content-set.ts';

export type RawContent = Partial<Record<CollectionName, Record<string, Record<string, unknown>>>>;

/** The base records most rule tests need: a province, a district, a commune, a village, bodies, a set. */
export const BASE: RawContent = {
  places: {
    'ha-tinh': { name: 'Hà Tĩnh', kind: 'tinh' },
    'ky-anh': { name: 'Kỳ Anh', kind: 'huyen', parent: 'ha-tinh' },
    'ky-tan': { name: 'Kỳ Tân', kind: 'xa', parent: 'ky-anh' },
    'thon-1': { name: 'Thôn 1', kind: 'thon', parent: 'ky-tan' },
  },
  bodies: {
    'huyen-uy': {
      name: 'Huyện ủy Kỳ Anh',
      kind: 'ban-chap-hanh',
      place: 'ky-anh',
      issuerCode: 'HU',
      validTo: '2025-06-30',
    },
    'tinh-uy': {
      name: 'Tỉnh ủy Hà Tĩnh',
      kind: 'ban-chap-hanh',
      place: 'ha-tinh',
      issuerCode: 'TU',
    },
    'ubnd-huyen': { name: 'UBND huyện Kỳ Anh', kind: 'ubnd', place: 'ky-anh' },
    'thu-tuong': { name: 'Thủ tướng Chính phủ', kind: 'chinh-phu', issuerCode: 'TTg' },
  },
  programmes: {
    'nong-thon-moi': {
      name: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      shortName: 'Nông thôn mới',
    },
  },
  documents: {
    'qd-1980': {
      number: '1980/QĐ-TTg',
      title: 'Bộ tiêu chí',
      issuer: 'thu-tuong',
      date: '2016-10-17',
    },
  },
  criteriaSets: {
    'xa-2016': {
      name: 'Bộ tiêu chí xã',
      shortName: 'Xã 3',
      decision: 'qd-1980',
      periodFrom: 2016,
      periodTo: 2020,
      level: 'xa',
      groups: [{ code: 'I', name: 'Quy hoạch' }],
      criteria: [1, 2, 3].map((n) => ({ number: n, name: `Tiêu chí ${n}`, group: 'I' })),
    },
    'thon-2016': {
      name: 'Bộ tiêu chí thôn',
      shortName: 'Thôn 2',
      decision: 'qd-1980',
      periodFrom: 2016,
      periodTo: 2020,
      level: 'thon',
      criteria: [1, 2].map((n) => ({ number: n, name: `Tiêu chí ${n}`, group: 'I' })),
    },
  },
  meetings: {
    'hop-1': {
      title: 'Họp',
      date: '2021-03-01',
      kind: 'cuoc-hop',
      convenedBy: ['huyen-uy'],
      chairs: [{ name: 'A' }],
      source: { title: 'Bài', publisher: 'Huyện ủy' },
      summary: 'Tóm tắt.',
    },
  },
};

/** A minimal meeting on `date` convened by `huyen-uy`, with extra fields. */
export function meeting(
  date: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...BASE.meetings!['hop-1'], date, ...extra };
}

/** BASE with `extra` records added (or replacing BASE records of the same id). */
export function withRecords(extra: RawContent): RawContent {
  const out: RawContent = {};
  for (const name of COLLECTION_NAMES) out[name] = { ...BASE[name], ...extra[name] };
  return out;
}

/** Parses raw content into a ContentSet; files are named `content/<folder>/<id>.yaml`. */
export function contentSet(raw: RawContent): ContentSet {
  const out = {} as Record<CollectionName, ParsedRecord<unknown>[]>;
  for (const name of COLLECTION_NAMES) {
    const schema = COLLECTIONS[name].schema(plainReference);
    out[name] = Object.entries(raw[name] ?? {}).map(([id, data]) => {
      const result = schema.safeParse(data);
      if (!result.success)
        throw new Error(`fixture ${name}/${id} does not pass its schema: ${result.error.message}`);
      return { id, file: `content/${folderOf(name)}/${id}.yaml`, data: result.data };
    });
  }
  return out as unknown as ContentSet;
}
