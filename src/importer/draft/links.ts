/**
 * Links from what an article names to records: a place by kind, name and the unit above it
 * (among `content/` and the places this draft adds), a body by its name, a document by its
 * number. A name shared by several records is never guessed: the link is left empty with a note.
 * Places and bodies the archive lacks are drafted as records of their own, with their reasons.
 */
import { editDistance } from '../../domain/edit-distance.ts';
import { foldKey } from '../text.ts';
import { slugify } from '../../domain/fold-vietnamese.ts';
import type { ContentSet } from '../../records/content-set.ts';
import { PLACE_LEVEL, type PlaceKind } from '../../schemas/places.ts';
import type { BodyKind } from '../../schemas/bodies.ts';
import { unitWords, type UnitRef } from '../units.ts';
import type { BodyInput, DraftRecord, PlaceInput, ReviewNotes } from './types.ts';

/** The records a draft links to: content/ and the places and bodies it drafts itself. */
type PlaceDraft = Extract<DraftRecord, { collection: 'places' }>;
type BodyDraft = Extract<DraftRecord, { collection: 'bodies' }>;

export class DraftLinks {
  readonly content: ContentSet;
  readonly places: PlaceDraft[] = [];
  readonly bodies: BodyDraft[] = [];

  constructor(content: ContentSet) {
    this.content = content;
  }

  /** The place a unit means, with why it needs checking; drafts a place record when the archive lacks it. */
  place(
    unit: UnitRef | null | undefined,
    context?: { parent?: UnitRef; parentReview?: string; date?: string },
  ): { id?: string; review?: string } {
    if (!unit?.name)
      return {
        review: unit
          ? `bài chỉ ghi "${unitWords(unit)}", không nêu tên: ghi id địa bàn`
          : 'bài không cho biết địa bàn: ghi id địa bàn',
      };
    const name = foldKey(unit.name);
    const same = this.content.places.filter(
      (p) => p.data.kind === unit.kind && foldKey(p.data.name) === name,
    );
    const parentName = context?.parent?.name ? foldKey(context.parent.name) : undefined;
    const fitting = parentName
      ? same.filter((p) => {
          const parent = p.data.parent
            ? this.content.places.find((q) => q.id === p.data.parent!.id)
            : undefined;
          return parent && foldKey(parent.data.name) === parentName;
        })
      : same;
    const alive = fitting.filter(
      (p) =>
        !context?.date ||
        ((!p.data.validTo || p.data.validTo >= context.date) &&
          (!p.data.validFrom || p.data.validFrom <= context.date)),
    );
    if (alive.length === 1)
      return {
        id: alive[0]!.id,
        review: `"${unitWords(unit)}" khớp với ${alive[0]!.id}: kiểm tra đúng đơn vị`,
      };
    if (fitting.length > 1 || (fitting.length === 0 && same.length > 1))
      return {
        review: `có ${Math.max(fitting.length, same.length)} nơi tên "${unit.name}" (${(fitting.length > 0 ? fitting : same).map((p) => p.id).join(', ')}): ghi id đúng`,
      };
    // A one-letter slip ("xã Kỳ Lạ" for Kỳ Lạc) names the place the archive has, for a clerk to confirm.
    const near = this.content.places.filter(
      (p) =>
        p.data.kind === unit.kind &&
        name.length >= 4 &&
        editDistance(foldKey(p.data.name), name) === 1,
    );
    if (same.length === 0 && near.length === 1)
      return {
        id: near[0]!.id,
        review: `bài viết "${unit.name}", gần với "${near[0]!.data.name}" (${near[0]!.id}): có thể là lỗi chính tả, kiểm tra`,
      };
    const drafted = this.places.find(
      (r) => r.data.kind === unit.kind && foldKey(String(r.data.name)) === name,
    );
    if (drafted)
      return {
        id: drafted.id,
        review: `địa bàn chưa có trong content/: xem bản nháp ${drafted.id}`,
      };
    return this.draftPlace(unit, context);
  }

  /** Drafts a place record for a unit the archive lacks, under its parent when the text names one. */
  private draftPlace(
    unit: UnitRef,
    context?: { parent?: UnitRef; parentReview?: string; date?: string },
  ): { id?: string; review?: string } {
    const review: ReviewNotes = new Map();
    const data: PlaceInput = { name: unit.name!, kind: unit.kind };
    let parentId: string | undefined;
    if (context?.parent && PLACE_LEVEL[context.parent.kind] < PLACE_LEVEL[unit.kind]) {
      const parent = this.place(context.parent, context.date ? { date: context.date } : {});
      if (parent.id) {
        parentId = parent.id;
        data.parent = parent.id;
        review.set('parent', [context.parentReview, parent.review].filter(Boolean).join('; '));
      } else review.set('parent', `${unitWords(context.parent)}: ${parent.review ?? ''}`);
    } else if (PLACE_LEVEL[unit.kind] > 1)
      review.set('parent', 'bài không nêu đơn vị cấp trên: ghi parent (id địa bàn cấp trên)');
    const id = `${parentId ?? 'nhap'}/${slugify(unit.name!)}`;
    review.set(
      'name',
      `${unitWords(unit)} chưa có trong content/places: kiểm tra tên, cấp và đơn vị cấp trên`,
    );
    const record: PlaceDraft = { collection: 'places', id, data, review };
    this.places.push(record);
    return { id, review: `địa bàn chưa có trong content/: bản nháp ${id}` };
  }

  /** The body a name in the article means (exact name or short name, nearest the places named). */
  body(words: string, places: readonly string[]): { id?: string; review?: string } {
    const target = foldKey(words);
    const same = this.content.bodies.filter((b) =>
      [b.data.name, b.data.shortName].some((n) => n !== undefined && foldKey(n) === target),
    );
    const near = same.filter(
      (b) => b.data.place && places.some((p) => p.startsWith(b.data.place!.id)),
    );
    const pick =
      near.length === 1
        ? near[0]
        : same.length === 1 && !same[0]!.id.startsWith('khong-ro-dia-ban/')
          ? same[0]
          : undefined;
    if (pick)
      return { id: pick.id, review: `"${words}" khớp với ${pick.id}: kiểm tra đúng cơ quan` };
    const drafted = this.bodies.find((b) => foldKey(String(b.data.name)) === target);
    if (drafted) return { id: drafted.id };
    if (same.length > 1)
      return {
        review: `có ${same.length} cơ quan tên "${words}" (${same.map((b) => b.id).join(', ')}): ghi id đúng`,
      };
    return {};
  }

  /** Drafts a body record for a convening body the archive lacks; its place only when the name says which. */
  draftBody(
    words: string,
    place: { id?: string; unit?: UnitRef },
    note?: string,
  ): { id: string; review: string } {
    const review: ReviewNotes = new Map();
    const kind = bodyKind(words);
    const data: BodyInput = { name: words, kind: kind.kind };
    review.set('kind', kind.review);
    if (place.id) {
      data.place = place.id;
      review.set(
        'place',
        `cơ quan của ${place.unit ? unitWords(place.unit) : 'địa bàn này'}: kiểm tra`,
      );
    } else
      review.set(
        'place',
        'bài không cho biết cơ quan thuộc địa bàn nào: ghi place nếu biết, không đoán',
      );
    review.set(
      'name',
      `cơ quan chưa có trong content/bodies${note ? `; ${note}` : ''}: kiểm tra tên đầy đủ`,
    );
    const id = `${place.id ?? 'khong-ro-dia-ban'}/${slugify(words).split('-').slice(0, 8).join('-')}-nhap`;
    const existing = this.bodies.find((b) => b.id === id);
    if (existing) return { id, review: `cơ quan chưa có trong content/: bản nháp ${id}` };
    this.bodies.push({ collection: 'bodies', id, data, review });
    return { id, review: `cơ quan chưa có trong content/: bản nháp ${id}` };
  }
}

/** The kind of a body from its name. */
function bodyKind(name: string): { kind: BodyKind; review: string } {
  const n = name.toLocaleLowerCase('vi');
  const table: Array<[RegExp, BodyKind]> = [
    [/ban chấp hành/u, 'ban-chap-hanh'],
    [/ban thường vụ/u, 'ban-thuong-vu'],
    [/thường trực (?:huyện ủy|tỉnh ủy|đảng ủy)/u, 'thuong-truc'],
    [/hđnd|hội đồng nhân dân/u, 'hdnd'],
    [/ubnd|ủy ban nhân dân/u, 'ubnd'],
    [/ban chỉ đạo|bcđ/u, 'ban-chi-dao'],
    [/tổ công tác/u, 'to-cong-tac'],
    [/^đoàn/u, 'doan-cong-tac'],
    [/đảng ủy/u, 'dang-uy'],
    [/huyện ủy|tỉnh ủy|thành ủy|thị ủy/u, 'ban-chap-hanh'],
    [/chi bộ/u, 'chi-bo'],
    [/hội đồng|văn phòng|phòng|sở|trung tâm/u, 'co-quan-nha-nuoc'],
  ];
  const hit = table.find(([re]) => re.test(n));
  return hit
    ? { kind: hit[1], review: `loại cơ quan suy từ tên "${name}": kiểm tra` }
    : { kind: 'co-quan-nha-nuoc', review: `không rõ loại cơ quan "${name}": chọn kind đúng` };
}

/** The kind word of a place kind, for ids and notes. */
export function kindIs(kind: PlaceKind, ...kinds: PlaceKind[]): boolean {
  return kinds.includes(kind);
}
