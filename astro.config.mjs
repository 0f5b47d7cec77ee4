// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { RECORD_MARKDOWN_FEATURES } from './src/records/markdown-safety.ts';

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
  // Content Security Policy (docs/decisions/0008-content-security-policy.md): Astro writes a
  // <meta http-equiv="content-security-policy"> into every page with the hashes of that page's
  // inline scripts and styles, so neither needs 'unsafe-inline'. 'wasm-unsafe-eval' lets
  // Pagefind compile its WebAssembly (it does not allow eval()); its worker is a same-origin
  // file. nginx adds what a <meta> cannot carry (frame-ancestors): scripts/nginx/ntm-records.conf.
  // Shiki colours code with inline style attributes, which the CSP forbids; records have no code.
  // Records are rendered with exactly the features the safety check parses them with
  // (src/records/markdown-safety.ts): one Markdown pipeline, so what the check calls text is text.
  markdown: {
    processor: satteri({ features: RECORD_MARKDOWN_FEATURES }),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
