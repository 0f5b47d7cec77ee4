/**
 * The Astro loader for every record collection. It reads files with the same reader the
 * validator uses (`src/records/read.ts`), so Astro sees exactly the normalised text that
 * was validated (NFC, no BOM, LF line ends). Astro's `glob()` would read the files itself and
 * skip that normalisation; see docs/decisions/0002-one-reader-for-validator-and-site.md.
 *
 * Entries whose file is unchanged keep their stored, already-rendered copy, so a rebuild after
 * one record changes renders one record.
 */
import type { Loader } from 'astro/loaders';
import { isAbsolute, join } from 'node:path';
import { COLLECTIONS, EXTENSIONS, type CollectionName } from '../schemas/index.ts';
import { resolveContentDir } from './content-dir.ts';
import { formatIssue } from './issues.ts';
import { findUnsafeMarkdown } from './markdown-safety.ts';
import { readCollectionFolder } from './read.ts';

export function recordsLoader(collection: CollectionName): Loader {
  return {
    name: `ntm-records:${collection}`,
    async load(context) {
      const { store } = context;
      const spec = COLLECTIONS[collection];
      const contentDir = resolveContentDir();
      const { records, issues } = readCollectionFolder(
        join(contentDir, spec.folder),
        spec.format,
        EXTENSIONS[spec.format],
        process.cwd(),
        contentDir,
      );
      // `npm run build` validates first; this only guards a direct `astro build`.
      if (issues.length > 0)
        throw new Error(
          `Có bản ghi không hợp lệ (chạy npm run validate để xem cách sửa):\n${issues.map(formatIssue).join('\n')}`,
        );
      const keep = new Set<string>();
      for (const raw of records) {
        keep.add(raw.id);
        const digest = context.generateDigest(raw.text);
        if (store.get(raw.id)?.digest === digest) continue;
        // Astro wants file paths inside the project; a CONTENT_DIR elsewhere gets none.
        const filePath = isAbsolute(raw.file) ? undefined : raw.file;
        const data = await context.parseData({
          id: raw.id,
          data: raw.data,
          ...(filePath ? { filePath } : {}),
        });
        const entry: Parameters<typeof store.set>[0] = {
          id: raw.id,
          data,
          digest,
          ...(filePath ? { filePath } : {}),
        };
        if (raw.body !== undefined) {
          // Records are data: raw HTML and unsafe links never reach the renderer (docs/decisions/0003).
          const unsafe = findUnsafeMarkdown(raw.body, raw.bodyLine);
          if (unsafe.length > 0) throw new Error(`${raw.file}: ${unsafe.join('; ')}`);
          entry.body = raw.body;
          entry.rendered = await context.renderMarkdown(raw.body);
        }
        store.set(entry);
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
