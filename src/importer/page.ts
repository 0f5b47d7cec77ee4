/**
 * A saved web page as it comes: which lines are the article and which are the page around it
 * (banners, skip links, menus, breadcrumbs, polls, share and print buttons, view counters,
 * photo captions and image files, "Tin xem nhiều" and other articles' titles, footers, a lead
 * printed twice), which lines carry metadata (the dateline, the byline, "Theo …", "Link gốc"),
 * and the real headline. Lines are numbered from 1, blank ones included, as `cat -n` shows them.
 */
import { foldKey, type Found } from './text.ts';

/** A line the cleaner set aside, and why. */
export interface LineNote {
  line: number;
  what: string;
}

/** What kind of line a page line is. */
export type LineRole =
  | 'body'
  | 'headline'
  | 'blank'
  | 'clutter'
  | 'dateline'
  | 'byline'
  | 'original-publisher'
  | 'original-url'
  | 'caption';

export interface PageLine {
  line: number;
  text: string;
  role: LineRole;
  what?: string;
}

/** A page taken apart. */
export interface CleanPage {
  lines: PageLine[];
  /** The article's paragraphs (body lines), in order. */
  body: Array<{ line: number; text: string }>;
  headline?: Found<string>;
  /** The dateline's text and line, for the date reader. */
  dateline?: { line: number; text: string };
  /** Author as credited ("Tin, ảnh: Văn Lực", a name under the last paragraph). */
  author?: Found<string>;
  /** The site owner named by a banner or footer ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG SƠN"). */
  siteOwner?: Found<string>;
  /** The original publisher of a reprint ("Theo CTTĐT Hương Khê"). */
  originalPublisher?: Found<string>;
  /** The original address of a reprint ("Link gốc: http://…"). */
  originalUrl?: Found<string>;
  /** Lines removed, and lines that feed a field rather than the text. */
  clutter: LineNote[];
  metadata: LineNote[];
}

const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`;
const DMY = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;

/** A line that only gives when the page was posted or updated (with labels, weekday, time). */
export const DATELINE = new RegExp(
  String.raw`^(?:(?:ngày đăng|đăng lúc|đăng ngày|cập nhật(?: lúc| ngày)?|ngày cập nhật|thời gian đăng|ngày|posted)\s*:?\s*)?(?:${WEEKDAY}\s*,?\s*)?(?:${TIME}\s*[|,-]?\s*${DMY}|${DMY}(?:\s*[|,-]?\s*(?:lúc\s*)?${TIME})?|\d{4}-\d{2}-\d{2}T${TIME}(?:[+-]\d{2}:?\d{2}|Z)?)\s*(?:\(GMT\s*[+-]\d+\))?(?:\s*(?:\||lượt xem:?)\s*.*)?$`,
  'iu',
);

const SKIP_LINK = /^(?:skip to (?:main )?content|bỏ qua nội dung|chuyển đến nội dung chính)$/iu;
const BANNER =
  /^(?:(?:nhiệt liệt )?chào mừng\b|cổng thông tin|trang thông tin|báo điện tử|tạp chí|đài phát thanh|vietnam\.vn\b)|nền tảng quảng bá việt nam/iu;
/** A greeting slogan a site runs above every article ("Nhiệt liệt chào mừng Ngày bầu cử …"), however long. */
const SLOGAN =
  /^(?:nhiệt liệt )?chào mừng\s+(?:kỷ niệm|ngày|đại hội|thành công|năm mới|mừng xuân|xuân|tết|lễ|\d)/iu;
const FOOTER =
  /^(?:bản quyền|©|copyright|chịu trách nhiệm|ghi rõ nguồn|giấy phép|địa chỉ\s*:|điện thoại\s*:|email\s*:|fax\s*:|cơ quan chủ quản|trưởng ban biên tập|tổng biên tập\s*:)/iu;
const BUTTONS =
  /^(?:chia sẻ|in bài|gửi email|lưu bài|lượt xem|cỡ chữ|a\+|a-|a\s*\||emailprintaa|chi tiết tin|bình luận|gửi bình luận|thêm ý kiến góp ý|ý kiến bạn đọc|gửi ý kiến|xem thêm|quay lại|về đầu trang|facebook|zalo|twitter|tags?\s*:|từ khóa\s*:|thông báo)(?![\p{L}\p{N}])/iu;
const RELATED_HEADING =
  /^(?:tin xem nhiều|tin liên quan|tin cùng chuyên mục|bài viết khác|tin khác|các tin khác|đọc thêm|tin mới|tin mới nhất|tin nổi bật|bài liên quan|xem nhiều)\s*:?$/iu;
const POLL_HEADING = /^(?:ý kiến thăm dò|thăm dò ý kiến|bình chọn|khảo sát)\s*:?$/iu;
const POLL_END = /biểu quyết|xem kết quả/iu;
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|bmp)$|^IMG[_-]?\d+/iu;
const PHOTO_CREDIT =
  /(?:^|[\s.(])(?:ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)\s*:|\(ảnh minh h(?:ọa|oạ|oa)\)|\(ảnh:/iu;
const CAPTION_OPENER =
  /^(?:quang cảnh|toàn cảnh|một góc|đoàn\b|đ\/c|đồng chí|các đồng chí|các đại biểu|đại biểu|lãnh đạo|người dân|bà con|thường trực|hội đồng|ban chỉ đạo|chủ trì|chủ tịch|bí thư|phó chủ tịch|trao|tặng|cán bộ)/iu;
const CAPTION_VERB =
  /(?<![\p{L}])(?:phát biểu|trao|tặng|kiểm tra|thăm|làm việc tại|chủ trì|kết luận|tham quan|khảo sát|dự|tham dự|chụp ảnh)(?![\p{L}])/iu;
const ORIGINAL_PUBLISHER = /^(?:theo|nguồn)\s*:?\s+(.{3,80}?)\.?$/iu;
const ORIGINAL_URL = /^(?:link gốc|nguồn|link bài gốc|bài gốc)\s*:\s*(https?:\/\/\S+)$/iu;
const BYLINE_LABEL =
  /^(?:tin,? ảnh|tin và ảnh|bài,? ảnh|bài và ảnh|tin|bài|tác giả|các tác giả|ảnh|người đăng)\s*:\s*(.+)$/iu;
const PERSON_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}`;
const BYLINE_NAME = new RegExp(String.raw`^(${PERSON_NAME})(?:\s*\(([^)]{3,80})\))?\.?$`, 'u');

const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;
const endsSentence = (s: string) => /[.!?…:;"”)]$/u.test(s);
const isUpper = (s: string) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');
/** A line with a date lead ("Sáng 8/6,", "Ngày 17/02,", "Chiều qua,"): the first paragraph, never a headline. */
const DATE_LEAD =
  /^(?:\(.{1,30}\)\s*[-–]\s*)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)\b[^,]{0,30}\d|sáng nay|chiều nay|tối nay|hôm nay|hôm qua|chiều qua|sáng qua|tối qua|vừa qua|trong (?:hai|ba|\d) ngày|từ ngày|đầu tháng|cuối tháng|giữa tháng|dự kiến)/iu;

/** Expands "CTTĐT" and similar abbreviations in a publisher's name. */
function expandPublisher(name: string): { text: string; expanded: boolean } {
  const expanded = name
    .replace(/\bCTTĐT\b/gu, 'Cổng thông tin điện tử')
    .replace(/\bTTĐT\b/gu, 'Trang thông tin điện tử');
  return { text: expanded, expanded: expanded !== name };
}

/** The owner a banner or footer names ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG SƠN", "BẢN QUYỀN THUỘC VỀ …"). */
function ownerOf(text: string): string | undefined {
  const m =
    /^(?:bản quyền thuộc về|cơ quan chủ quản\s*:?)\s+(.+)$/iu.exec(text) ??
    /^((?:cổng|trang) thông tin(?: điện tử)?\s+.+)$/iu.exec(text);
  if (!m) return undefined;
  const name = m[1]!.trim().replace(/\.$/, '');
  // All-caps banners are written in sentence case: "Cổng thông tin điện tử huyện Đông Sơn".
  if (!isUpper(name)) return name;
  const lower = name.toLocaleLowerCase('vi');
  return lower
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))
    .replace(
      /(?<![\p{L}])(huyện|xã|tỉnh|thành phố|thị xã|ủy ban nhân dân|ubnd)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/u,
      (_, kind: string, place: string) =>
        `${kind.replace(/^ubnd$/, 'UBND').replace(/^ủy ban nhân dân$/, 'Ủy ban nhân dân')} ${place
          .split(' ')
          .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
          .join(' ')}`,
    );
}

/** A line under a photo rather than a sentence of the article. */
function isCaption(text: string): boolean {
  if (PHOTO_CREDIT.test(text)) return true;
  if (DATE_LEAD.test(text)) return false;
  // A short line that names who is shown, with no figure and no date: "Đoàn giám sát làm việc tại xã Tam Đa."
  const n = words(text);
  if (n <= 16 && CAPTION_OPENER.test(text) && !/\d/.test(text) && !/[;:]/.test(text)) return true;
  // A longer caption has a verb of the photo and no full stop: "Đ/c Lê Đình Hải – … phát biểu tại buổi làm việc".
  return (
    n <= 45 &&
    /^(?:đ\/c|đồng chí|các đồng chí|các đại biểu|lãnh đạo)/iu.test(text) &&
    CAPTION_VERB.test(text) &&
    !endsSentence(text) &&
    !/\d{1,2}\/\d{1,2}/.test(text)
  );
}

/** Marks every line of the page with its role. */
function classify(rawLines: string[]): PageLine[] {
  const lines: PageLine[] = rawLines.map((text, i) => ({
    line: i + 1,
    text,
    role: text === '' ? 'blank' : 'body',
  }));
  const mark = (l: PageLine, role: LineRole, what: string) => {
    l.role = role;
    l.what = what;
  };
  let inRelated = false;
  let inPoll = false;
  for (const l of lines) {
    if (l.role === 'blank') continue;
    const t = l.text;
    if (inPoll) {
      if (POLL_END.test(t) || t.endsWith('?') || words(t) <= 6) {
        mark(l, 'clutter', 'poll widget');
        if (POLL_END.test(t)) inPoll = false;
        continue;
      }
      inPoll = false;
    }
    if (inRelated) {
      if (RELATED_HEADING.test(t)) {
        mark(l, 'clutter', 'related-articles heading');
        continue;
      }
      if (words(t) <= 30 && !/[.]$/.test(t)) {
        mark(l, 'clutter', 'title of another article');
        continue;
      }
      inRelated = false;
    }
    if (POLL_HEADING.test(t)) {
      mark(l, 'clutter', 'poll widget');
      inPoll = true;
    } else if (RELATED_HEADING.test(t)) {
      mark(l, 'clutter', 'related-articles heading');
      inRelated = true;
    } else if (SKIP_LINK.test(t)) mark(l, 'clutter', 'skip link');
    else if (
      (BANNER.test(t) && (isUpper(t) || words(t) <= 12)) ||
      (SLOGAN.test(t) && !/[.!?]$/u.test(t))
    )
      mark(l, 'clutter', 'site banner');
    else if (FOOTER.test(t)) mark(l, 'clutter', 'footer');
    else if (/^trang chủ\b/iu.test(t) || /\s(?:>|»|›)\s/.test(t)) {
      mark(l, 'clutter', t.includes('|') ? 'menu' : 'breadcrumb');
    } else if ((t.match(/\s\|\s/g) ?? []).length >= 2 && words(t) <= 25 && !DATELINE.test(t))
      mark(l, 'clutter', 'menu');
    else if (BUTTONS.test(t) && words(t) <= 12) mark(l, 'clutter', 'page buttons');
    else if (IMAGE_FILE.test(t)) mark(l, 'clutter', 'image file name');
    else if (DATELINE.test(t) || /^(?:người đăng|ngày đăng|đăng lúc)\s*:/iu.test(t))
      mark(l, 'dateline', 'publication dateline');
    else if (ORIGINAL_URL.test(t)) mark(l, 'original-url', 'original address');
    else if (ORIGINAL_PUBLISHER.test(t) && words(t) <= 12 && !/\d/.test(t))
      mark(l, 'original-publisher', 'original publisher');
    else if (BYLINE_LABEL.test(t) && words(t) <= 12) mark(l, 'byline', 'byline');
    else if (isCaption(t)) mark(l, 'caption', 'photo caption');
  }
  return lines;
}

/** The lead printed twice: an identical paragraph (the later one goes) or a lead repeated as the start of the next paragraph (the shorter one goes). */
function markRepeatedLead(lines: PageLine[]): void {
  const body = lines.filter((l) => l.role === 'body');
  const key = (s: string) =>
    foldKey(s.replace(/^\([^)]{1,30}\)\s*[-–]\s*/u, ''))
      .replace(/\s+/g, ' ')
      .trim();
  for (let i = 0; i + 1 < body.length; i++) {
    const a = body[i]!;
    const b = body[i + 1]!;
    const ka = key(a.text);
    const kb = key(b.text);
    if (ka.length < 40) continue;
    if (ka === kb) {
      b.role = 'clutter';
      b.what = 'lead paragraph printed a second time';
    } else if (kb.startsWith(ka)) {
      a.role = 'clutter';
      a.what = 'lead paragraph printed a second time (repeated at the start of the next one)';
    } else if (ka.startsWith(kb) && kb.length >= 40) {
      b.role = 'clutter';
      b.what = 'lead paragraph printed a second time';
    }
  }
}

/** A byline under the last paragraph (a person's name alone, or with their unit in parentheses); a page cut after a word or two. */
function markClosingLines(lines: PageLine[]): void {
  const body = lines.filter((l) => l.role === 'body');
  const last = body.at(-1);
  if (last && body.length >= 2 && words(last.text) <= 2 && !endsSentence(last.text)) {
    last.role = 'clutter';
    last.what = 'fragment of a cut page';
    return;
  }
  if (!last || body.length < 2) return;
  if (BYLINE_NAME.test(last.text) && words(last.text) <= 16) {
    last.role = 'byline';
    last.what = 'byline';
  }
}

/**
 * The headline: the line right above the dateline, else the first line of the page when it reads
 * as one (no date lead, not a paragraph: at most 35 words and no full stop, followed by the text).
 */
function findHeadline(lines: PageLine[]): Found<string> | undefined {
  const content = lines.filter((l) => l.role !== 'blank');
  const dateline = content.findIndex((l) => l.role === 'dateline');
  const candidates: PageLine[] = [];
  if (dateline > 0) {
    const before = content
      .slice(0, dateline)
      .reverse()
      .find(
        (l) =>
          l.role === 'body' ||
          l.role === 'caption' ||
          (l.role === 'clutter' && l.what === 'site banner'),
      );
    if (before && before.role !== 'clutter' && words(before.text) >= 3) candidates.push(before);
    else if (before && before.what === 'site banner' && !BANNER.test(before.text.slice(0, 12)))
      candidates.push(before);
  }
  if (candidates.length === 0) {
    const first = content.find((l) => l.role === 'body');
    const next = first ? content[content.indexOf(first) + 1] : undefined;
    if (
      first &&
      words(first.text) >= 3 &&
      words(first.text) <= 60 &&
      !DATE_LEAD.test(first.text) &&
      !/[.;:]$/.test(first.text) &&
      (next === undefined || next.role !== 'body' || words(next.text) > words(first.text))
    )
      candidates.push(first);
  }
  const line = candidates[0];
  if (!line) return undefined;
  line.role = 'headline';
  line.what = 'headline';
  const value = line.text.replace(/\.$/, '');
  const found: Found<string> = { value, evidence: line.text };
  if (isUpper(value))
    found.review = 'tiêu đề viết hoa toàn bộ như trên trang: viết lại theo kiểu câu nếu muốn';
  return found;
}

/** Takes a saved page apart. `text` is the normalised article (`normaliseArticle`). */
export function cleanPage(text: string): CleanPage {
  const lines = classify(text.split('\n'));
  markRepeatedLead(lines);
  const headline = findHeadline(lines);
  markClosingLines(lines);
  const page: CleanPage = {
    lines,
    body: lines.filter((l) => l.role === 'body').map((l) => ({ line: l.line, text: l.text })),
    clutter: [],
    metadata: [],
  };
  if (headline) page.headline = headline;
  for (const l of lines) {
    if (l.role === 'clutter' || l.role === 'caption' || l.role === 'byline')
      page.clutter.push({ line: l.line, what: l.what ?? l.role });
    if (['dateline', 'original-publisher', 'original-url'].includes(l.role))
      page.metadata.push({ line: l.line, what: l.what ?? l.role });
    if (l.role === 'dateline' && !page.dateline) page.dateline = { line: l.line, text: l.text };
    if (l.role === 'byline' && !page.author) {
      const labelled = BYLINE_LABEL.exec(l.text);
      const named = BYLINE_NAME.exec(l.text);
      const value = (labelled?.[1] ?? named?.[1] ?? '').trim();
      if (value && !/^người đăng/iu.test(l.text))
        page.author = {
          value,
          evidence: l.text,
          review: labelled
            ? `tên sau "${l.text.split(':')[0]}:" là người viết tin: kiểm tra`
            : 'dòng cuối bài có dạng tên tác giả: kiểm tra',
        };
    }
    if (l.role === 'original-publisher' && !page.originalPublisher) {
      const name = ORIGINAL_PUBLISHER.exec(l.text)![1]!.trim();
      const { text: expanded, expanded: changed } = expandPublisher(name);
      page.originalPublisher = { value: expanded, evidence: l.text };
      if (changed)
        page.originalPublisher.review = `"${name}" được viết đầy đủ là "${expanded}": kiểm tra`;
    }
    if (l.role === 'original-url' && !page.originalUrl)
      page.originalUrl = { value: ORIGINAL_URL.exec(l.text)![1]!, evidence: l.text };
    if (
      l.role === 'clutter' &&
      (l.what === 'site banner' || l.what === 'footer') &&
      !page.siteOwner
    ) {
      const owner = ownerOf(l.text);
      if (owner)
        page.siteOwner = {
          value: owner,
          evidence: l.text,
          review: 'tên đơn vị lấy từ dòng tên trang hoặc chân trang: kiểm tra',
        };
    }
  }
  return page;
}
