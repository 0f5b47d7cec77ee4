/** Where the records live: `content/` in the project, or the folder named by `CONTENT_DIR`. */
import { resolve } from 'node:path';

/** The absolute path of the content folder, from `CONTENT_DIR` or `./content`. */
export function resolveContentDir(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): string {
  return resolve(
    cwd,
    env.CONTENT_DIR && env.CONTENT_DIR.trim() !== '' ? env.CONTENT_DIR : 'content',
  );
}
