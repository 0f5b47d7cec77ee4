/**
 * `npm run generate -- --out DIR [--meetings N] [--communes N] [--seed S] …`: writes a synthetic
 * archive (clearly marked "[Dữ liệu tổng hợp]") into DIR, to build with `CONTENT_DIR=DIR`.
 * Sizes not given follow `--meetings` (default 1000) in the proportions of `sizeForMeetings`.
 * Never writes into content/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateArchive,
  SIZE_KEYS,
  sizeForMeetings,
  type ArchiveSize,
} from '../src/tools/synthetic/generate.ts';
import { writeArchive } from '../src/tools/synthetic/write.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

handleUnexpectedErrors();
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: 'ntm' },
    ...Object.fromEntries(SIZE_KEYS.map((key) => [key, { type: 'string' as const }])),
  },
});
if (!values.out) {
  console.error(
    `usage: npm run generate -- --out DIR [--seed S] ${SIZE_KEYS.map((k) => `[--${k} N]`).join(' ')}`,
  );
  process.exit(2);
}
const given = values as Record<string, string | undefined>;
const size: ArchiveSize = sizeForMeetings(Number(given.meetings ?? 1000));
for (const key of SIZE_KEYS) if (given[key] !== undefined) size[key] = Number(given[key]);

const start = performance.now();
const archive = generateArchive({ ...size, seed: values.seed });
writeArchive(
  values.out,
  archive,
  resolve('content'),
  `seed: ${values.seed}\n${JSON.stringify(size)}\n`,
);
console.log(
  `Wrote ${archive.size} synthetic records to ${values.out} in ${((performance.now() - start) / 1000).toFixed(1)} s (seed ${values.seed}: ${SIZE_KEYS.map((k) => `${size[k]} ${k}`).join(', ')}).`,
);
