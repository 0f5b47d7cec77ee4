/**
 * Tasks a meeting's conclusions assign: numbered items ("(1) …", "1. …") with their sub-items,
 * assignees ("Giao cho …", "Đối với …:") and deadlines ("hoàn thành trước 15/8/2023").
 */
import { parseDeadline, type Deadline } from '../domain/vietnamese-date.ts';
import type { Found } from './text.ts';

export interface ExtractedTask {
  /** Number of the conclusion it belongs to ("1", "2"); absent when the conclusions are not numbered. */
  conclusion?: string;
  text: string;
  deadline?: Found<Deadline>;
  /** Who it is given to, in the article's words ("Chi bộ TDP Hà Ra"). */
  assigneesText: string[];
}

/** A counted group at the meeting: "đại diện 9/10 đơn vị thành viên (vắng Trạm y tế …)". */
function assigneesOf(text: string): string[] {
  const forWhom = /^Đối với ([^:]{3,80}):/u.exec(text);
  if (forWhom) return [forWhom[1]!.trim()];
  const given =
    /(?:^|[;:.]\s*)(?:Giao cho|giao cho|Đề nghị|Yêu cầu) (.{3,80}?)(?= (?:xây dựng|rà soát|tiếp thu|chỉ đạo|phối hợp|tổ chức|tiến hành|kiểm tra|phát huy|thực hiện|và hoàn thành)\b|,)/u.exec(
      text,
    );
  return given ? [given[1]!.trim()] : [];
}

function taskFrom(
  conclusion: string | undefined,
  text: string,
  referenceYear: number | undefined,
  assignees?: string[],
): ExtractedTask {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-+•]\s*/, '');
  const task: ExtractedTask = { text: clean, assigneesText: assignees ?? assigneesOf(clean) };
  if (conclusion !== undefined) task.conclusion = conclusion;
  const deadline = parseDeadline(clean, referenceYear === undefined ? {} : { referenceYear });
  if (deadline.ok) {
    const phrase =
      /(?:hoàn thành|hoàn tành|xong|trước|trong|đến|chậm nhất|cuối)[^.;()]*?(?:\d{4})/iu.exec(
        clean,
      )?.[0] ?? clean;
    task.deadline = { value: deadline.value, evidence: phrase.trim() };
    if (deadline.value.inferredYear)
      task.deadline.review = 'hạn không ghi năm: lấy năm của cuộc họp';
  }
  return task;
}

/**
 * Conclusions written as one sentence: "Kết luận buổi làm việc, đồng chí Bí thư giao nhiệm vụ cho
 * 2 đơn vị phải A; B; đối với đoàn công tác phải C." Each clause is a task of the named assignee.
 */
function tasksOfOneSentence(line: string, referenceYear: number | undefined): ExtractedTask[] {
  const m = /(?:giao nhiệm vụ cho|yêu cầu|đề nghị) (.{3,60}?) phải ([^.]+)\./u.exec(line);
  if (!m) return [];
  return m[2]!
    .split(/\s*;\s*/)
    .filter((clause) => clause.length > 10)
    .map((clause) => {
      const other = /^đối với (.{3,60}?) phải (.+)$/u.exec(clause);
      const text = other ? other[2]! : clause;
      return taskFrom(undefined, text.charAt(0).toUpperCase() + text.slice(1), referenceYear, [
        other ? other[1]! : m[1]!,
      ]);
    });
}

export function findTasks(text: string, referenceYear: number | undefined): ExtractedTask[] {
  const tasks: ExtractedTask[] = [];
  // Inline numbering "(1) … (2) …", with sub-items "(+) …".
  const inline = [...text.matchAll(/\((\d{1,2})\)\s/g)];
  if (inline.length >= 2) {
    inline.forEach((m, i) => {
      const end =
        i + 1 < inline.length
          ? inline[i + 1]!.index
          : text.indexOf('\n', m.index) >= 0
            ? text.indexOf('\n', m.index)
            : text.length;
      const item = text.slice(m.index + m[0].length, end).trim();
      const parts = item.split(/\s*\(\+\)\s*/);
      const head = parts[0]!
        .replace(/(?:trong đó, )?chú trọng một số nội dung, như:\s*$/u, '')
        .trim();
      if (head.length > 0) tasks.push(taskFrom(m[1], head, referenceYear));
      for (const sub of parts.slice(1)) {
        // "Về X: A; Giao cho Y …": the assignment with its own deadline is its own task.
        const split = sub.split(/;\s*(?=Giao cho )/u);
        for (const piece of split) tasks.push(taskFrom(m[1], piece, referenceYear));
      }
    });
    return tasks;
  }
  // Numbered lines "1. …" after a "NHIỆM VỤ" heading or a "Kết luận" sentence, with "- " bullets.
  const lines = text.split('\n');
  const startAt = lines.findIndex((l) =>
    /nhiệm vụ trọng tâm|kết luận hội nghị|kết luận buổi|nhiệm vụ.*như sau/iu.test(l),
  );
  if (startAt < 0) return tasks;
  let current: string | undefined;
  for (const line of lines.slice(startAt + 1)) {
    const numbered = /^(\d{1,2})\.\s+(.*)$/u.exec(line);
    if (numbered) {
      current = numbered[1]!;
      const body = numbered[2]!.trim();
      // A heading such as "3. Đối với chương trình xây dựng nông thôn mới" carries no task of its own.
      if (/^Đối với [^:]+$/u.test(body)) continue;
      tasks.push(taskFrom(current, body, referenceYear));
      continue;
    }
    if (current && /^[-–+•]\s+/.test(line)) tasks.push(taskFrom(current, line, referenceYear));
    if (/^(Trên đây|Trên cơ sở|Nơi nhận)/u.test(line)) break;
  }
  if (tasks.length === 0) tasks.push(...tasksOfOneSentence(lines[startAt]!, referenceYear));
  return tasks;
}

/**
 * Requests made in a sentence rather than as numbered conclusions: "đề nghị xã hoàn thành các
 * tiêu chí còn lại trước ngày 30/6/2024". Only a request with a deadline is a task.
 */
export function findRequests(text: string, referenceYear: number | undefined): ExtractedTask[] {
  const tasks: ExtractedTask[] = [];
  for (const m of text.matchAll(
    /(?:đề nghị|yêu cầu|giao cho|giao)\s+((?:UBND\s+)?(?:xã|huyện|thôn|các xã|các thôn|các phòng|Ban|Tổ|UBND|Đảng ủy|Phòng)[^,.;]{0,40}?)\s+((?:hoàn thành|tập trung|khẩn trương|sớm|chỉ đạo|thực hiện)[^.;]*)/gu,
  )) {
    const task = taskFrom(
      undefined,
      m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1),
      referenceYear,
      [m[1]!.trim()],
    );
    if (task.deadline) tasks.push(task);
  }
  return tasks;
}
