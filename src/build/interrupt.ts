/**
 * A build stopped by SIGINT (Ctrl-C) or SIGTERM stops its child processes (Astro, validation)
 * and removes its staging folders before it ends, so nothing of it keeps running and the next
 * build starts clean. `dist/` is never touched by a build until its last step, so it stays as
 * it was. (A build killed with SIGKILL cannot clean up; the next one removes the staging
 * folders it finds before it starts.)
 */
import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();

/** Counts `child` among the processes to stop when the build is interrupted. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('close', () => children.delete(child));
}

/** Ends `child`: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('close', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs `work`; if SIGINT or SIGTERM arrives meanwhile, stops every tracked child, runs
 * `cleanup`, and ends the process with the signal's usual status (130, 143).
 */
export async function runInterruptible<T>(cleanup: () => void, work: () => Promise<T>): Promise<T> {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(
      `Bản dựng bị dừng (${signal}): đang dừng các tiến trình con và xoá thư mục tạm; dist/ giữ nguyên như trước.`,
    );
    void Promise.all([...children].map((child) => stopChild(child))).then(() => {
      cleanup();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
