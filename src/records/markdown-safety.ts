/**
 * Records are data, not code: their Markdown may not carry raw HTML, and links may only go to
 * web addresses, e-mail or the site itself. The validator reports offenders, and the content
 * loader (`src/records/loader.ts`) refuses to render them, as a second line.
 *
 * One Markdown pipeline: the check parses a body with the very parser the site renders it with
 * (Sätteri, Astro's Markdown processor) and the same features (`RECORD_MARKDOWN_FEATURES`, which
 * `astro.config.mjs` hands to the processor), so a construct the site reads as raw HTML (inside
 * a GFM table cell, after a footnote) is raw HTML here too.
 *
 * Bounded work: the parser's time grows faster than the text for some inputs (deep nesting,
 * thousands of quotes or entities in one paragraph), so a body is measured line by line
 * before it is parsed (`MARKDOWN_LIMITS`), in time proportional to its length; only a body
 * within every limit is parsed, and the parse itself is timed.
 */
import { markdownToMdast, type Features } from 'satteri';

/** The Markdown features records are written in: what the site renders and the check parses. */
export const RECORD_MARKDOWN_FEATURES = {
  /** GFM: tables, footnotes, strikethrough, task lists, autolinks. */
  gfm: true,
  /** Curly quotes, dashes and ellipses, as Astro does by default. */
  smartPunctuation: true,
  /** A body has no front matter of its own: the record's was split off by the reader. */
  frontmatter: false,
} as const satisfies Features;

/** How large and how deep a body may be (see `findOversizedMarkdown`). Real bodies are far below each. */
export const MARKDOWN_LIMITS = {
  /** The body's size in bytes (UTF-8). */
  bodyBytes: 100 * 1024,
  /** Characters in one block (lines between blank lines). */
  blockChars: 20_000,
  /** Quotes, apostrophes, `&`, `--` and `...` in one block: each splits a text run, and the parser's work grows with their number times the block's length. */
  blockMarks: 200,
  /** Quote (`>`) and list markers opening one line. */
  lineNesting: 16,
  /** Columns of indentation of one line. */
  indentColumns: 64,
  /** Depth of the parsed tree. */
  treeDepth: 32,
  /** Cells of one table, as rendered (columns of its header × rows). */
  tableCells: 5_000,
  /** Characters of one link address. */
  urlChars: 2_000,
  /** Milliseconds one parse may take before the body is refused as too complex. */
  parseMilliseconds: 2_000,
} as const;

/** Link protocols a record may use. Relative links (`/van-ban/…`) are always allowed. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** True when `href` is relative or uses a safe protocol. */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme
  const compact = href.replace(/[\u0000-\u0020]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  return match === null || SAFE_LINK_PROTOCOLS.includes(`${match[1]!.toLowerCase()}:`);
}

const numberVi = (n: number) => n.toLocaleString('vi-VN');

/** How many quote and list markers open a line, and its indentation in columns. */
function lineShape(line: string): { markers: number; indent: number } {
  let i = 0;
  let indent = 0;
  while (line[i] === ' ' || line[i] === '\t') indent += line[i++] === '\t' ? 4 : 1;
  let markers = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const ch = line[i];
    if (ch === '>') {
      markers++;
      i++;
      continue;
    }
    const list = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (!list) break;
    markers++;
    i += list[0].length;
  }
  return { markers, indent };
}

/**
 * What makes a body too large or too deep to parse, one message per finding, with its line in
 * the file (`firstLine`: the body's first line). Linear in the body's length.
 */
export function findOversizedMarkdown(body: string, firstLine = 1): string[] {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MARKDOWN_LIMITS.bodyBytes)
    return [
      `nội dung nặng ${Math.ceil(bytes / 1024)} KB, vượt giới hạn ${MARKDOWN_LIMITS.bodyBytes / 1024} KB: rút gọn, hoặc tách thành nhiều bản ghi`,
    ];
  const problems: string[] = [];
  const lines = body.split('\n');
  let blockStart = -1;
  let blockChars = 0;
  let blockMarks = 0;
  const endBlock = () => {
    const line = blockStart + firstLine;
    if (blockChars > MARKDOWN_LIMITS.blockChars)
      problems.push(
        `dòng ${line}: đoạn văn dài ${numberVi(blockChars)} ký tự, vượt giới hạn ${numberVi(MARKDOWN_LIMITS.blockChars)}: chia thành nhiều đoạn (để một dòng trống giữa hai đoạn)`,
      );
    else if (blockMarks > MARKDOWN_LIMITS.blockMarks)
      problems.push(
        `dòng ${line}: đoạn văn có ${numberVi(blockMarks)} dấu ngoặc kép, dấu nháy, dấu & hoặc dấu gạch, dấu chấm lặp (--, ...), vượt giới hạn ${MARKDOWN_LIMITS.blockMarks} trong một đoạn: chia thành nhiều đoạn`,
      );
    blockStart = -1;
  };
  lines.forEach((text, i) => {
    if (text.trim() === '') {
      if (blockStart >= 0) endBlock();
      return;
    }
    if (blockStart < 0) {
      blockStart = i;
      blockChars = 0;
      blockMarks = 0;
    }
    blockChars += text.length + 1;
    blockMarks += text.match(/["'&\u2018\u2019\u201C\u201D]|--|\.\.\./g)?.length ?? 0;
    const { markers, indent } = lineShape(text);
    if (markers > MARKDOWN_LIMITS.lineNesting)
      problems.push(
        `dòng ${i + firstLine} lồng ${markers} cấp trích dẫn (>) hoặc danh sách, vượt giới hạn ${MARKDOWN_LIMITS.lineNesting}: viết phẳng hơn`,
      );
    else if (indent > MARKDOWN_LIMITS.indentColumns)
      problems.push(
        `dòng ${i + firstLine} thụt lề ${indent} cột, vượt giới hạn ${MARKDOWN_LIMITS.indentColumns}: bớt thụt lề`,
      );
  });
  if (blockStart >= 0) endBlock();
  return problems;
}

/**
 * Astro's content layer treats a body that opens with `---` or `+++` (after blank lines) and has
 * another such line later as front matter of its own and drops it from the page
 * (`parseFrontmatter` in @astrojs/internal-helpers, the same expression): text that would vanish.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** What in a Markdown body is not allowed, one message per finding, with its line in the file (`firstLine`: the body's first line). */
export function findUnsafeMarkdown(body: string, firstLine = 1): string[] {
  const oversized = findOversizedMarkdown(body, firstLine);
  if (oversized.length > 0) return oversized;
  const problems = new Set<string>();
  const opening = ASTRO_FRONTMATTER.exec(body);
  if (opening) {
    const line =
      firstLine +
      body.slice(0, opening.index + opening[0].search(/---|\+\+\+/)).split('\n').length -
      1;
    problems.add(
      `dòng ${line}: nội dung mở đầu bằng dòng "${opening[0].includes('+++') ? '+++' : '---'}", nên trang web sẽ coi phần tới dòng "---" tiếp theo là thông tin ẩn và bỏ đi: thêm một dòng chữ lên trước, hoặc xoá dòng này`,
    );
  }
  const start = performance.now();
  const tree = markdownToMdast(body, { features: RECORD_MARKDOWN_FEATURES }) as MdNode;
  const seconds = (performance.now() - start) / 1000;
  if (seconds * 1000 > MARKDOWN_LIMITS.parseMilliseconds)
    problems.add(
      `nội dung quá phức tạp để kiểm tra (mất ${seconds.toFixed(1)} giây, giới hạn ${MARKDOWN_LIMITS.parseMilliseconds / 1000} giây): viết đơn giản hơn, hoặc tách thành nhiều bản ghi`,
    );
  for (const problem of findUnsafeNodes(tree, firstLine)) problems.add(problem);
  return [...problems];
}

/** Walks the parsed tree (without recursion: depth is what is being bounded) and reports what it may not hold. */
function findUnsafeNodes(tree: MdNode, firstLine: number): string[] {
  const problems: string[] = [];
  const stack: Array<[MdNode, number]> = [[tree, 1]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (depth > MARKDOWN_LIMITS.treeDepth) {
      if (!tooDeep)
        problems.push(
          `dòng ${line}: nội dung lồng nhau hơn ${MARKDOWN_LIMITS.treeDepth} cấp (danh sách trong danh sách, trích dẫn trong trích dẫn): viết phẳng hơn`,
        );
      tooDeep = true;
      continue;
    }
    problems.push(...nodeProblems(node, line));
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return problems;
}

/** What one node may not be: raw HTML, an unsafe or foreign link, an oversized table. */
function nodeProblems(node: MdNode, line: number): string[] {
  if (node.type === 'html') {
    const tag = /<\/?\s*([a-zA-Z][\w-]*)/.exec(node.value ?? '')?.[1];
    return [
      `dòng ${line} có mã HTML${tag ? ` (<${tag}>)` : ''}: bản ghi là Markdown thuần, hãy viết lại không dùng thẻ HTML`,
    ];
  }
  if (node.type === 'table') {
    const columns = node.children?.[0]?.children?.length ?? 0;
    const cells = columns * (node.children?.length ?? 0);
    return cells > MARKDOWN_LIMITS.tableCells
      ? [
          `dòng ${line}: bảng có ${numberVi(cells)} ô (${columns} cột), vượt giới hạn ${numberVi(MARKDOWN_LIMITS.tableCells)} ô: chia thành nhiều bảng nhỏ`,
        ]
      : [];
  }
  const linking = node.type === 'link' || node.type === 'image' || node.type === 'definition';
  if (!linking || node.url === undefined) return [];
  if (node.url.length > MARKDOWN_LIMITS.urlChars)
    return [
      `dòng ${line} có địa chỉ liên kết dài ${numberVi(node.url.length)} ký tự, vượt giới hạn ${numberVi(MARKDOWN_LIMITS.urlChars)}: kiểm tra lại địa chỉ`,
    ];
  if (!isSafeHref(node.url))
    return [
      `dòng ${line} có liên kết tới "${node.url.slice(0, 40)}": chỉ được liên kết tới địa chỉ http(s), mailto và địa chỉ trong trang này`,
    ];
  if (node.type === 'image' && /^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(node.url.trim()))
    // The site's Content Security Policy loads images from the site only (img-src 'self'), and
    // an outside image would tell another server who reads the page.
    return [
      `dòng ${line} hiển thị ảnh từ trang khác ("${node.url.slice(0, 40)}"): bản ghi chỉ được hiển thị ảnh của trang này; hãy đặt liên kết tới ảnh ([ảnh](…))`,
    ];
  return [];
}
