/**
 * YAML and JSON text → plain data, refusing what either format would change silently: a number
 * written in a form read as another value (`0x1F` read as 31, `1e3`, `007`, thirty digits rounded),
 * a JSON key written twice (JSON.parse keeps the last, as YAML would refuse), an alias that
 * expands without end, text nested without end, and characters a record may not hold.
 * Whole-file problems are an `error`; problems in one value are `problems`, each with its field.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { findForbiddenCharacter, forbiddenCharacterMessage } from './characters.ts';
import { formatFieldPath } from './issues.ts';

/** How many times aliases (`*name`) may be expanded in one file; more is refused (a "billion laughs"). */
export const MAX_YAML_ALIASES = 100;

/** How deep lists and groups of fields may nest in a record. Real records nest four or five levels. */
export const MAX_DATA_DEPTH = 32;

/** A problem in one value of a record. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Parsed data with the problems of single values, or why the text could not be read at all. */
export type ParsedData = { data: unknown; problems: FieldProblem[] } | { error: string };

type Path = Array<string | number>;

/**
 * Numbers as the records accept them: decimal digits, a minus sign, a decimal point. Anything
 * else a YAML or JSON reader turns into a number (hex, octal, exponents, a leading + or 0,
 * infinity) would be read as a value the clerk did not write.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Why the number written as `source` is refused, or undefined when it reads as written. */
export function numberProblem(source: string, value: number): string | undefined {
  const text = source.trim();
  if (PLAIN_NUMBER.test(text)) {
    const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
    if (!text.includes('.') && !Number.isSafeInteger(value))
      return `số ${text} quá lớn để giữ chính xác (lớn nhất là ${Number.MAX_SAFE_INTEGER}): kiểm tra lại; nếu đây là một mã chứ không phải số, đặt nó trong dấu ngoặc kép`;
    if (text.includes('.') && digits.length > 15)
      return `số ${text} có quá nhiều chữ số để giữ chính xác (tối đa 15 chữ số): làm tròn bớt; nếu đây là một mã, đặt nó trong dấu ngoặc kép`;
    return undefined;
  }
  const reads = Number.isFinite(value) ? ` (sẽ được đọc thành ${value})` : '';
  if (/^[-+]?0[xob]/i.test(text))
    return `số "${text}" không viết ở hệ thập phân${reads}: viết số thập phân${Number.isFinite(value) ? `, ví dụ ${value}` : ''}; nếu đây là một mã, đặt nó trong dấu ngoặc kép`;
  if (/e/i.test(text) && Number.isFinite(value))
    return `số "${text}" viết dạng lũy thừa${reads}: viết đầy đủ các chữ số, ví dụ ${value}`;
  if (/^\+/.test(text)) return `số "${text}" có dấu + ở đầu: bỏ dấu +`;
  if (/^-?\d*\.\d*$/.test(text))
    return `số "${text}" thiếu chữ số ở một bên dấu chấm${reads}: viết đầy đủ, ví dụ ${value}`;
  if (/^-?0\d/.test(text))
    return `số "${text}" có chữ số 0 ở đầu${reads}: bỏ số 0 ở đầu; nếu đây là một mã (như "042"), đặt nó trong dấu ngoặc kép`;
  return `"${text}" không phải một số cụ thể: ghi một số thập phân, hoặc đặt trong dấu ngoặc kép nếu đây là chữ`;
}

// The yaml library's commonest errors, said for a clerk; others keep the library's English text.
const YAML_ERRORS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'một trường được ghi hai lần',
  BAD_INDENT: 'thụt đầu dòng không đúng, hoặc thiếu dấu đóng ngoặc',
  TAB_AS_INDENT: 'dùng phím Tab để thụt đầu dòng: thay bằng dấu cách',
  MISSING_CHAR: 'thiếu dấu đóng ngoặc kép hoặc dấu đóng ngoặc',
  MULTILINE_IMPLICIT_KEY: 'thụt đầu dòng hoặc dấu hai chấm không đúng chỗ',
  BLOCK_AS_IMPLICIT_KEY: 'thụt đầu dòng hoặc dấu hai chấm không đúng chỗ',
  BAD_SCALAR_START:
    'giá trị bắt đầu bằng ký tự không được phép (như `, @ hoặc %): đặt giá trị trong dấu ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu \\ trong ngoặc kép viết không đúng',
  MULTIPLE_DOCS: 'có thêm một dòng "---" ở giữa',
  RESOURCE_EXHAUSTION: 'các nhóm trường lồng nhau quá sâu',
};

/** The numbers of a YAML document written in a form that reads as another value, with their fields. */
function yamlNumberProblems(root: YamlNode | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<[YamlNode | null | undefined, Path]> = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (isScalar(node)) {
      if (typeof node.value === 'number' && node.source !== undefined) {
        const problem = numberProblem(String(node.source), node.value);
        if (problem) problems.push({ field: formatFieldPath(path), message: problem });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        // A key is checked as a value of its own field: `statuses: { 0x2: dat }`.
        stack.push([pair.key as YamlNode, [...path, key]]);
        stack.push([pair.value as YamlNode, [...path, key]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push([item as YamlNode, [...path, i]]));
    } else if (isAlias(node)) {
      // The anchored node is checked where it is written.
    }
  }
  return problems;
}

/** YAML text → data. `offsetLines`: lines of the file before the text, for messages. */
export function yamlToData(source: string, offsetLines: number): ParsedData {
  // The core schema keeps 2023-07-11 as text (YAML 1.1 would turn it into a timestamp).
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    // An unclosed quote is only noticed at the end of the text, one line past the last: never
    // name a line the file does not have.
    const lastLine = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const line = Math.min(first.linePos?.[0]?.line ?? 1, Math.max(lastLine, 1)) + offsetLines;
    // yaml's own text ends with its position ("… at line 4, column 1:"); we give the line ourselves.
    const what =
      YAML_ERRORS[first.code] ??
      first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      error: `không đọc được YAML ở gần dòng ${line} (${what}): kiểm tra thụt đầu dòng, dấu hai chấm và dấu ngoặc kép`,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      return {
        error: `YAML dùng bí danh (*tên) để lặp lại giá trị quá nhiều lần (quá ${MAX_YAML_ALIASES} lần), làm bản ghi phình ra: viết giá trị ra đầy đủ thay vì dùng & và *`,
      };
    throw error;
  }
  const depth = dataDepthProblem(data);
  if (depth) return { error: depth };
  return { data, problems: [...yamlNumberProblems(doc.contents), ...characterProblems(data)] };
}

/**
 * The problems JSON.parse passes over in valid JSON: a key written twice in one object (it keeps
 * the last value), and numbers that read as another value. A scan of the text, once it is known
 * to be valid JSON.
 */
function jsonTextProblems(text: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  type Frame = { keys: Set<string>; key?: string } | { index: number };
  const frames: Frame[] = [];
  const path = (): Path =>
    frames.flatMap((f): Path => ('index' in f ? [f.index] : f.key === undefined ? [] : [f.key]));
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      const top = frames.at(-1);
      if (expectKey && top && 'keys' in top) {
        if (top.keys.has(value))
          problems.push({
            field: formatFieldPath([...path().slice(0, -1), value]),
            message: 'một trường được ghi hai lần trong cùng một nhóm: giữ một lần, xoá lần kia',
          });
        top.keys.add(value);
        top.key = value;
        expectKey = false;
      }
      i = end + 1;
    } else if (ch === '{') {
      frames.push({ keys: new Set() });
      expectKey = true;
      i++;
    } else if (ch === '[') {
      frames.push({ index: 0 });
      i++;
    } else if (ch === '}' || ch === ']') {
      frames.pop();
      i++;
    } else if (ch === ',') {
      const top = frames.at(-1);
      if (top && 'index' in top) top.index++;
      else expectKey = true;
      i++;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const number = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i, i + 400))![0];
      const problem = numberProblem(number, Number(number));
      if (problem) problems.push({ field: formatFieldPath(path()), message: problem });
      i += number.length;
    } else {
      i++;
    }
  }
  return problems;
}

/** JSON text → data, with the same refusals as YAML. */
export function jsonToData(text: string): ParsedData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      error: `không đọc được JSON (${(e as Error).message}): kiểm tra dấu phẩy, dấu ngoặc kép và dấu ngoặc`,
    };
  }
  const depth = dataDepthProblem(data);
  if (depth) return { error: depth };
  return { data, problems: [...jsonTextProblems(text), ...characterProblems(data)] };
}

/** Why `data` nests too deep to be a record, or undefined. */
function dataDepthProblem(data: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DATA_DEPTH)
      return `các danh sách và nhóm trường lồng nhau quá ${MAX_DATA_DEPTH} cấp: viết phẳng hơn`;
    if (value && typeof value === 'object')
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Every text (value or field name) in `data` that holds a character a record may not hold, by field. */
export function characterProblems(data: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<[unknown, Path]> = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const found = findForbiddenCharacter(value);
      if (found)
        problems.push({
          field: formatFieldPath(path),
          message: forbiddenCharacterMessage(found.character, `ở vị trí ${found.position}`),
        });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = findForbiddenCharacter(key);
        if (found)
          problems.push({
            field: formatFieldPath([...path, key]),
            message: `tên trường ${forbiddenCharacterMessage(found.character, `ở vị trí ${found.position}`)}`,
          });
        stack.push([item, [...path, key]]);
      }
    }
  }
  return problems.reverse();
}
