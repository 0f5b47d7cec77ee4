// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The build pipeline (scripts/build.ts) builds into a staging folder and swaps it into dist/
// only when every stage succeeded; NTM_OUT_DIR names that folder.
export default defineConfig({
  site: process.env.SITE_URL || 'https://ntm-records.org',
  outDir: process.env.NTM_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // MDX is for pages developers write in src/pages; records are plain Markdown (see docs/decisions).
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
