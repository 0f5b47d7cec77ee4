/**
 * Two builds of the same content give the same bytes: the default site built by
 * tests/global-setup.ts (warm Astro cache) and a second build from scratch (its own cold cache
 * and staging folder) are compared file by file; compressed copies must be byte-identical too,
 * or, where a warm build reused an earlier build's copy, decode to the same bytes.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, inject, test } from 'vitest';
import { buildInChild, trustWorkDir } from './support/build-site.ts';
import { hashTree } from './support/hash-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let work: string | undefined;

/** True when two .gz or .br files decode to the same bytes. */
function sameDecoded(fileA: string, fileB: string): boolean {
  const decode = fileA.endsWith('.br')
    ? brotliDecompressSync
    : fileA.endsWith('.gz')
      ? gunzipSync
      : undefined;
  return decode !== undefined && decode(readFileSync(fileA)).equals(decode(readFileSync(fileB)));
}

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
    // Justified difference: a build reuses the previous build's .gz/.br of an unchanged file
    // (src/build/precompress.ts), so after a change of compression settings a warm build may
    // keep older, equally valid encodings. Those must still decode to the same bytes.
    .filter(
      (path) =>
        !(a[path] && b[path] && sameDecoded(join(inject('siteDir'), path), join(second, path))),
    )
    .map(
      (path) =>
        `${path}: ${a[path] === undefined ? 'only in the second build' : b[path] === undefined ? 'only in the first build' : 'different bytes'}`,
    );
  expect(differences).toEqual([]);
  expect(Object.keys(a).length).toBeGreaterThan(10);
}, 600_000);
