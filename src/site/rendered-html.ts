/**
 * Small, safe adjustments to the HTML the Markdown renderer made from a record's body. Record
 * bodies never contain raw HTML (docs/decisions/0003), so tags here are the renderer's own.
 */

/**
 * Renumbers the headings of `html` so the highest becomes `h{top}` and each next level used
 * becomes the next number (h1, h3 → h3, h4 with `top` 3; capped at h6): a body written with "#"
 * or "##" then sits under the page's own h1 and section heading, with no level skipped.
 */
export function shiftHeadings(html: string, top: number): string {
  const used = [...new Set([...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1])))].sort(
    (a, b) => a - b,
  );
  if (used.length === 0) return html;
  const newLevel = new Map(used.map((level, rank) => [level, Math.min(6, top + rank)]));
  return html.replace(
    /<(\/?)h([1-6])([\s>])/g,
    (_, slash: string, level: string, after: string) =>
      `<${slash}h${newLevel.get(Number(level)) ?? level}${after}`,
  );
}
