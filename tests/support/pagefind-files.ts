/** Reading the Pagefind files of a built site in tests, whether stored gzip or uncompressed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A Pagefind file's text without gzip and without its `pagefind_dcd` signature. */
export function readPagefindText(file: string): string {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return bytes.toString('utf8').replace(/^pagefind_dcd/, '');
}

/** One indexed page as its fragment stores it; `id` is Pagefind's page id (the fragment's name). */
export interface StoredFragment {
  id: string;
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Every fragment under `<pagefindDir>/fragment/`. */
export function readFragments(pagefindDir: string): StoredFragment[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const stored = JSON.parse(readPagefindText(join(dir, name))) as Omit<StoredFragment, 'id'>;
      return { id: name.replace(/\.pf_fragment$/, ''), ...stored, filters: stored.filters ?? {} };
    });
}
