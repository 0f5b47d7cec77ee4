/**
 * The steps run on the staging folder after Astro and Pagefind, in order. Add a step here to
 * make the build write something more (open data, compressed copies, …).
 */
import { openDataStep } from './open-data.ts';
import type { PostBuildStep } from './pipeline.ts';
import { precompressStep } from './precompress.ts';

export const POST_BUILD_STEPS: PostBuildStep[] = [openDataStep, precompressStep /* last: compresses what the others wrote */];
