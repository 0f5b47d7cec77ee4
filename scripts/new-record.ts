/**
 * `npm run new -- <kind> [name] [--out DIR]`: writes a skeleton record with every field
 * explained, into the drafts folder (default `drafts/<collection folder>/`), never over an
 * existing file. Kinds: meeting, document, plan, assessment, statistics, place, body,
 * programme, criteria-set (or the Vietnamese section words: cuoc-hop, van-ban, …).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { SKELETON_ALIASES, SKELETONS, renderSkeleton } from '../src/records/skeletons.ts';
import { handleUnexpectedErrors } from '../src/commands/unexpected-errors.ts';

handleUnexpectedErrors();
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = resolve(outAt >= 0 ? (args[outAt + 1] ?? 'drafts') : 'drafts');
const [kind, name] = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
const collection = kind === undefined ? undefined : SKELETON_ALIASES[kind];
if (!collection) {
  console.error(
    `Usage: npm run new -- <kind> [name] [--out DRAFTS_FOLDER]\nKinds: ${[...new Set(Object.keys(SKELETON_ALIASES).filter((k) => !k.includes('-') || k === 'criteria-set'))].join(', ')}`,
  );
  process.exit(2);
}
const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
const stem = name ?? `moi-${today}`;
if (!/^[a-z0-9]+(?:[-_/][a-z0-9]+)*$/.test(stem)) {
  console.error(
    `"${stem}" cannot be a file name in an address: use lower-case ASCII letters, digits and hyphens (e.g. 2023-07-11-hop-to-cong-tac).`,
  );
  process.exit(2);
}
const spec = COLLECTIONS[collection];
const file = join(outDir, spec.folder, `${stem}.${spec.format === 'markdown' ? 'md' : 'yaml'}`);
if (existsSync(file)) {
  console.error(
    `${file} already exists; nothing was written. Give another name: npm run new -- ${kind} <name>`,
  );
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderSkeleton(SKELETONS[collection]), { flag: 'wx' });
console.log(
  `Wrote ${file}.\nFill in every «…», then move it into content/${spec.folder}/ and run: npm run validate`,
);
