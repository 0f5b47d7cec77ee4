/**
 * Turns what was read from an article (`extract.ts`) into draft records in the shape a clerk
 * writes them: a meeting, the documents it cites that `content/` does not have yet, an
 * assessment per "đạt N/M tiêu chí", and the figures it reports. Links to bodies, places and
 * criteria sets are looked up among the existing records by name; every value that is inferred
 * or looked up carries a review note, and a value with no words in the article is left out.
 */
import { effectiveCriteria } from '../domain/criteria.ts';
import { foldVietnamese, slugify } from '../domain/fold-vietnamese.ts';
import type { ContentSet } from '../records/content-set.ts';
import type { ExtractedArticle, ExtractedCriteriaCount, ExtractedPerson } from './extract.ts';

/** Review notes by field path (`date`, `chairs.0.name`, `tasks.3.deadline`). */
export type ReviewNotes = Map<string, string>;

/** One draft record, as data a clerk would write, with its review notes. */
export interface DraftRecord {
  collection: 'meetings' | 'documents' | 'assessments' | 'statistics';
  /** Record id (path below the collection folder, without extension). */
  id: string;
  data: Record<string, unknown>;
  /** Markdown body, for meetings and documents. */
  body?: string;
  review: ReviewNotes;
}

/** What the importer makes of one article. */
export interface Draft {
  records: DraftRecord[];
  /** The meeting's id among `records`. */
  meetingId: string;
  /** Existing documents the draft cites instead of repeating them, with the number and date as the article gives them. */
  linked: Array<{ id: string; number: string; date?: string }>;
}

/** Options for `buildDraft`. */
export interface DraftOptions {
  /** The existing records, to link to bodies, places, documents and criteria sets. */
  content: ContentSet;
  /** File name of the article in `content/sources/`, when it is archived there. */
  archive?: string;
  /** The heading of the part of a round-up article this draft is made from ("Huyện ủy Kỳ Anh"). */
  section?: string;
}

const fold = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Places named in the article ("xã Lâm Hợp", "thôn Trinh Hà", "Thị trấn Thạnh Mỹ"), matched by kind and name. */
function namedPlaces(text: string, content: ContentSet): string[] {
  const folded = fold(text);
  const words: Record<string, string[]> = {
    xa: ['xa'],
    thon: ['thon'],
    'thi-tran': ['thi tran'],
    'to-dan-pho': ['to dan pho', 'tdp'],
    phuong: ['phuong'],
  };
  const found = new Map<string, string[]>();
  for (const p of content.places) {
    const kindWords = words[p.data.kind];
    if (!kindWords) continue;
    const name = fold(p.data.name);
    if (kindWords.some((w) => new RegExp(`(^| )${w} ${name}( |$)`).test(folded)))
      found.set(`${p.data.kind} ${name}`, [...(found.get(`${p.data.kind} ${name}`) ?? []), p.id]);
  }
  // A name shared by several places of the same kind is left out: the article does not say which.
  return [...found.values()].filter((ids) => ids.length === 1).map((ids) => ids[0]!);
}

function ancestorsOf(placeId: string, content: ContentSet): Set<string> {
  const parent = new Map(content.places.map((p) => [p.id, p.data.parent?.id]));
  const out = new Set<string>();
  for (let id: string | undefined = placeId; id !== undefined && !out.has(id); id = parent.get(id))
    out.add(id);
  return out;
}

/** The bodies whose name or short name the words mention, best first: longest name, then nearest to the places named. */
function matchBodies(
  words: string,
  content: ContentSet,
  places: string[],
): Array<{ id: string; name: string; length: number; nearby: number }> {
  const folded = ` ${fold(words)} `;
  const near = new Set(places.flatMap((p) => [...ancestorsOf(p, content)]));
  const scored = content.bodies
    .map((b) => {
      const names = [b.data.name, b.data.shortName].filter((n): n is string => n !== undefined);
      const length = Math.max(
        0,
        ...names.filter((n) => folded.includes(` ${fold(n)} `)).map((n) => fold(n).length),
      );
      const nearby = b.data.place && near.has(b.data.place.id) ? 1 : 0;
      return { id: b.id, name: b.data.name, length, nearby };
    })
    .filter((b) => b.length > 0);
  const score = (b: { length: number; nearby: number }) => b.length + b.nearby * 100;
  scored.sort((a, b) => score(b) - score(a));
  return scored;
}

/** The one body whose full or short name is exactly `words` (nearest the places named when several), if any. */
function bodyNamed(
  words: string,
  content: ContentSet,
  places: string[],
): { id: string } | undefined {
  const target = fold(words);
  const same = content.bodies.filter((b) =>
    [b.data.name, b.data.shortName].some((n) => n !== undefined && fold(n) === target),
  );
  if (same.length <= 1) return same[0];
  const near = new Set(places.flatMap((p) => [...ancestorsOf(p, content)]));
  const nearby = same.filter((b) => b.data.place && near.has(b.data.place.id));
  return nearby.length === 1 ? nearby[0] : undefined;
}

function personData(p: ExtractedPerson): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.name) out.name = p.name;
  if (p.positions.length > 0) out.positions = p.positions;
  if (p.role) out.role = p.role;
  if (p.description) out.description = p.description;
  return out;
}

function deadlineData(
  d: NonNullable<ExtractedArticle['tasks'][number]['deadline']>,
): Record<string, unknown> {
  const v = d.value;
  const text = { text: d.evidence };
  if (v.kind === 'date') return { date: v.by, ...text };
  if (v.kind === 'month') return { month: v.month, ...text };
  if (v.kind === 'quarter') return { quarter: v.quarter, ...text };
  return { year: v.year, ...text };
}

/** Matches a criterion as an article names it ("Về quy hoạch", "Thông tin truyền thông") to a number of the set. */
export function matchCriterion(
  written: string,
  criteria: ReadonlyArray<{ number: number; name: string; aliases: readonly string[] }>,
): { number: number; exact: boolean } | undefined {
  const norm = (s: string) =>
    fold(s)
      .replace(/^ve /, '')
      .replace(/\b(va|tieu chi)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const target = norm(written);
  for (const c of criteria)
    if ([c.name, ...c.aliases].some((n) => norm(n) === target))
      return { number: c.number, exact: true };
  const prefix = criteria.filter((c) =>
    [c.name, ...c.aliases].some((n) => {
      const name = norm(n);
      return (
        target.split(' ').length >= 1 &&
        (name.startsWith(`${target} `) || target.startsWith(`${name} `))
      );
    }),
  );
  return prefix.length === 1 ? { number: prefix[0]!.number, exact: false } : undefined;
}

function assessmentDraft(
  count: ExtractedCriteriaCount,
  meetingId: string,
  date: string | undefined,
  year: number | undefined,
  content: ContentSet,
): DraftRecord {
  const review: ReviewNotes = new Map();
  const data: Record<string, unknown> = {};
  const sameName = content.places.filter(
    (p) =>
      fold(p.data.name) === fold(count.placeName) &&
      (count.placeKind === 'xã' ? p.data.kind === 'xa' : p.data.kind === 'thon'),
  );
  // Two communes may share a name: then the article does not say which, and the clerk must.
  const place = sameName.length === 1 ? sameName[0] : undefined;
  if (place) {
    data.place = place.id;
    review.set(
      'place',
      `"${count.placeKind} ${count.placeName}" khớp với ${place.id}: kiểm tra đúng đơn vị`,
    );
  } else {
    review.set(
      'place',
      sameName.length > 1
        ? `có ${sameName.length} nơi tên "${count.placeName}" (${sameName.map((p) => p.id).join(', ')}): ghi id đúng`
        : `chưa tìm được "${count.placeKind} ${count.placeName}" trong content/places: thêm bản ghi địa bàn hoặc ghi id`,
    );
  }
  if (date) data.date = date;
  const setsById = new Map(content.criteriaSets.map((s) => [s.id, s.data]));
  const provinceOf = place
    ? [...ancestorsOf(place.id, content)].find(
        (id) => content.places.find((p) => p.id === id)?.data.kind === 'tinh',
      )
    : undefined;
  const sets = content.criteriaSets
    .filter(
      (s) =>
        (year === undefined || (s.data.periodFrom <= year && year <= s.data.periodTo)) &&
        effectiveCriteria(s.id, setsById)?.length === count.total,
    )
    .filter((s) => !s.data.province || s.data.province.id === provinceOf);
  const set = sets.length === 1 ? sets[0] : undefined;
  if (set) {
    data.criteriaSet = set.id;
    review.set(
      'criteriaSet',
      `bộ tiêu chí duy nhất có ${count.total} tiêu chí áp dụng năm ${year}: kiểm tra lại`,
    );
    const criteria = effectiveCriteria(set.id, setsById)!;
    const statuses: Record<string, string> = {};
    const unmatched: string[] = [];
    const fuzzy: string[] = [];
    for (const name of count.unmetNames) {
      const m = matchCriterion(name, criteria);
      if (!m) unmatched.push(name);
      else {
        statuses[String(m.number)] = 'Chưa đạt';
        if (!m.exact) fuzzy.push(`"${name}" → tiêu chí ${m.number}`);
      }
    }
    data.statuses = statuses;
    const notes = [
      ...(unmatched.length > 0 ? [`chưa khớp được với bộ tiêu chí: ${unmatched.join('; ')}`] : []),
      ...(fuzzy.length > 0 ? [`khớp gần đúng: ${fuzzy.join('; ')}`] : []),
    ];
    if (notes.length > 0) review.set('statuses', notes.join('. '));
    if (Object.keys(statuses).length === count.total - count.met) {
      data.otherwise = 'Đạt';
      review.set(
        'otherwise',
        'bài chỉ nêu các tiêu chí chưa đạt; các tiêu chí còn lại được ghi là Đạt theo số đạt bài nêu',
      );
    }
  } else {
    review.set(
      'criteriaSet',
      `không xác định được một bộ tiêu chí duy nhất có ${count.total} tiêu chí (${sets.length} bộ phù hợp): ghi id bộ tiêu chí`,
    );
  }
  data.reportedMet = count.met;
  data.reportedTotal = count.total;
  data.reportedIn = meetingId;
  const id = `${place ? place.id : `nhap/${slugify(count.placeName)}`}/${date ?? 'chua-ro-ngay'}-nhap`;
  return { collection: 'assessments', id, data, review };
}

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** The place a section heading names ("Huyện ủy Kỳ Anh" → the district Kỳ Anh), when exactly one place has that name. */
function placeOfHeading(
  heading: string | undefined,
  content: ContentSet,
): { id: string; name: string } | undefined {
  if (!heading) return undefined;
  const name = fold(heading.replace(/^(Huyện ủy|Huyện|Thị xã|Thành phố|Đảng ủy xã|Xã) /u, ''));
  const wantsCommune = /^(Xã|Đảng ủy xã) /u.test(heading);
  const found = content.places.filter(
    (p) =>
      fold(p.data.name) === name &&
      (wantsCommune
        ? p.data.kind === 'xa'
        : ['huyen', 'thi-xa', 'thanh-pho', 'quan'].includes(p.data.kind)),
  );
  return found.length === 1 ? { id: found[0]!.id, name: heading } : undefined;
}

function statisticsDrafts(
  article: ExtractedArticle,
  meetingId: string,
  year: number | undefined,
  content: ContentSet,
): DraftRecord[] {
  const sections = new Map<string, ExtractedArticle['figures']>();
  for (const f of article.figures)
    sections.set(f.section ?? '', [...(sections.get(f.section ?? '') ?? []), f]);
  return [...sections].map(([section, figures], n) => {
    const review: ReviewNotes = new Map();
    const data: Record<string, unknown> = {};
    const place = placeOfHeading(section || undefined, content);
    if (place) {
      data.place = place.id;
      review.set('place', `số liệu nằm dưới mục "${place.name}" của bài: kiểm tra đúng địa bàn`);
    } else {
      review.set('place', 'bài không cho biết chắc số liệu thuộc địa bàn nào: ghi id địa bàn');
    }
    const quarter = /quý (IV|III|II|I)\b/u.exec(article.text);
    if (quarter && year !== undefined) {
      const q = QUARTERS[quarter[1]!]!;
      data.period = `Quý ${quarter[1]} năm ${year}`;
      data.periodStart = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
      data.periodEnd = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
      review.set('period', `kỳ số liệu đọc từ "${quarter[0]}" và năm ${year}`);
    } else {
      review.set('period', 'không đọc được kỳ của số liệu: ghi period, periodStart, periodEnd');
    }
    data.reportedIn = meetingId;
    data.figures = figures.map((f, i) => {
      review.set(`figures.${i}.metric`, `đặt id chỉ tiêu ổn định (bài: "${f.evidence}")`);
      const figure: Record<string, unknown> = {
        metric:
          slugify(f.label.replace(/…/g, ' ')).slice(0, 40).replace(/-+$/, '') ||
          `chi-tieu-${i + 1}`,
        label: f.label,
        value: f.value,
        unit: f.unit,
      };
      if (f.estimate) figure.estimate = true;
      if (f.atLeast) figure.atLeast = true;
      return figure;
    });
    const stem = meetingId.split('/').at(-1)!;
    return {
      collection: 'statistics' as const,
      id: `nhap/${stem}${sections.size > 1 ? `-${n + 1}` : ''}`,
      data,
      review,
    };
  });
}

/** Joins the drafts of the parts of a round-up article; a document drafted by several parts is kept once. */
export function mergeDrafts(drafts: readonly Draft[]): Draft {
  const seen = new Set<string>();
  const records = drafts
    .flatMap((d) => d.records)
    .filter((r) => {
      const key = `${r.collection}/${r.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const linked = [...new Map(drafts.flatMap((d) => d.linked).map((l) => [l.id, l])).values()];
  return { records, meetingId: drafts[0]!.meetingId, linked };
}

/** Builds the draft records of one article. */
export function buildDraft(article: ExtractedArticle, options: DraftOptions): Draft {
  const { content } = options;
  const review: ReviewNotes = new Map();
  const data: Record<string, unknown> = {};
  const inferences: Array<{ field: string; note: string }> = [];

  const headline = article.title?.value ?? 'Chưa có tiêu đề';
  const title = options.section ? `${headline}: ${options.section}` : headline;
  data.title = title;
  review.set('title', article.title?.review ?? 'không tìm thấy tiêu đề: viết tiêu đề');
  if (article.date) {
    data.date = article.date.value;
    if (article.date.review) {
      review.set('date', article.date.review);
      inferences.push({
        field: 'date',
        note: article.date.review.charAt(0).toUpperCase() + article.date.review.slice(1) + '.',
      });
    }
  } else if (article.published?.value.date && !article.published.value.yearInferred) {
    // "… vừa tổ chức hội nghị": the article gives no day, so the day it was published stands in.
    data.date = article.published.value.date;
    data.dateQualifier = 'on-or-before';
    const note = `bài không ghi ngày họp; lấy ngày đăng bài (${article.published.evidence}): thay bằng ngày họp nếu biết`;
    review.set('date', note);
    inferences.push({
      field: 'date',
      note: 'Bài không ghi ngày họp; ngày ghi ở đây là ngày đăng bài.',
    });
  } else {
    review.set('date', 'không tìm thấy ngày họp trong bài: ghi ngày (YYYY-MM-DD)');
  }
  if (article.partOfDay) data.partOfDay = article.partOfDay.value;
  if (article.kind) {
    data.kind = article.kind.value;
    review.set('kind', article.kind.review ?? '');
  } else review.set('kind', 'không rõ hình thức: ghi hoi-nghi, cuoc-hop hoặc buoi-lam-viec');

  const places = namedPlaces(article.text, content);
  // In a part of a round-up, the body is named by the heading or the part's first paragraph, not the article's opening.
  const sectionLead = options.section
    ? article.text
        .slice(Math.max(0, article.text.indexOf(`\n${options.section}\n`)))
        .split('\n')
        .find((l) => l.length > 80)
    : undefined;
  const candidates = [options.section, sectionLead, `${title} ${article.lead ?? ''}`].filter(
    (w): w is string => w !== undefined,
  );
  const bodies =
    candidates
      .map((words) => matchBodies(words, content, places))
      .find((list) => list.length > 0) ?? [];
  const tied =
    bodies.length > 1 &&
    bodies[1]!.length + bodies[1]!.nearby * 100 === bodies[0]!.length + bodies[0]!.nearby * 100;
  if (tied) {
    const same = bodies
      .filter((b) => b.length + b.nearby * 100 === bodies[0]!.length + bodies[0]!.nearby * 100)
      .map((b) => b.id);
    review.set(
      'convenedBy',
      `bài không cho biết cơ quan nào trong số các cơ quan cùng tên: ${same.join(', ')}: ghi id cơ quan triệu tập`,
    );
  } else if (bodies.length > 0) {
    data.convenedBy = [bodies[0]!.id];
    const others = bodies.slice(1, 4).map((b) => b.id);
    review.set(
      'convenedBy',
      `"${bodies[0]!.name}" là cơ quan có tên khớp nhất với ${options.section ? `mục "${options.section}"` : 'phần mở đầu bài'}${others.length > 0 ? `; khác: ${others.join(', ')}` : ''}`,
    );
  } else {
    review.set(
      'convenedBy',
      'không khớp được cơ quan triệu tập với content/bodies: ghi id cơ quan',
    );
  }
  if (article.venue) {
    data.venue = article.venue.value;
    review.set('venue', article.venue.review ?? '');
  }
  data.chairs = article.chairs.map(personData);
  article.chairs.forEach((_, i) =>
    review.set(`chairs.${i}`, 'kiểm tra tên, chức vụ và vai trò người chủ trì'),
  );
  if (article.chairs.length === 0)
    review.set('chairs', 'không tìm thấy người chủ trì: ghi tên (name) hoặc mô tả (description)');
  if (article.participants.length > 0) {
    data.participants = article.participants.map(personData);
    review.set('participants', 'chỉ lấy những người được nêu tên kèm chức vụ khi "tham dự"');
  }
  if (article.attendance.length > 0) {
    data.attendance = article.attendance.map((g) => ({
      group: g.group,
      present: g.present,
      expected: g.expected,
      absent: g.absent,
    }));
    article.attendance.forEach((g, i) =>
      review.set(`attendance.${i}`, `đọc từ "${g.evidence}": viết lại tên nhóm cho rõ`),
    );
  }
  if (places.length > 0) {
    data.places = places;
    review.set('places', 'các địa bàn có tên trong bài: bỏ những nơi cuộc họp không bàn tới');
  }

  const records: DraftRecord[] = [];
  const linked: Draft['linked'] = [];
  const cites: string[] = [];
  const year = article.date
    ? Number(article.date.value.slice(0, 4))
    : article.published?.value.date
      ? Number(article.published.value.date.slice(0, 4))
      : undefined;
  const day = typeof data.date === 'string' ? data.date : undefined;
  const sectionSlug = options.section ? `-${slugify(options.section)}` : '';
  const meetingId = `${day?.slice(0, 4) ?? 'chua-ro-nam'}/${day ?? 'chua-ro-ngay'}-${slugify(headline).split('-').slice(0, 8).join('-')}${sectionSlug}-nhap`;

  article.citations.forEach((c) => {
    const existing = content.documents.filter(
      (d) => d.data.number?.canonical === c.parsed.canonical,
    );
    const sameDate = existing.filter(
      (d) => c.date === undefined || d.data.date === undefined || d.data.date === c.date,
    );
    if (sameDate.length === 1) {
      cites.push(sameDate[0]!.id);
      linked.push({ id: sameDate[0]!.id, number: c.raw, ...(c.date ? { date: c.date } : {}) });
      return;
    }
    const docReview: ReviewNotes = new Map();
    const doc: Record<string, unknown> = {
      number: c.raw,
      title: `[${c.parsed.typeName ?? 'Văn bản'} số ${c.raw}, được trích dẫn trong bài]`,
    };
    docReview.set(
      'title',
      `bài chỉ trích dẫn số hiệu ("${c.evidence}"): ghi trích yếu khi có văn bản`,
    );
    const issuers = content.bodies.filter((b) => b.data.issuerCode === c.parsed.issuer);
    const nearIssuers = issuers.filter(
      (b) =>
        bodies.length > 0 &&
        b.data.place &&
        content.bodies
          .find((x) => x.id === bodies[0]!.id)
          ?.data.place?.id.startsWith(b.data.place.id),
    );
    const issuer =
      nearIssuers.length === 1 ? nearIssuers[0] : issuers.length === 1 ? issuers[0] : undefined;
    if (issuer) {
      doc.issuer = issuer.id;
      docReview.set(
        'issuer',
        `cơ quan có ký hiệu ${c.parsed.issuer} gần nhất với cơ quan triệu tập: kiểm tra lại`,
      );
    } else {
      docReview.set(
        'issuer',
        `không xác định được cơ quan ban hành (ký hiệu ${c.parsed.issuer}, ${issuers.length} cơ quan trùng ký hiệu): ghi id cơ quan`,
      );
    }
    if (c.date) doc.date = c.date;
    if (existing.length > 1 || (existing.length === 1 && sameDate.length === 0))
      docReview.set(
        'number',
        `content/ đã có văn bản cùng số ${c.parsed.canonical} (${existing.map((d) => d.id).join(', ')}) nhưng khác ngày: kiểm tra có phải cùng một văn bản`,
      );
    for (const w of c.parsed.warnings) docReview.set('number', w);
    const id = `nhap/${slugify(c.parsed.canonical)}${c.date ? `-${c.date}` : ''}`;
    records.push({ collection: 'documents', id, data: doc, body: '', review: docReview });
    cites.push(id);
  });
  // "Quyết định số 1447": no symbol, so only a document of that type whose title names that number can be meant.
  const unmatchedNumbers: string[] = [];
  const matchedNumbers: string[] = [];
  for (const c of article.numberOnlyCitations) {
    const numberWord = new RegExp(`(?<!\\d)0*${c.number}(?![\\d/-])`);
    const found = content.documents.filter(
      (d) => d.data.kind === c.type && !d.data.number && numberWord.test(d.data.title),
    );
    if (found.length === 1 && !cites.includes(found[0]!.id)) {
      cites.push(found[0]!.id);
      linked.push({ id: found[0]!.id, number: `${c.type} ${c.number}` });
      matchedNumbers.push(`"${c.evidence}" → ${found[0]!.id}`);
    } else if (found.length !== 1) unmatchedNumbers.push(`"${c.evidence}"`);
  }
  if (cites.length > 0) data.cites = cites;
  const citeNotes = [
    ...(matchedNumbers.length > 0
      ? [`khớp theo loại và số (bài không ghi ký hiệu đầy đủ): ${matchedNumbers.join('; ')}`]
      : []),
    ...(unmatchedNumbers.length > 0
      ? [
          `bài nhắc văn bản chỉ bằng số, chưa khớp được: ${unmatchedNumbers.join('; ')}: thêm bản ghi văn bản nếu cần`,
        ]
      : []),
  ];
  if (citeNotes.length > 0 || cites.length > 0)
    review.set(
      'cites',
      citeNotes.length > 0 ? citeNotes.join('. ') : 'văn bản có số ký hiệu trong bài',
    );

  data.tasks = article.tasks.map((t, i) => {
    const task: Record<string, unknown> = { id: `t${t.conclusion ?? ''}-${i + 1}`, text: t.text };
    const matched = t.assigneesText.map((words) => bodyNamed(words, content, places));
    if (matched.length > 0 && matched.every((b) => b !== undefined)) {
      task.assignees = matched.map((b) => b.id);
      review.set(
        `tasks.${i}.assignees`,
        `cơ quan có tên trùng với "${t.assigneesText.join('", "')}" trong bài: kiểm tra lại`,
      );
    } else if (t.assigneesText.length > 0) {
      task.assigneesText = t.assigneesText;
      review.set(
        `tasks.${i}.assigneesText`,
        'người nhận việc đọc từ "Giao cho / Đề nghị / Đối với": thay bằng assignees (id cơ quan) khi có',
      );
    }
    if (t.deadline) {
      task.deadline = deadlineData(t.deadline);
      if (t.deadline.review || t.deadline.value.kind === 'year')
        review.set(
          `tasks.${i}.deadline`,
          t.deadline.review ?? 'hạn theo năm: kiểm tra đây có phải hạn chót không',
        );
    }
    if (t.conclusion !== undefined) task.conclusion = t.conclusion;
    return task;
  });
  if (article.tasks.length > 0)
    review.set(
      'tasks',
      'mỗi mục đánh số (và mục "(+)", "-") là một nhiệm vụ; gộp hoặc tách lại cho đúng ý kết luận',
    );

  const source: Record<string, unknown> = { title: article.title?.value ?? headline };
  if (article.poster) {
    source.publisher = article.poster.value;
    review.set('source.publisher', article.poster.review ?? '');
  } else
    review.set(
      'source.publisher',
      'bài không ghi cơ quan đăng: ghi tên trang hoặc cơ quan đăng bài',
    );
  if (article.published?.value.date) {
    source.publishedAt = article.published.value.date;
    if (article.published.review) review.set('source.publishedAt', article.published.review);
  }
  if (article.published?.value.time) source.publishedTime = article.published.value.time;
  if (article.author) source.author = article.author.value;
  if (options.archive) source.archive = options.archive;
  data.source = source;
  const summary = sectionLead ? sectionLead.split(/(?<=\.)\s/)[0] : article.lead;
  if (summary) {
    data.summary = summary;
    review.set('summary', 'câu đầu của bài: viết lại tóm tắt 2-3 câu bằng lời của mình');
  } else review.set('summary', 'viết tóm tắt 2-3 câu');
  if (
    /nông thôn mới|NTM/u.test(article.text) &&
    content.programmes.some((p) => p.id === 'nong-thon-moi')
  ) {
    data.programmes = ['nong-thon-moi'];
    review.set('programmes', 'bài nhắc tới nông thôn mới: thêm các chương trình khác nếu có');
  }
  if (inferences.length > 0) data.inferences = inferences;

  const conclusions = article.tasks.map(
    (t) => `- ${t.conclusion !== undefined ? `(${t.conclusion}) ` : ''}${t.text}`,
  );
  const body =
    conclusions.length > 0
      ? `## Kết luận\n\nNguyên văn các kết luận trong bài (bản nháp, cần biên tập lại):\n\n${conclusions.join('\n')}\n`
      : '';
  records.unshift({ collection: 'meetings', id: meetingId, data, body, review });

  for (const count of article.criteriaCounts)
    records.push(assessmentDraft(count, meetingId, article.date?.value, year, content));
  records.push(...statisticsDrafts(article, meetingId, year, content));
  return { records, meetingId, linked };
}
