/** Reads the interface's words: `t('nav.meetings')`, `t('list.page', { n: 2, total: 5 })`. */
import { searchStrings, vi, type MessageKey } from './vi.ts';

export type { MessageKey } from './vi.ts';

/** The Vietnamese text of `key`, with each `{name}` replaced by `values[name]`. A missing value throws, so a half-filled string never reaches a page. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillIn(key, vi[key], values);
}

/**
 * `t()` for the search scripts that run in the browser: it reads only `searchStrings`, so a
 * bundle that imports it leaves the rest of the dictionary out.
 */
export function tSearch(
  key: keyof typeof searchStrings,
  values: Record<string, string | number> = {},
): string {
  return fillIn(key, searchStrings[key], values);
}

function fillIn(key: string, text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`t('${key}') needs a value for {${name}}`);
    return String(value);
  });
}
