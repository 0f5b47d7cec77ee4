/** Reads the interface's words: `t('nav.meetings')`, `t('list.page', { n: 2, total: 5 })`. */
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey } from './vi.ts';

/** The Vietnamese text of `key`, with each `{name}` replaced by `values[name]`. A missing value throws, so a half-filled string never reaches a page. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`t('${key}') needs a value for {${name}}`);
    return String(value);
  });
}
