/**
 * Runs a command as a child process and measures its wall time and peak memory. Memory is read
 * from Linux's /proc every 100 ms over the whole process tree (the build starts Pagefind's own
 * binary as a grandchild): the peak is the larger of the largest sum of resident memory (VmRSS)
 * seen at one poll and the largest high-water mark (VmHWM) any one process reached, which the
 * kernel keeps even between polls. Where /proc is missing the peak is reported as null.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { processTree, readProcessMemory } from '../../build/process-memory.ts';

export { processTree, readProcessMemory };

/** What a measured run gives back. */
export interface MeasuredRun {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  wallSeconds: number;
  /** Peak memory of the process tree in bytes, or null where /proc cannot be read. */
  peakBytes: number | null;
  /** Everything the command printed, stdout and stderr interleaved (last 64 KB). */
  output: string;
  /** Resident memory of the tree, sampled: [seconds since start, bytes]. Empty where /proc is missing. */
  samples: Array<[number, number]>;
}

/**
 * The peak of `samples` within each stage. Stages carry their start (seconds from the build's
 * start; stages may overlap, as validation and Astro do); the build is taken to end when the
 * process ended, what comes before its start being the process's start-up. Stages without a
 * start are taken as consecutive, the last ending when the process ended. Stage times come from
 * the process itself, so the windows are approximate by the time it takes to exit.
 */
export function peakPerStage(
  samples: ReadonlyArray<[number, number]>,
  stages: ReadonlyArray<{ name: string; seconds: number; start?: number }>,
  wallSeconds: number,
): Record<string, number> {
  const windows: Array<[string, number, number]> = [];
  if (stages.every((s) => s.start !== undefined)) {
    const offset = wallSeconds - Math.max(0, ...stages.map((s) => s.start! + s.seconds));
    for (const s of stages)
      windows.push([s.name, offset + s.start!, offset + s.start! + s.seconds]);
  } else {
    let end = wallSeconds;
    for (let i = stages.length - 1; i >= 0; i--) {
      windows.push([stages[i]!.name, end - stages[i]!.seconds, end]);
      end -= stages[i]!.seconds;
    }
  }
  const peaks: Record<string, number> = {};
  for (const [name, from, to] of windows)
    peaks[name] = Math.max(
      0,
      ...samples.filter(([t]) => t >= from && t <= to).map(([, bytes]) => bytes),
    );
  return peaks;
}

/** Runs `command args` with `env` added, in `cwd`, measuring time and peak memory. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<MeasuredRun> {
  const canMeasure = existsSync('/proc/self/status');
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-65_536);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakSum = 0;
    const hwm = new Map<number, number>();
    const samples: Array<[number, number]> = [];
    const poll = () => {
      if (!canMeasure || child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const memory = readProcessMemory(pid);
        if (!memory) continue;
        sum += memory.rss;
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwm));
      }
      peakSum = Math.max(peakSum, sum);
      samples.push([(performance.now() - start) / 1000, sum]);
    };
    const timer = setInterval(poll, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - start) / 1000;
      const peakBytes = canMeasure ? Math.max(peakSum, ...hwm.values(), 0) : null;
      resolvePromise({ code, wallSeconds, peakBytes, output, samples });
    });
  });
}
