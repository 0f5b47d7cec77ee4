/**
 * The steps run on the staging folder after Astro and Pagefind, in order. Add a step here to
 * make the build write something more from the built site (compressed copies, …). A step that
 * needs the records reads them from `contentDir`: the pipeline does not keep them in memory
 * (the open-data export is written while they are parsed: src/build/validate-and-export.ts).
 */
import type { PostBuildStep } from './pipeline.ts';
import { precompressStep } from './precompress.ts';

export const POST_BUILD_STEPS: PostBuildStep[] = [
  precompressStep /* last: compresses what the others wrote */,
];
