/**
 * "Newest first" comes from the build's own order file, not from Pagefind's page metadata, which
 * every first query downloads: the file lists every dated record page by date, newest first, and
 * the metadata carries no sort (src/search/date-order.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DATE_ORDER_FILE, type DateGroups } from '../../src/search/date-order.ts';
import { readFragments, readPagefindText } from '../support/pagefind-files.ts';

const pagefindDir = join(inject('siteDir'), 'pagefind');

describe('the date order of search results', () => {
  const groups = JSON.parse(readFileSync(join(pagefindDir, DATE_ORDER_FILE), 'utf8')) as DateGroups;
  const order = groups.flatMap(([, ...ids]) => ids);
  const dates = new Map(
    readFragments(pagefindDir).map((fragment) => [fragment.id, fragment.meta.date]),
  );

  test('lists every dated record page once, newest first', () => {
    const dated = [...dates].filter(([, date]) => date).map(([id]) => id);
    expect([...order].sort()).toEqual(dated.sort());
    const listed = order.map((id) => dates.get(id)!);
    expect(listed).toEqual([...listed].sort().reverse());
    for (const [date, ...ids] of groups) for (const id of ids) expect(dates.get(id)).toBe(date);
  });

  test('is not part of the page metadata every first query downloads', () => {
    const meta = readdirSync(pagefindDir).find((name) => name.endsWith('.pf_meta'))!;
    // "date" is named once, in the list of metadata fields; Pagefind's sort would name it again
    // before the order of every page.
    expect(readPagefindText(join(pagefindDir, meta)).split('date').length - 1).toBe(1);
  });
});
