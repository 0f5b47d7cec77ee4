/**
 * Memory of processes, read from Linux's /proc: one process's resident memory and high-water
 * mark, a process tree, and the peak of a child found by name. Used by the benchmark (the build's
 * whole process tree) and by the search indexing (each Pagefind process's peak). Where /proc is
 * missing the readers return undefined or null.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** VmRSS and VmHWM of one process in bytes, or undefined when it has gone. */
export function readProcessMemory(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** `pid` and every descendant, read from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const out: number[] = [];
  const visit = (p: number) => {
    out.push(p);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const tid of tasks) {
      let children: string;
      try {
        children = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.trim().split(/\s+/).filter(Boolean)) visit(Number(child));
    }
  };
  visit(pid);
  return out;
}

/**
 * The high-water mark of resident memory (VmHWM: the most the process ever held) of this
 * process's descendants whose command line matches `command`, summed; null when none is found
 * or /proc cannot be read.
 */
export function descendantPeakBytes(command: RegExp): number | null {
  let total: number | null = null;
  for (const pid of processTree(process.pid).slice(1)) {
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!command.test(cmdline)) continue;
    const memory = readProcessMemory(pid);
    if (memory) total = (total ?? 0) + memory.hwm;
  }
  return total;
}
