// What a spawned CLI process prints, and waiting for a line of it without hanging the suite when the process dies.
import type { ChildProcess } from 'node:child_process';

/** A child's stdout and stderr so far, and until(): the first match of a pattern in its stdout. */
export interface ChildOutput {
  readonly out: () => string;
  readonly err: () => string;
  /**
   * Resolves with the first match of `pattern` in stdout. Rejects when the child exits before printing it (with its
   * exit code and stderr) or after `ms`: a loop that only polled stdout kept a failed test's process alive for ever.
   */
  until(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
}

export function childOutput(child: ChildProcess): ChildOutput {
  let out = '';
  let err = '';
  let exited: string | null = null;
  const waiters = new Set<() => void>();
  const wake = (): void => waiters.forEach((w) => w());
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    wake();
  });
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  // 'close', not 'exit': node may emit 'exit' before the last of the child's output has been read.
  child.once('close', (code, signal) => {
    exited = `exited (${signal ?? code}) before printing it`;
    wake();
  });
  return {
    out: () => out,
    err: () => err,
    until: (pattern, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(out);
          const failure = match === null ? exited ?? (Date.now() > deadline ? `did not print it within ${ms} ms` : null) : null;
          if (match === null && failure === null) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (match !== null) resolve(match);
          else reject(new Error(`waiting for ${pattern} on stdout: the process ${failure}; stdout: ${JSON.stringify(out.slice(-400))}; stderr: ${JSON.stringify(err.slice(-400))}`));
        };
        const deadline = Date.now() + ms;
        const timer = setTimeout(check, ms + 1);
        waiters.add(check);
        check();
      }),
  };
}
