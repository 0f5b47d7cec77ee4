/**
 * Two builds of the same content give the same bytes: the default site built by
 * tests/global-setup.ts (warm Astro cache) and a second build from scratch (its own cold cache
 * and staging folder) are compared file by file, compressed copies included.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { buildInChild, trustWorkDir } from './support/build-site.ts';
import { hashTree } from './support/hash-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string | undefined;

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a second build of the same content is byte-identical', () => {
  work = trustWorkDir('twice');
  const second = join(work, 'dist');
  buildInChild(join(ROOT, 'content'), second, inject('buildDate'));
  const a = hashTree(inject('siteDir'));
  const b = hashTree(second);
  const differences = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .filter((path) => a[path] !== b[path])
    .map((path) => `${path}: ${a[path] === undefined ? 'only in the second build' : b[path] === undefined ? 'only in the first build' : 'different bytes'}`);
  expect(differences).toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(10);
}, 600_000);
