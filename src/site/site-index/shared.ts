/** Small helpers the sections of the site index share: filling map lists, newest-first order. */
import { compareVietnamese } from '../../domain/collate.ts';

/** Appends `value` to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Appends `value` to the list under `key` unless it is already there. */
export function pushUnique<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value && !list.includes(value)) list.push(value);
}

/** Dated records, newest first; undated ones last; ties in Vietnamese order of their titles. */
export function newestFirst(
  a: { date?: string | undefined; title?: string | undefined },
  b: { date?: string | undefined; title?: string | undefined },
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareVietnamese(a.title ?? '', b.title ?? '');
}
