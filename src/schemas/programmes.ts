/** Programmes: the national and local programmes that records concern (NTM, garden renovation, …). */
import { z } from 'astro/zod';
import { text } from './shared.ts';

export function programmeSchema() {
  return z.strictObject({
    /** Record kind; always `programme`. Default: `programme`. */
    type: z.literal('programme').default('programme'),
    /** Full name (e.g. "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"). */
    name: text,
    /** Short name for lists and filters (e.g. "Nông thôn mới"). */
    shortName: text,
    /** One or two sentences for readers. Default: none. */
    description: text.optional(),
  });
}
export type Programme = z.output<ReturnType<typeof programmeSchema>>;
