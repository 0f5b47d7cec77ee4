/**
 * Runs `astro build` for the pipeline in a process of its own:
 * `node src/build/astro-build.ts ROOT OUT_DIR CACHE_DIR`, with CONTENT_DIR in the environment.
 * Astro's memory (its content store, the bundler, every page's render state) then ends with this
 * process, before Pagefind starts; in the pipeline's own process it stayed allocated to the end
 * and added to Pagefind's (see docs/decisions/0010-benchmark-method.md). Exits 1 on failure.
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('usage: node src/build/astro-build.ts ROOT OUT_DIR CACHE_DIR');
  process.exit(2);
}
process.env.NTM_OUT_DIR = outDir;
// Astro sends anonymous usage data unless told not to; no build may fetch or send anything.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root, outDir, cacheDir, logLevel: 'warn' });
} catch (error) {
  console.error(error);
  process.exit(1);
}
