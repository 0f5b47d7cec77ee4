/**
 * Builds the default site once for the `site` project (every test that reads a built site), into
 * `.build/test-site` (so a developer's own `dist/` is left alone), with a fixed build date so
 * that task states ("overdue") do not depend on the day the tests run.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../src/build/pipeline.ts';

export const TEST_BUILD_DATE = '2026-11-22';

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '..');
  const siteDir = resolve(root, '.build/test-site');
  process.env.BUILD_DATE = TEST_BUILD_DATE;
  project.provide('siteDir', siteDir);
  project.provide('buildDate', TEST_BUILD_DATE);
  const report = await buildSite({
    contentDir: resolve(root, 'content'),
    root,
    distDir: siteDir,
    log: () => {},
  });
  if (!report.ok)
    throw new Error(`The default content does not validate:\n${report.validationReport}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    buildDate: string;
  }
}
