/** Votes taken at a meeting (an appraisal council's ballot on recognising communes). */
import { z } from 'astro/zod';
import { text, type ReferenceFactory } from './shared.ts';

/** What a share of votes is counted out of: the members present, or all members of the body. */
export const VOTE_BASES = { present: 'thành viên có mặt', members: 'tổng số thành viên' } as const;

const count = (description: string, example: number) =>
  z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta({ description, examples: [example] });

/** The counts of a vote, each only as the source states it. */
function voteCounts() {
  return {
    for: count('Số phiếu đồng ý. Mặc định: bài không ghi.', 11),
    against: count('Số phiếu không đồng ý. Mặc định: bài không ghi.', 0),
    abstain: count('Số phiếu không biểu quyết (trắng). Mặc định: bài không ghi.', 0),
    present: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'Số thành viên có mặt. Mặc định: bài không ghi.', examples: [11] }),
    members: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'Tổng số thành viên. Mặc định: bài không ghi.', examples: [13] }),
    percent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({
        description:
          'Tỷ lệ đồng ý, tính bằng %, như bài ghi (100 với "100% thành viên đồng ý"). Mặc định: bài không ghi.',
        examples: [100],
      }),
    percentOf: z
      .enum(['present', 'members'], { error: 'phải là present hoặc members' })
      .optional()
      .meta({
        description:
          '`percent` tính trên ai: present (thành viên có mặt) hoặc members (tổng số thành viên). Mặc định: bài không ghi.',
        examples: ['present'],
      }),
  };
}

/**
 * One vote: only what the source states; a count or a percentage it does not give is left out,
 * never computed.
 */
export function voteSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      subject: text.meta({
        description:
          'Nội dung biểu quyết, theo lời bài (vd "Đề nghị công nhận 4 xã đạt chuẩn nông thôn mới").',
        examples: ['Đề nghị công nhận xã Kỳ Lạc đạt chuẩn nông thôn mới'],
      }),
      places: z
        .array(reference('places'))
        .default([])
        .meta({
          description: 'Các đơn vị được biểu quyết (id trong content/places/). Mặc định: không có.',
          examples: [['ha-tinh/ky-anh/ky-lac']],
        }),
      ...voteCounts(),
      note: text.optional().meta({
        description: 'Ghi chú cho người đọc. Mặc định: không có.',
        examples: ['Bỏ phiếu kín.'],
      }),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.for === undefined && v.against === undefined && v.percent === undefined)
        issue(
          'for',
          'ghi kết quả bỏ phiếu như bài nêu: `for` (số phiếu đồng ý) hoặc `percent` (tỷ lệ đồng ý); bài chỉ nói "thống nhất cao" thì không ghi phiếu, chỉ ghi trong tóm tắt',
        );
      const cast = (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0);
      if (v.present !== undefined && cast > v.present)
        issue(
          'present',
          `số phiếu (${cast}) nhiều hơn số thành viên có mặt (${v.present}): kiểm tra lại các con số`,
        );
      if (v.members !== undefined && (v.present ?? cast) > v.members)
        issue(
          'members',
          `số thành viên có mặt hoặc số phiếu (${v.present ?? cast}) nhiều hơn tổng số thành viên (${v.members}): kiểm tra lại các con số`,
        );
      const base = v.percentOf === undefined ? undefined : v[v.percentOf];
      if (v.percent !== undefined && v.for !== undefined && base !== undefined) {
        const computed = (v.for / base) * 100;
        if (Math.abs(computed - v.percent) > 1)
          issue(
            'percent',
            `${v.for}/${base} ${VOTE_BASES[v.percentOf!]} là ${computed.toFixed(1)}%, không phải ${v.percent}%: kiểm tra lại số phiếu hoặc tỷ lệ`,
          );
      }
    });
}
export type Vote = z.output<ReturnType<typeof voteSchema>>;
