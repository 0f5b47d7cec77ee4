// Astro's own glob() loader over the generated meetings: the way a plain Astro site reads Markdown.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env.BASELINE_MEETINGS;
if (!base) throw new Error('BASELINE_MEETINGS must name the meetings folder');

export const collections = {
  meetings: defineCollection({
    loader: glob({ pattern: '**/*.md', base }),
    schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string() }),
  }),
};
