/**
 * Records are data, not code: their Markdown may not carry raw HTML, and links may only go to
 * web addresses, e-mail or the site itself. The validator reports offenders, and the content
 * loader (`src/records/loader.ts`) refuses to render them, as a second line.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

/** Link protocols a record may use. Relative links (`/van-ban/…`) are always allowed. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** True when `href` is relative or uses a safe protocol. */
export function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme
  const compact = href.replace(/[\u0000-\u0020]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  return match === null || SAFE_LINK_PROTOCOLS.includes(`${match[1]!.toLowerCase()}:`);
}

/** What in a Markdown body is not allowed, one message per finding, with its line in the file (`firstLine`: the body's first line). */
export function findUnsafeMarkdown(body: string, firstLine = 1): string[] {
  const problems = new Set<string>();
  const visit = (node: {
    type: string;
    value?: string;
    url?: string;
    position?: { start: { line: number } };
    children?: unknown[];
  }) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    if (node.type === 'html') {
      const tag = /<\/?\s*([a-zA-Z][\w-]*)/.exec(node.value ?? '')?.[1];
      problems.add(
        `dòng ${line} có mã HTML${tag ? ` (<${tag}>)` : ''}: bản ghi là Markdown thuần, hãy viết lại không dùng thẻ HTML`,
      );
    }
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.url !== undefined &&
      !isSafeHref(node.url)
    ) {
      problems.add(
        `dòng ${line} có liên kết tới "${node.url.slice(0, 40)}": chỉ được liên kết tới địa chỉ http(s), mailto và địa chỉ trong trang này`,
      );
    } else if (
      node.type === 'image' &&
      node.url !== undefined &&
      /^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(node.url.trim())
    ) {
      // The site's Content Security Policy loads images from the site only (img-src 'self'), and
      // an outside image would tell another server who reads the page.
      problems.add(
        `dòng ${line} hiển thị ảnh từ trang khác ("${node.url.slice(0, 40)}"): bản ghi chỉ được hiển thị ảnh của trang này; hãy đặt liên kết tới ảnh ([ảnh](…))`,
      );
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(body) as unknown as Parameters<typeof visit>[0]);
  return [...problems];
}
