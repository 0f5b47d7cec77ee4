import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit`: plain modules over fixtures, no build, no browser (`npm run test:unit`,
 * the inner loop). Its files share the modules they import within a worker (`isolate: false`):
 * they mock nothing and set no globals, and importing zod, yaml and the schemas once per worker
 * instead of once per file cuts the run's CPU time by about two thirds. `site`: everything that needs a built site, a browser, nginx or a child
 * process; `tests/global-setup.ts` builds the default site once for all of them.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
