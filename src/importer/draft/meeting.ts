/**
 * The meeting record of an article that describes one (a meeting, visit, inspection,
 * supervision, appraisal council, conference or ceremony), built section by section: when and
 * what, who convened it, who took part, the places, the documents and tasks, the votes, the
 * source and the summary. Every inferred or looked-up value carries its review note.
 */
import { placeHierarchy } from '../../domain/place-hierarchy.ts';
import { foldKey } from '../text.ts';
import { slugify } from '../../domain/fold-vietnamese.ts';
import type { ContentSet } from '../../records/content-set.ts';
import type { ExtractedArticle } from '../extract.ts';
import type { ExtractedPerson } from '../people.ts';
import type { ExtractedTask } from '../tasks.ts';
import { findUnits, unitWords, type UnitRef } from '../units.ts';
import type { DraftLinks } from './links.ts';
import { withNote, type MeetingInput, type ReviewNotes } from './types.ts';

/** A meeting being drafted. */
export interface MeetingParts {
  data: MeetingInput;
  review: ReviewNotes;
}

/** Title, date (with the year inference stated), part of day and kind. */
export function meetingWhen(
  article: ExtractedArticle,
  section: string | undefined,
  parts: MeetingParts,
): void {
  const { data, review } = parts;
  const inferences: Array<{ field: string; note: string }> = [];
  if (article.title) {
    data.title = section ? `${article.title.value}: ${section}` : article.title.value;
    review.set('title', article.title.review ?? 'tiêu đề bài như đã đăng: viết lại cho rõ nếu cần');
  } else review.set('title', 'trang lưu không có tiêu đề: ghi tiêu đề (title) từ trang gốc');
  const event = article.event;
  if (event?.value.date) {
    data.date = event.value.date;
    if (event.value.qualifier) data.dateQualifier = event.value.qualifier;
    if (event.review) {
      review.set('date', event.review);
      if (event.value.inferred)
        inferences.push({ field: 'date', note: `${capital(event.review)}.` });
    }
  } else
    review.set(
      'date',
      event?.review ?? 'không tìm thấy ngày họp trong bài: ghi ngày (YYYY-MM-DD) từ trang gốc',
    );
  if (event?.value.partOfDay) data.partOfDay = event.value.partOfDay;
  const kind = article.shape.kind;
  if (kind) {
    data.kind = kind.value;
    withNote(review, 'kind', kind.review ?? `hình thức đọc từ chữ "${kind.evidence}" trong bài`);
    withNote(review, 'kind', article.shape.review);
  } else
    review.set(
      'kind',
      'không rõ hình thức: ghi hoi-nghi, cuoc-hop, buoi-lam-viec, giam-sat, kiem-tra hoặc le',
    );
  if (inferences.length > 0) data.inferences = inferences;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Bodies of `content/` whose name or short name the words contain, best first (longest, then nearest the places). */
function bodiesNamedIn(
  words: string,
  content: ContentSet,
  places: readonly string[],
  placeless: boolean,
) {
  const folded = ` ${foldKey(words)} `;
  const near = placeHierarchy(content.places).withAncestors(places);
  return content.bodies
    .filter((b) => placeless || !b.id.startsWith('khong-ro-dia-ban/'))
    .map((b) => {
      const nearby = b.data.place !== undefined && near.has(b.data.place.id);
      // A short name ("Huyện ủy") names a body only near the places the article names; a full name anywhere.
      const names = [b.data.name, ...(nearby || placeless ? [b.data.shortName] : [])].filter(
        (n): n is string => n !== undefined,
      );
      const length = Math.max(
        0,
        ...names.filter((n) => folded.includes(` ${foldKey(n)} `)).map((n) => foldKey(n).length),
      );
      return {
        id: b.id,
        name: b.data.name,
        score: length + (b.data.place && near.has(b.data.place.id) ? 100 : 0),
        length,
      };
    })
    .filter((b) => b.length > 0)
    .sort((a, b) => b.score - a.score);
}

/** The convening body: a body of `content/` the lead names, else the body the lead's subject names, drafted when new. */
export function meetingConvener(
  article: ExtractedArticle,
  links: DraftLinks,
  places: readonly string[],
  section: string | undefined,
  parts: MeetingParts,
): string | undefined {
  const { data, review } = parts;
  // In a part of a round-up, the part's own first paragraph names the body, before the article's opening.
  const at = section ? article.page.body.findIndex((b) => b.text === section) : -1;
  const sectionLead =
    at >= 0 ? article.page.body.slice(at + 1).find((b) => b.text.length > 80)?.text : undefined;
  const leadWords = [
    section,
    sectionLead,
    article.convenedBy?.value,
    `${article.title?.value ?? ''} ${article.lead ?? ''}`,
  ].filter((w): w is string => w !== undefined && w.trim() !== '');
  const placeless = article.places.length === 0 || section !== undefined;
  for (const words of leadWords) {
    const found = bodiesNamedIn(words, links.content, places, placeless);
    if (found.length === 0) continue;
    if (found.length > 1 && found[1]!.score === found[0]!.score) {
      review.set(
        'convenedBy',
        `bài không cho biết cơ quan nào trong số các cơ quan cùng tên: ${found
          .filter((b) => b.score === found[0]!.score)
          .map((b) => b.id)
          .join(', ')}: ghi id cơ quan triệu tập`,
      );
      return undefined;
    }
    data.convenedBy = [found[0]!.id];
    review.set(
      'convenedBy',
      `"${found[0]!.name}" là cơ quan có tên khớp nhất với ${section ? `mục "${section}"` : 'phần mở đầu bài'}`,
    );
    return found[0]!.id;
  }
  const words = article.convenedBy;
  if (!words) {
    review.set('convenedBy', 'không tìm thấy cơ quan triệu tập trong bài: ghi id cơ quan');
    return undefined;
  }
  // A body the archive lacks: drafted, under the place its name gives (or the one place of that kind the article names).
  // "Thường trực HĐND huyện", "Ban Chỉ đạo … xã": the kind word alone names the unit the article is about.
  const bare = /(?<![\p{L}])(huyện|xã|tỉnh)(?![\p{L}]|\s+\p{Lu})/u.exec(words.value)?.[1];
  const named: UnitRef | undefined =
    findUnits(words.value).find((u) => u.name) ??
    (bare ? { kind: bare === 'huyện' ? 'huyen' : bare === 'xã' ? 'xa' : 'tinh' } : undefined);
  const sameKind = named && !named.name ? article.places.filter((p) => p.kind === named.kind) : [];
  const unit = named?.name ? named : sameKind.length === 1 ? sameKind[0] : undefined;
  const place = unit ? links.place(unit) : {};
  const note = [
    words.review,
    named && !named.name && unit ? `tên ${unitWords(unit)} lấy từ nơi khác trong bài` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  // "HĐND huyện" in an article about huyện Sơn Dương is drafted as "HĐND huyện Sơn Dương".
  const fullName =
    bare && unit?.name
      ? words.value.replace(
          new RegExp(`(?<![\\p{L}])(${bare})(?![\\p{L}]|\\s+\\p{Lu})`, 'u'),
          `$1 ${unit.name}`,
        )
      : words.value;
  const body = links.draftBody(
    fullName,
    { ...(place.id ? { id: place.id } : {}), ...(unit ? { unit } : {}) },
    note || undefined,
  );
  data.convenedBy = [body.id];
  review.set('convenedBy', `${body.review}${note ? `; ${note}` : ''}`);
  return body.id;
}

function personData(p: ExtractedPerson): NonNullable<MeetingInput['chairs']>[number] {
  return {
    ...(p.name ? { name: p.name } : {}),
    ...(p.positions.length > 0 ? { positions: p.positions } : {}),
    ...(p.role ? { role: p.role } : {}),
    ...(p.description ? { description: p.description } : {}),
  };
}

/** Chairs, participants and counted attendance. */
export function meetingPeople(article: ExtractedArticle, parts: MeetingParts): void {
  const { data, review } = parts;
  data.chairs = article.chairs.map(personData);
  article.chairs.forEach((c, i) =>
    review.set(`chairs.${i}`, c.review ?? 'kiểm tra tên, chức vụ và vai trò người chủ trì'),
  );
  if (article.chairs.length === 0)
    review.set(
      'chairs',
      'không tìm thấy người chủ trì: ghi tên (name) hoặc mô tả (description), hoặc để []',
    );
  if (article.participants.length > 0) {
    data.participants = article.participants.map(personData);
    review.set('participants', 'chỉ lấy những người được nêu tên kèm chức vụ khi tham dự');
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
}

/** The places the meeting concerns: the communes and villages the article names, linked or drafted. */
export function meetingPlaces(
  article: ExtractedArticle,
  links: DraftLinks,
  parts: MeetingParts,
): string[] {
  const ids: string[] = [];
  const notes: string[] = [];
  for (const p of article.places) {
    if (
      ![
        'xa',
        'phuong',
        'thi-tran',
        'thon',
        'xom',
        'ban',
        'to-dan-pho',
        'khu-dan-cu',
        'ap',
      ].includes(p.kind)
    )
      continue;
    const found = links.place(p, {
      ...(p.parent ? { parent: p.parent } : {}),
      ...(p.review ? { parentReview: p.review } : {}),
      ...(parts.data.date ? { date: String(parts.data.date) } : {}),
    });
    if (found.id && !ids.includes(found.id)) ids.push(found.id);
    else if (!found.id && found.review) notes.push(`${unitWords(p)}: ${found.review}`);
  }
  if (ids.length > 0) {
    parts.data.places = ids;
    parts.review.set(
      'places',
      ['các địa bàn có tên trong bài: bỏ những nơi cuộc họp không bàn tới', ...notes].join('; '),
    );
  } else if (notes.length > 0) parts.review.set('places', notes.join('; '));
  return ids;
}

/** Tasks with their assignees (a body of the archive when its name is exact), deadlines and conclusion numbers. */
export function meetingTasks(
  article: ExtractedArticle,
  links: DraftLinks,
  places: readonly string[],
  parts: MeetingParts,
): void {
  const { review } = parts;
  parts.data.tasks = article.tasks.map((t, i) => taskData(t, i, links, places, review));
  if (article.tasks.length > 0)
    review.set(
      'tasks',
      'mỗi mục đánh số (và mục "(+)", "-") là một nhiệm vụ; gộp hoặc tách lại cho đúng ý kết luận',
    );
}

function taskData(
  t: ExtractedTask,
  i: number,
  links: DraftLinks,
  places: readonly string[],
  review: ReviewNotes,
) {
  const task: NonNullable<MeetingInput['tasks']>[number] = {
    id: `t${t.conclusion ?? ''}-${i + 1}`,
    text: t.text,
  };
  const matched = t.assigneesText.map((words) => links.body(words, places).id);
  if (matched.length > 0 && matched.every((b) => b !== undefined)) {
    task.assignees = matched;
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
    const v = t.deadline.value;
    const text = { text: t.deadline.evidence };
    task.deadline =
      v.kind === 'date'
        ? { date: v.by, ...text }
        : v.kind === 'month'
          ? { month: v.month, ...text }
          : v.kind === 'quarter'
            ? { quarter: v.quarter, ...text }
            : { year: v.year, ...text };
    if (t.deadline.review || v.kind === 'year')
      review.set(
        `tasks.${i}.deadline`,
        t.deadline.review ?? 'hạn theo năm: kiểm tra đây có phải hạn chót không',
      );
  }
  if (t.conclusion !== undefined) task.conclusion = t.conclusion;
  return task;
}

/** Votes, only with the numbers the article gives. */
export function meetingVotes(
  article: ExtractedArticle,
  links: DraftLinks,
  parts: MeetingParts,
): void {
  if (article.votes.length === 0) return;
  parts.data.votes = article.votes.map((v, i) => {
    const vote: NonNullable<MeetingInput['votes']>[number] = { subject: v.subject ?? '' };
    if (!v.subject) delete (vote as { subject?: string }).subject;
    const ids = v.units
      .map((u) => links.place(u).id)
      .filter((id): id is string => id !== undefined);
    if (ids.length > 0) vote.places = ids;
    for (const k of ['for', 'against', 'present', 'members', 'percent', 'percentOf'] as const)
      if (v[k] !== undefined) (vote as Record<string, unknown>)[k] = v[k];
    withNote(
      parts.review,
      `votes.${i}`,
      [`đọc từ "${v.evidence.slice(0, 120)}"`, v.review].filter(Boolean).join('; '),
    );
    return vote;
  });
}

/** The source block: headline, publisher, publication date and time, author, address and archived copy. */
export function sourceOf(
  article: ExtractedArticle,
  options: { archive?: string; url?: string },
  review: ReviewNotes,
  prefix: string,
) {
  const source: NonNullable<MeetingInput['source']> = {} as NonNullable<MeetingInput['source']>;
  if (article.title) source.title = article.title.value;
  else review.set(`${prefix}.title`, 'trang lưu không có tiêu đề: ghi tiêu đề bài từ trang gốc');
  if (article.publisher) {
    source.publisher = article.publisher.value;
    review.set(`${prefix}.publisher`, article.publisher.review ?? '');
  } else
    review.set(
      `${prefix}.publisher`,
      'bài không ghi cơ quan đăng: ghi tên trang hoặc cơ quan đăng bài',
    );
  if (options.url) source.url = options.url;
  const published = article.published;
  if (published?.value.date) {
    source.publishedAt = published.value.date;
    if (published.review) review.set(`${prefix}.publishedAt`, published.review);
  }
  if (published?.value.time) source.publishedTime = published.value.time;
  if (article.author) {
    source.author = article.author.value;
    if (article.author.review) review.set(`${prefix}.author`, article.author.review);
  }
  if (options.archive) source.archive = options.archive;
  if (article.originalPublisher || article.originalUrl)
    review.set(
      prefix,
      `bài đăng lại từ ${article.originalPublisher?.value ?? 'trang khác'}${article.originalUrl ? ` (${article.originalUrl.value})` : ''}: ghi publisher, url của bài gốc nếu muốn dẫn bài gốc`,
    );
  return source;
}

/** Source, summary, programmes and the Markdown body of the conclusions. */
export function meetingSource(
  article: ExtractedArticle,
  options: { archive?: string; url?: string; section?: string },
  parts: MeetingParts,
): string {
  const { data, review } = parts;
  data.source = sourceOf(article, options, review, 'source');
  const summary = article.lead;
  if (summary) {
    data.summary = summary;
    review.set('summary', 'câu đầu của bài: viết lại tóm tắt 2-3 câu bằng lời của mình');
  } else review.set('summary', 'viết tóm tắt 2-3 câu');
  if (/nông thôn mới|NTM/u.test(article.text)) {
    data.programmes = ['nong-thon-moi'];
    review.set('programmes', 'bài nhắc tới nông thôn mới: thêm các chương trình khác nếu có');
  }
  const conclusions = article.tasks.map(
    (t) => `- ${t.conclusion !== undefined ? `(${t.conclusion}) ` : ''}${t.text}`,
  );
  return conclusions.length > 0
    ? `## Kết luận\n\nNguyên văn các kết luận trong bài (bản nháp, cần biên tập lại):\n\n${conclusions.join('\n')}\n`
    : '';
}

/** The meeting's id: year folder, day, the headline's first words (or the article's shape), and "-nhap". */
export function meetingId(
  article: ExtractedArticle,
  data: MeetingInput,
  section: string | undefined,
): string {
  const day = typeof data.date === 'string' ? data.date : undefined;
  const words = article.title?.value ?? article.convenedBy?.value ?? article.shape.shape;
  const sectionSlug = section ? `-${slugify(section)}` : '';
  return `${day?.slice(0, 4) ?? 'chua-ro-nam'}/${day ?? 'chua-ro-ngay'}-${slugify(words).split('-').slice(0, 8).join('-')}${sectionSlug}-nhap`;
}
