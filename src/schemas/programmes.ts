/** Programmes: the national and local programmes that records concern (NTM, garden renovation, …). */
import { z } from 'astro/zod';
import { text } from './shared.ts';

export function programmeSchema() {
  return z.strictObject({
    type: z.literal('programme').default('programme').meta({
      description: 'Loại bản ghi; luôn là programme. Mặc định: programme.',
    }),
    name: text.meta({
      description: 'Tên đầy đủ (vd "Chương trình mục tiêu quốc gia xây dựng nông thôn mới").',
      examples: ['Chương trình mục tiêu quốc gia xây dựng nông thôn mới'],
    }),
    shortName: text.meta({
      description: 'Tên ngắn cho danh sách và bộ lọc (vd "Nông thôn mới").',
      examples: ['Nông thôn mới'],
    }),
    description: text.optional().meta({
      description: 'Một hai câu giới thiệu cho người đọc. Mặc định: không có.',
      examples: ['Chương trình mục tiêu quốc gia về xây dựng nông thôn mới.'],
    }),
  });
}
export type Programme = z.output<ReturnType<typeof programmeSchema>>;
