// @ts-check
// The plain Astro baseline of the benchmark: one page per meeting, nothing else. scripts/bench.ts
// copies this folder into .build/bench/<size>/baseline/ and builds it with BASELINE_MEETINGS
// naming the generated meetings folder.
import { defineConfig } from 'astro/config';

// No telemetry, as for the site itself (docs/decisions/0017-no-telemetry.md).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  site: 'https://baseline.invalid',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
