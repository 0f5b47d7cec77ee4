/**
 * Turns zod issues into messages a clerk can act on. Schemas give their own message where the
 * fix is specific; this covers zod's generic codes (missing field, wrong type, unknown field).
 */
import type { z } from 'astro/zod';
import { formatFieldPath, type ValidationIssue } from './issues.ts';

function describeValue(input: unknown): string {
  if (input === undefined) return 'để trống';
  if (input === null) return 'một giá trị trống';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'object') return 'một nhóm trường';
  if (typeof input === 'string')
    return `đoạn chữ "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number') return `số ${String(input)}`;
  if (typeof input === 'boolean') return `giá trị ${input ? 'true' : 'false'}`;
  return `giá trị kiểu ${typeof input}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (các dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường',
};

// Zod's own English texts (schemas in src/schemas/ word their messages in Vietnamese).
const ZOD_DEFAULT = /^(Invalid|Too (small|big))\b/;

/** Vietnamese for zod's generic limits and choices, where a schema gives no message of its own. */
function genericMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'không được để trống' : `cần ít nhất ${min} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `cần ít nhất ${min} mục`;
      return issue.inclusive === false ? `phải lớn hơn ${min}` : `không được nhỏ hơn ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `dài quá ${max} ký tự: viết ngắn lại`;
      if (issue.origin === 'array' || issue.origin === 'set') return `nhiều nhất ${max} mục`;
      return issue.inclusive === false ? `phải nhỏ hơn ${max}` : `không được lớn hơn ${max}`;
    }
    case 'invalid_value':
      return `phải là một trong các giá trị: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    default:
      return 'giá trị không đúng cách viết: xem docs/records.md';
  }
}

/** Converts one zod issue, found in `file`, into a validation issue. */
export function zodIssueToValidationIssue(
  file: string,
  issue: z.core.$ZodIssue,
): ValidationIssue[] {
  const field = formatFieldPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        return [
          {
            file,
            field,
            message: `thiếu trường bắt buộc: thêm \`${String(issue.path.at(-1) ?? field)}:\``,
          },
        ];
      }
      // A schema's own `error` text wins over the generic one.
      if (!ZOD_DEFAULT.test(issue.message)) return [{ file, field, message: issue.message }];
      return [
        {
          file,
          field,
          message: `phải là ${TYPE_WORDS[issue.expected] ?? issue.expected} nhưng đang ghi ${describeValue(input)}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        file,
        field: formatFieldPath([...issue.path, key]),
        message: `trường "${key}" không có trong mẫu bản ghi: kiểm tra chính tả theo docs/records.md, hoặc xoá trường này (trường lạ không được đăng)`,
      }));
    case 'invalid_key':
      // A record key that fails its own schema: its message says what a key must look like.
      return [{ file, field, message: issue.issues[0]?.message ?? issue.message }];
    default:
      return [
        {
          file,
          field,
          message: ZOD_DEFAULT.test(issue.message) ? genericMessage(issue) : issue.message,
        },
      ];
  }
}
